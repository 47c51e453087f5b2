import Foundation
import SeatPlanCore

/// Paints one hall page of a venue preview: the stage (with the rostrum on the ground floor),
/// every seat of the floor to scale, row numbers, block names and shading, zones, unavailable
/// seats, the title block, the legend and a scale bar.
struct VenuePreviewHallPage {
    let venue: Venue
    let plan: VenuePreviewHallPlan
    /// Every zone of the venue, so a zone has the same colour on every floor.
    let zones: [ZoneAppearance]
    let style: VenuePreviewStyle
    let frame: VenuePreviewFrame
    let mapping: VenuePreviewMapping

    /// The smallest seat box, in points, that still gets its number printed.
    static let smallestNumberedSeat = 3.5

    init(venue: Venue, plan: VenuePreviewHallPlan, zones: [ZoneAppearance], pageSize: PageSize, font: FontFamily) {
        self.venue = venue
        self.plan = plan
        self.zones = zones
        style = VenuePreviewStyle(font: font, pageSize: pageSize)
        frame = VenuePreviewFrame(pageSize: pageSize, style: style)
        mapping = VenuePreviewMapping(fitting: plan.bounds, into: frame.drawing)
    }

    /// Whether seat boxes are large enough for their numbers.
    var showsNumbers: Bool {
        min(mapping.length(plan.seatWidth), mapping.length(plan.seatHeight)) >= Self.smallestNumberedSeat
    }

    func paint(on page: PDFPage, pageNumber: Int, pageCount: Int) {
        paintBlocks(on: page)
        paintStage(on: page)
        paintCentreLine(on: page)
        paintSeats(on: page)
        paintChairs(on: page)
        paintLabels(on: page)
        frame.paintTitle(title, on: page)
        let scaleBarHeight = VenuePreviewScaleBar.height * style.scale
        let entries = PageRect(
            x: frame.legend.x, y: frame.legend.y, width: frame.legend.width,
            height: frame.legend.height - scaleBarHeight - 8 * style.scale)
        VenuePreviewHallLegend(page: self).legend.paint(in: entries, style: style, on: page)
        VenuePreviewScaleBar.paint(mapping: mapping, in: frame.legend, style: style, on: page)
        frame.paintFooter(
            note: "观众视角：上方为主席台，下方为会场后部；座位按实际位置按比例绘制。", pageNumber: pageNumber,
            pageCount: pageCount, viewLabel: ChartView.audience.label, on: page)
    }

    private var title: VenuePreviewFrame.Title {
        let seats = plan.seats.map(\.seat)
        let available = seats.filter(\.isAvailable).count
        var facts: [String] = []
        if let floor = plan.floor {
            var counts = "\(plan.floorName)共 \(seats.count) 座，可用 \(available) 座"
            if available < seats.count { counts += "，不可用 \(seats.count - available) 座" }
            facts.append(counts)
            facts.append("\(floor.blocks.count) 个座区、\(Set(seats.compactMap(\.row)).count) 排")
        }
        if !plan.chairs.isEmpty { facts.append("主席台 \(plan.chairs.count) 座（\(plan.chairs.map(\.row).max() ?? 0) 排）") }
        let perZone = zones.compactMap { zone -> String? in
            let count = seats.filter { $0.isIn(zone: zone.name) }.count
            return count > 0 ? "\(zone.chineseName ?? zone.name) \(count)" : nil
        }
        var details = [facts.joined(separator: "　·　")]
        if !perZone.isEmpty { details.append("分区座位：" + perZone.joined(separator: "　")) }
        return VenuePreviewFrame.Title(
            venue: venue.name, englishName: venue.englishName, subtitle: "会场座位预览图　·　\(plan.floorName)",
            details: details, viewLabel: ChartView.audience.label)
    }

    private func paintBlocks(on page: PDFPage) {
        for block in plan.blocks {
            let tone = VenuePreviewStyle.Palette.sectionTones[block.tone % VenuePreviewStyle.Palette.sectionTones.count]
            page.fillPolygon(block.outline.map(mapping.point), color: tone)
        }
    }

    private func paintStage(on page: PDFPage) {
        let palette = VenuePreviewStyle.Palette.self
        if let pointer = plan.stagePointer {
            let centre = mapping.point(pointer.at)
            let height = 18 * style.scale
            let width = mapping.length(plan.pitch * 30)
            page.drawFitted(
                "↑ 主席台方向（本层第一排距台口 \(Self.metres(pointer.distance)) 米）",
                in: PageRect(x: centre.x - width / 2, y: centre.y - height / 2, width: width, height: height),
                style: style.text(12, .bold, palette.stageEdge))
        }
        guard let stageBounds = plan.stage, let headerBounds = plan.stageHeader else { return }
        let stage = mapping.rect(stageBounds)
        let corner = 3 * style.scale
        page.fillRectangle(stage, color: palette.stageFill, cornerRadius: corner)
        page.strokeRectangle(
            stage, style: LineStyle(width: 0.8 * style.scale, color: palette.stageEdge), cornerRadius: corner)
        // The front edge of the stage (台口) faces the audience.
        page.strokeLine(
            from: PagePoint(x: stage.x, y: stage.maxY), to: PagePoint(x: stage.maxX, y: stage.maxY),
            style: LineStyle(width: 2.4 * style.scale, color: palette.stageEdge))
        let header = mapping.rect(headerBounds)
        page.drawFitted(
            "主　席　台", in: header.insetBy(dx: 0, dy: header.height * 0.15),
            style: style.fixed(min(header.height * 0.7, 16 * style.scale), .bold, palette.stageEdge))
    }

