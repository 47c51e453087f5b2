import Foundation
import SeatPlanCore

/// One hall floor of a seat chart on one sheet: the stage (with the rostrum and its people on
/// the ground floor), every seat of the floor to scale with the name of whoever sits there,
/// unit shading and labels, row and seat numbers, "观众席", the title block and the footer.
/// When names would print smaller than ``SeatChartStyle/smallestNameSize`` the seats are drawn
/// as unit blocks instead, with a legend of the units.
struct SeatChartFloorSheet {
    /// How seats are filled in.
    enum Mode: Equatable {
        /// Names at `size` points (rostrum names at `rostrumSize`), seat numbers at `numberSize`
        /// (0: none).
        case names(size: Double, rostrumSize: Double, numberSize: Double)
        /// Unit colours only, no names in the hall (rostrum names at `rostrumSize`, 0: none).
        case blocks(rostrumSize: Double)
    }

    let size: PageSize
    let heading: SeatChartFrame.Heading
    let plan: VenuePreviewHallPlan
    /// Hall entries of this floor by seat id.
    let entries: [String: PlacedPlan.Entry]
    /// The rostrum's people (ground floor only).
    let rostrum: [PlacedPlan.Entry]
    /// Each rostrum row's chair spacing, metres.
    let rostrumSpacing: [Int: Double]
    let units: SeatChartUnits
    let view: ChartView
    let style: SeatChartStyle
    let frame: SeatChartFrame
    let mapping: SeatChartMapping
    let mode: Mode
    let showsAudienceLabel: Bool
    /// The unit labels, placed once when the sheet is laid out.
    private(set) var unitLabels: [SeatChartUnitLabel] = []

    /// Lays the floor out on a sheet of `size`, choosing names or unit blocks.
    init(
        size: PageSize, heading: SeatChartFrame.Heading, plan: VenuePreviewHallPlan, entries: [PlacedPlan.Entry],
        rostrum: [PlacedPlan.Entry], venue: Venue, units: SeatChartUnits, view: ChartView, font: FontFamily,
        page: PDFPage
    ) {
        self.size = size
        self.heading = heading
        self.plan = plan
        self.entries = Dictionary(
            entries.compactMap { entry in entry.seat.map { ($0.id, entry) } }, uniquingKeysWith: { first, _ in first })
        self.rostrum = rostrum
        rostrumSpacing = Dictionary(
            (venue.rostrum?.rows ?? []).map { ($0.number, $0.spacing) }, uniquingKeysWith: { first, _ in first })
        self.units = units
        self.view = view
        showsAudienceLabel = plan.stage != nil && plan.floor != nil
        let style = SeatChartStyle(font: font, sheetSize: size)
        self.style = style
        var frame = SeatChartFrame(sheetSize: size, style: style, legendWidth: nil)
        var mapping = SeatChartMapping(fitting: plan.bounds, into: frame.drawing, view: view, stretch: true)
        var mode = Self.mode(plan: plan, mapping: mapping, rostrumSpacing: rostrumSpacing, page: page, style: style)
        if case .blocks = mode, !entries.isEmpty {
            frame = SeatChartFrame(sheetSize: size, style: style, legendWidth: 230)
            mapping = SeatChartMapping(fitting: plan.bounds, into: frame.drawing, view: view, stretch: true)
            mode = Self.mode(
                plan: plan, mapping: mapping, rostrumSpacing: rostrumSpacing, page: page, style: style,
                namesAllowed: false)
        }
        self.frame = frame
        self.mapping = mapping
        self.mode = mode
        unitLabels = placeUnitLabels(page: page)
    }

    /// Names when a three-character name fits a seat box at the smallest name size or more.
    private static func mode(
        plan: VenuePreviewHallPlan, mapping: SeatChartMapping, rostrumSpacing: [Int: Double], page: PDFPage,
        style: SeatChartStyle, namesAllowed: Bool = true
    ) -> Mode {
        let emWidth = max(0.5, page.measureText("国国国", style: style.fixed(10)).width / 30)
        let seatWidth = plan.seatWidth * mapping.xScale
        let seatHeight = plan.seatHeight * mapping.yScale
        let nameSize = PDFPage.quantised(min(seatWidth * 0.9 / (3 * emWidth), seatHeight * 0.56))
        let numberSize = PDFPage.quantised(min(seatHeight * 0.3, seatWidth * 0.2))
        let chairWidth = (rostrumSpacing.values.min() ?? 0.9) * 0.86 * mapping.xScale
        let chairHeight = plan.chairHeight * mapping.yScale
        var rostrumSize = PDFPage.quantised(min(chairWidth * 0.9 / (3 * emWidth), chairHeight * 0.5, 14 * style.scale))
        if rostrumSize < 2.5 { rostrumSize = 0 }
        if namesAllowed, plan.seats.isEmpty || nameSize >= SeatChartStyle.smallestNameSize {
            return .names(size: nameSize, rostrumSize: rostrumSize, numberSize: numberSize >= 2.2 ? numberSize : 0)
        }
        return .blocks(rostrumSize: rostrumSize)
    }

    /// The size of names in hall seats (0 in the blocks mode).
    var nameSize: Double {
        if case .names(let size, _, _) = mode { return size }
        return 0
    }

