import SeatPlanCore

/// Paints the banquet table plan: the room to scale with its door (门), every table with its
/// name and precedence (the main table emphasised), and round each table a small tag per seat
/// with the occupant's padded name; the host's tag is filled, the second host's outlined.
///
/// The room geometry (scale, walls, seat positions, table ranks) is the venue preview's
/// (``VenuePreviewTablesPage``), so the plan and the preview of a venue line up.
struct BanquetPlanPage {
    let geometry: VenuePreviewTablesPage
    let seating: BanquetPlanSeating
    let header: SeatListHeader
    let tags: BanquetPlanNameTags

    private var style: VenuePreviewStyle { geometry.style }
    private var mapping: VenuePreviewMapping { geometry.mapping }

    init(
        plan: PlacedPlan, layout: TableLayout, seating: BanquetPlanSeating, header: SeatListHeader, pageSize: PageSize,
        font: FontFamily
    ) {
        geometry = VenuePreviewTablesPage(venue: plan.venue, layout: layout, pageSize: pageSize, font: font)
        self.seating = seating
        self.header = header
        let mapping = geometry.mapping
        tags = BanquetPlanNameTags(
            seatsByTable: seating.tables.map { table in
                table.places.map { ($0.seat.id, mapping.point(x: $0.seat.x, y: $0.seat.y)) }
            }, scale: geometry.style.scale)
    }

    /// "宴会桌次图" for a banquet of round tables, "会议桌座次图" for a boardroom.
    var kindName: String {
        let tables = geometry.layout.tables
        return tables.count > 1 && tables.contains { $0.shape == .round } ? "宴会桌次图" : "会议桌座次图"
    }

    func paint(on page: PDFPage, pageNumber: Int, pageCount: Int) {
        let palette = VenuePreviewStyle.Palette.self
        page.strokeRectangle(
            mapping.rect(geometry.room), style: LineStyle(width: 2.2 * style.scale, color: palette.rule))
        VenuePreviewDoor(room: geometry.room, door: geometry.layout.door, width: VenuePreviewTablesPage.doorWidth)
            .paint(mapping: mapping, style: style, on: page)
        for table in seating.tables { paintTable(table, on: page) }
        paintTags(on: page)
        geometry.frame.paintTitle(title, on: page)
        let frame = geometry.frame
        let scaleBarHeight = VenuePreviewScaleBar.height * style.scale
        let legendBox = PageRect(
            x: frame.legend.x, y: frame.legend.y, width: frame.legend.width,
            height: frame.legend.height - scaleBarHeight - 8 * style.scale)
        legend.paint(in: legendBox, style: style, on: page)
        VenuePreviewScaleBar.paint(mapping: mapping, in: frame.legend, style: style, on: page)
        SeatListPageDecor(header: header, font: style.font).paintFooter(
            "\(kindName)：按比例绘制；每桌主人面向门而坐；各桌名单见后页", pageNumber: pageNumber, pageCount: pageCount,
            in: frame.footer, on: page)
    }

    private var title: VenuePreviewFrame.Title {
        let facts =
            "共 \(seating.tables.count) 桌 \(seating.seatCount) 座　·　已安排 \(seating.seatedCount) 人"
            + (seating.seatCount > seating.seatedCount ? "　·　空位 \(seating.seatCount - seating.seatedCount)" : "")
        let venueName = geometry.venue.name
        let details = header.details.filter { $0 != venueName }.joined(separator: "　·　")
        return VenuePreviewFrame.Title(
            venue: header.lead, englishName: nil, subtitle: "\(kindName)　·　\(venueName)",
            details: [details, facts].filter { !$0.isEmpty }, viewLabel: ChartView.audience.label)
    }

    private var legend: VenuePreviewLegend {
        let palette = VenuePreviewStyle.Palette.self
        return VenuePreviewLegend(entries: [
            .heading("图示"),
            .item(.area(fill: palette.mainTableFill, edge: palette.accent), "主桌（加粗描边）"),
            .item(.area(fill: palette.tableFill, edge: palette.stageEdge), "餐桌 / 会议桌：中间为桌名，“桌次 N”为桌次（1 最尊）"),
            .item(.seat(fill: palette.accent, edge: palette.accent, edgeWidth: 1, crossed: false), "主人位（面向门）"),
            .item(.seat(fill: .white, edge: palette.accent, edgeWidth: 1.4, crossed: false), "副主人位（主人对面）"),
            .item(.seat(fill: .white, edge: palette.seatEdge, edgeWidth: 0.6, crossed: false), "来宾：姓名"),
            .item(.seat(fill: .white, edge: palette.faint, edgeWidth: 0.6, crossed: false), "空位：座号"),
            .item(.line(color: palette.accent, dash: []), "门"),
            .note("桌次：主桌第一；离主桌近者为先；距离相同时，以主桌主人面向门时的右侧为先。"),
            .note("每桌位次：主人、副主人，第1宾在主人右侧，第2宾在主人左侧，余类推；详见各桌名单。"),
        ])
    }

    private func paintTable(_ seats: BanquetPlanSeating.TableSeats, on page: PDFPage) {
        TableTopPainter(mapping: mapping, style: style)
            .paint(seats.table, rank: seats.rank, isMain: seats.table.name == geometry.layout.mainTable, on: page)
    }

    private func paintTags(on page: PDFPage) {
        let palette = VenuePreviewStyle.Palette.self
        let boxes = Dictionary(tags.tags.map { ($0.seatID, $0.box) }, uniquingKeysWith: { first, _ in first })
        for table in seating.tables {
            for place in table.places {
                guard let box = boxes[place.seat.id] else { continue }
                let corner = box.height * 0.25
                let textSize = PDFPage.quantised(min(box.height * 0.74, box.width / 3.3))
                let inner = box.insetBy(dx: box.height * 0.12, dy: 0)
                guard let person = place.person else {
                    page.fillRectangle(box, color: .white, cornerRadius: corner)
                    page.strokeRectangle(
                        box, style: LineStyle(width: 0.4, color: palette.faint, dash: [1.2, 1]), cornerRadius: corner)
                    page.drawFitted(
                        place.seat.number, in: inner, style: style.fixed(textSize * 0.8, .regular, palette.faint),
                        minimumSize: 1)
                    continue
                }
                let name = NameTypography.padded(person.name)
                if place.isHost {
                    page.fillRectangle(box, color: palette.accent, cornerRadius: corner)
                    page.drawFitted(name, in: inner, style: style.fixed(textSize, .bold, .white), minimumSize: 1)
                } else {
                    page.fillRectangle(box, color: .white, cornerRadius: corner)
                    let edge =
                        place.isSecondHost
                        ? LineStyle(width: max(0.6, box.height * 0.09), color: palette.accent)
                        : LineStyle(width: 0.45, color: palette.seatEdge)
                    page.strokeRectangle(box, style: edge, cornerRadius: corner)
                    page.drawFitted(
                        name, in: inner,
                        style: style.fixed(textSize, place.isSecondHost ? .bold : .regular, palette.ink),
                        minimumSize: 1)
                }
            }
        }
    }
}