    /// "22" or "22.5".
    private static func metres(_ value: Double) -> String {
        let tenths = (value * 10).rounded() / 10
        return tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths)
    }

    private func paintCentreLine(on page: PDFPage) {
        let top = mapping.point(x: 0, y: plan.centreLineTop)
        let bottom = mapping.point(x: 0, y: plan.backY)
        let scale = style.scale
        page.strokeLine(
            from: top, to: bottom,
            style: LineStyle(
                width: 0.6 * scale, color: VenuePreviewStyle.Palette.rule,
                dash: [6 * scale, 2 * scale, 1.5 * scale, 2 * scale]))
    }

    private func paintSeats(on page: PDFPage) {
        let width = mapping.length(plan.seatWidth)
        let height = mapping.length(plan.seatHeight)
        let numberSize = showsNumbers ? numberFontSize(width: width, height: height, page: page) : 0
        let edgeWidth = min(0.5 * style.scale, max(0.15, width * 0.06))
        let zoneByName = Dictionary(zones.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let palette = VenuePreviewStyle.Palette.self
        for placed in plan.seats {
            let seat = placed.seat
            let box = TurnedBox(
                centre: mapping.point(x: seat.x, y: seat.y), width: width, height: height, angle: placed.angle)
            let corners = box.corners
            let zone = seat.zones.first.flatMap { zoneByName[$0] }
            let fill = seat.isAvailable ? (zone?.fill ?? palette.seatFill) : palette.unavailableFill
            page.fillPolygon(corners, color: fill)
            if seat.zones.count > 1, let second = zoneByName[seat.zones[1]] {
                page.strokePolygon(corners, style: LineStyle(width: edgeWidth * 2.2, color: second.strong))
            } else {
                page.strokePolygon(corners, style: LineStyle(width: edgeWidth, color: palette.seatEdge))
            }
            if numberSize > 0 {
                let interior = box.uprightInterior
                // Few distinct sizes: each new size costs Pango a fontconfig match.
                let size = PDFPage.quantised(numberSize * min(1, interior.width / width))
                page.drawText(
                    seat.number, in: interior.insetBy(dx: -1, dy: -1),
                    style: style.fixed(size, .regular, seat.isAvailable ? palette.ink : palette.muted), fit: .singleLine
                )
            }
            if !seat.isAvailable { VenuePreviewMarks.cross(corners, on: page, width: max(0.3, edgeWidth * 2)) }
        }
    }

    /// The size at which the longest seat number fills most of a seat box.
    private func numberFontSize(width: Double, height: Double, page: PDFPage) -> Double {
        let longest = plan.seats.map(\.seat.number.count).max() ?? 1
        let sample = String(repeating: "8", count: max(2, longest))
        let measured = page.measureText(sample, style: style.fixed(10)).width
        let byWidth = measured > 0 ? 10 * width * 0.86 / measured : 10
        return min(byWidth, height * 0.62, 11 * style.scale)
    }

    private func paintChairs(on page: PDFPage) {
        guard !plan.chairs.isEmpty else { return }
        let palette = VenuePreviewStyle.Palette.self
        let width = mapping.length(plan.chairWidth)
        let height = mapping.length(plan.chairHeight)
        let size = min(height * 0.6, width * 0.42, 11 * style.scale)
        for chair in plan.chairs {
            let centre = mapping.point(x: chair.x, y: chair.y)
            let box = PageRect(x: centre.x - width / 2, y: centre.y - height / 2, width: width, height: height)
            page.fillRectangle(box, color: palette.rostrumChair, cornerRadius: width * 0.12)
            page.strokeRectangle(
                box, style: LineStyle(width: 0.5 * style.scale, color: palette.stageEdge), cornerRadius: width * 0.12)
            if min(width, height) >= Self.smallestNumberedSeat {
                page.drawText(
                    String(chair.rankInRow), in: box.insetBy(dx: -1, dy: 0), style: style.fixed(size), fit: .singleLine)
            }
        }
    }

    private func paintLabels(on page: PDFPage) {
        let palette = VenuePreviewStyle.Palette.self
        let rowBox = PageSize(width: mapping.length(plan.pitch * 2.4), height: mapping.length(plan.seatHeight * 1.1))
        let sampleWidth = page.measureText("88排", style: style.fixed(10)).width
        let rowSize = min(rowBox.height * 0.8, sampleWidth > 0 ? 10 * rowBox.width / sampleWidth : 10, 12 * style.scale)
        let rowStyle = style.fixed(rowSize, .bold, palette.stageEdge)
        for label in plan.rowLabels + plan.rostrumRowLabels {
            for end in [label.left, label.right] {
                let centre = mapping.point(end)
                let box = PageRect(
                    x: centre.x - rowBox.width / 2, y: centre.y - rowBox.height / 2, width: rowBox.width,
                    height: rowBox.height)
                page.drawFitted(label.text, in: box, style: rowStyle, minimumSize: rowSize * 0.6)
            }
        }
        let blockHeight = mapping.length(plan.pitch * 1.6)
        let blockStyle = style.fixed(min(blockHeight * 0.8, 15 * style.scale), .bold, palette.muted)
        for block in plan.blocks {
            let centre = mapping.point(block.label)
            let width = mapping.length(plan.pitch * 8)
            page.drawFitted(
                block.name,
                in: PageRect(x: centre.x - width / 2, y: centre.y - blockHeight / 2, width: width, height: blockHeight),
                style: blockStyle, minimumSize: 2)
        }
    }
}