    /// Whether the hall seats carry names.
    var showsNames: Bool {
        if case .names = mode { return true }
        return false
    }

    func paint(on canvas: SeatChartCanvas, pageNumber: Int, pageCount: Int) {
        paintSections(on: canvas)
        paintStage(on: canvas)
        paintUnitCells(on: canvas)
        paintSeats(on: canvas)
        paintChairs(on: canvas)
        paintUnitLabels(on: canvas)
        paintRowLabels(on: canvas)
        paintAudience(on: canvas)
        frame.paintTitle(heading, on: canvas)
        if let legend = frame.legend {
            SeatChartUnitLegend(units: units, entries: Array(entries.values), style: style).paint(
                in: legend, on: canvas)
        }
        let page = pageCount > 1 ? "第 \(pageNumber)/\(pageCount) 页　·　" : ""
        frame.paintFooter(note: footerNote, pageText: "\(page)\(view.label)　·　SeatPlan", on: canvas)
    }

    private var footerNote: String {
        var parts: [String] = []
        parts.append(view == .audience ? "观众视角：主席台在上，观众席在下" : "主席台视角：观众席在上，主席台在下，左右与台下所见相反")
        if showsNames {
            parts.append("底色区分单位，单位名标于其座位间；小字为座号；两侧为排号")
        } else {
            parts.append("座位按单位着色，编号见右侧图例；两侧为排号")
        }
        if mapping.stretch > 1.05 {
            parts.append(String(format: "横向放大 %.1f 倍", mapping.stretch))
        }
        if entries.values.contains(where: \.isHighlighted) || rostrum.contains(where: \.isHighlighted) {
            parts.append("橙色粗框为本次调整的座位")
        }
        return parts.joined(separator: "；") + "。"
    }

    /// The blocks between aisles, faintly shaded so that the aisles show white.
    private func paintSections(on canvas: SeatChartCanvas) {
        for block in plan.blocks {
            canvas.fillPolygon(block.outline.map(mapping.point), color: SeatChartStyle.Palette.section)
        }
    }

    private func paintStage(on canvas: SeatChartCanvas) {
        let palette = SeatChartStyle.Palette.self
        if let pointer = plan.stagePointer {
            let centre = mapping.point(pointer.at)
            let width = plan.pitch * 40 * mapping.xScale
            let arrow = view == .audience ? "↑" : "↓"
            canvas.drawText(
                "\(arrow) 主席台方向（本层第一排距台口约 \(Int(pointer.distance.rounded())) 米）",
                in: PageRect(
                    x: centre.x - width / 2, y: centre.y - 10 * style.scale, width: width, height: 20 * style.scale),
                style: style.text(12, .bold, palette.stageEdge))
        }
        guard let stageBounds = plan.stage, let headerBounds = plan.stageHeader else { return }
        let stage = mapping.rect(stageBounds)
        let scale = style.scale
        canvas.fillRectangle(stage, color: palette.stageFill, cornerRadius: 3 * scale)
        canvas.strokeRectangle(
            stage, style: LineStyle(width: 0.8 * scale, color: palette.stageEdge), cornerRadius: 3 * scale)
        // The front edge of the stage (台口) faces the audience.
        let front = mapping.point(x: 0, y: 0).y
        canvas.strokeLine(
            from: PagePoint(x: stage.x, y: front), to: PagePoint(x: stage.maxX, y: front),
            style: LineStyle(width: 2.4 * scale, color: palette.stageEdge))
        let header = mapping.rect(headerBounds)
        let size = min(header.height * 0.6, 18 * scale)
        canvas.drawText("主　席　台", in: header, style: style.fixed(size, .bold, palette.stageEdge))
    }

    /// "观　众　席" between the stage and the first row.
    private func paintAudience(on canvas: SeatChartCanvas) {
        guard showsAudienceLabel, let floor = plan.floor else { return }
        let gap = floor.front - plan.seatHeight
        let centre = mapping.point(x: 0, y: gap * 0.45)
        let height = min(gap * 0.5 * mapping.yScale, 22 * style.scale)
        let width = plan.pitch * 24 * mapping.xScale
        canvas.drawText(
            "观　众　席", in: PageRect(x: centre.x - width / 2, y: centre.y - height / 2, width: width, height: height),
            style: style.fixed(height * 0.78, .bold, SeatChartStyle.Palette.muted))
    }

    private func paintRowLabels(on canvas: SeatChartCanvas) {
        let width = plan.pitch * 2.4 * mapping.xScale
        let height = plan.seatHeight * 1.1 * mapping.yScale
        let sample = canvas.measure("88排", style: style.fixed(10)).width
        let size = min(height * 0.75, sample > 0 ? 10 * width / sample : 10, 12 * style.scale)
        let rowStyle = style.fixed(size, .bold, SeatChartStyle.Palette.stageEdge)
        for label in plan.rowLabels + plan.rostrumRowLabels {
            for end in [label.left, label.right] {
                let centre = mapping.point(end)
                canvas.drawText(
                    label.text,
                    in: PageRect(x: centre.x - width / 2, y: centre.y - height / 2, width: width, height: height),
                    style: rowStyle, fit: .shrink(minimumSize: size * 0.6))
            }
        }
    }
}
