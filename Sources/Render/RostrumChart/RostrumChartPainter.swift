import SeatPlanCore

/// Draws a ``RostrumChart`` on one page: title block, stage, seats, audience side, footer.
struct RostrumChartPainter {
    typealias Palette = ChartPalette

    let chart: RostrumChart
    let pageSize: PageSize
    let margin: Double
    let titleBlock: PageRect
    let audienceBand: PageRect
    let footer: PageRect
    let layout: RostrumChartGeometry
    /// How much larger than A4 landscape the page is; fixed sizes grow by this factor.
    let scale: Double

    static let titleBlockHeight = 86.0
    static let audienceBandHeight = 40.0
    static let footerHeight = 14.0
    static let gap = 14.0

    init(chart: RostrumChart, pageSize: PageSize) throws(RenderError) {
        self.chart = chart
        self.pageSize = pageSize
        let scale = max(0.6, min(pageSize.width / 842, pageSize.height / 595.3, 4))
        self.scale = scale
        margin = max(24, min(pageSize.width, pageSize.height) * 0.06)
        let content = PageRect(
            x: margin, y: margin, width: pageSize.width - 2 * margin, height: pageSize.height - 2 * margin)
        titleBlock = PageRect(x: content.x, y: content.y, width: content.width, height: Self.titleBlockHeight * scale)
        footer = PageRect(
            x: content.x, y: content.maxY - Self.footerHeight * scale, width: content.width,
            height: Self.footerHeight * scale)
        let body = PageRect(
            x: content.x, y: titleBlock.maxY + Self.gap, width: content.width,
            height: footer.y - Self.gap - (titleBlock.maxY + Self.gap))
        let audienceTop = chart.view == .audience ? body.maxY - Self.audienceBandHeight * scale : body.y
        var audience = PageRect(x: body.x, y: audienceTop, width: body.width, height: Self.audienceBandHeight * scale)
        let stageRegion = PageRect(
            x: body.x,
            y: chart.view == .audience ? body.y : audience.maxY + Self.gap,
            width: body.width, height: body.height - Self.audienceBandHeight * scale - Self.gap)
        let fitted = try RostrumChartGeometry(
            assignments: chart.plan.assignments, view: chart.view, region: stageRegion, scale: scale)
        // The stage sits against the audience band; centre the pair in the space there is.
        let slack = (stageRegion.height - fitted.stage.height) / 2
        let shift = chart.view == .audience ? -slack : slack
        audience.y += shift
        audienceBand = audience
        layout = fitted.offsetBy(dy: shift)
    }

    func paint(on page: PDFPage) {
        paintTitleBlock(on: page)
        paintStage(on: page)
        paintSeats(on: page)
        paintAudience(on: page)
        paintFooter(on: page)
    }

    /// A text style in the chart's face; `size` is for A4 landscape and grows with the page.
    private func style(_ size: Double, _ weight: FontWeight = .regular, _ color: RGBColor = Palette.ink) -> TextStyle {
        TextStyle(family: chart.font, weight: weight, size: size * scale, color: color)
    }

    private func paintTitleBlock(on page: PDFPage) {
        let block = titleBlock
        let meeting = chart.title.meeting.isEmpty ? (chart.plan.meeting ?? "") : chart.title.meeting
        page.drawText(
            meeting, in: PageRect(x: block.x, y: block.y, width: block.width, height: 30 * scale),
            style: style(20, .bold), fit: .shrink(minimumSize: 11))
        page.drawText(
            "主席台座次图", in: PageRect(x: block.x, y: block.y + 30 * scale, width: block.width, height: 24 * scale),
            style: style(14, .regular, Palette.muted), fit: .shrink(minimumSize: 9))

        let infoRow = PageRect(x: block.x, y: block.maxY - 24 * scale, width: block.width, height: 22 * scale)
        let labelWidth = 92.0 * scale
        let labelBox = PageRect(x: infoRow.maxX - labelWidth, y: infoRow.y, width: labelWidth, height: infoRow.height)
        page.strokeRectangle(labelBox, style: LineStyle(width: 1.2, color: Palette.ink), cornerRadius: 3)
        page.drawText(chart.view.label, in: labelBox, style: style(12, .bold))

        let venue = chart.title.venue.isEmpty ? chart.plan.venue : chart.title.venue
        let details = [
            ("会场", venue), ("日期", chart.title.date), ("方案版本", chart.title.planVersion),
        ].filter { !$0.1.isEmpty }.map { "\($0.0)：\($0.1)" }.joined(separator: "　　")
        page.drawText(
            details,
            in: PageRect(
                x: infoRow.x, y: infoRow.y, width: infoRow.width - labelWidth - 12 * scale, height: infoRow.height),
            style: style(10, .regular, Palette.muted), alignment: .left, fit: .shrink(minimumSize: 7))
        page.strokeLine(
            from: PagePoint(x: block.x, y: block.maxY + 4), to: PagePoint(x: block.maxX, y: block.maxY + 4),
            style: LineStyle(width: 0.6, color: Palette.rule))
    }

    private func paintStage(on page: PDFPage) {
        let stage = layout.stage
        page.fillRectangle(stage, color: Palette.stageFill, cornerRadius: 4)
        page.strokeRectangle(stage, style: LineStyle(width: 0.8, color: Palette.stageEdge), cornerRadius: 4)

        // The front edge of the stage (台口) faces the audience.
        let frontY = chart.view == .audience ? stage.maxY : stage.y
        page.strokeLine(
            from: PagePoint(x: stage.x, y: frontY), to: PagePoint(x: stage.maxX, y: frontY),
            style: LineStyle(width: 2.4, color: Palette.stageEdge))

        let headerY = chart.view == .audience ? stage.y : stage.maxY - layout.headerHeight
        page.drawText(
            "主　席　台", in: PageRect(x: stage.x, y: headerY, width: stage.width, height: layout.headerHeight),
            style: style(12, .bold, Palette.stageEdge))

        let rowsTop = layout.rows.map(\.band.y).min() ?? stage.y
        let rowsBottom = layout.rows.map(\.band.maxY).max() ?? stage.maxY
        page.strokeLine(
            from: PagePoint(x: layout.centreLineX, y: rowsTop), to: PagePoint(x: layout.centreLineX, y: rowsBottom),
            style: LineStyle(width: 0.5, color: Palette.rule, dash: [6, 2, 1.5, 2]))

        for row in layout.rows {
            let label = ChineseNumerals.rowLabel(row.number)
            let width = layout.labelWidth - 10 * scale
            let labelStyle = style(10, .regular, Palette.muted)
            page.drawText(
                label, in: PageRect(x: row.band.x + 4, y: row.band.y, width: width, height: row.band.height),
                style: labelStyle, fit: .shrink(minimumSize: 6))
            page.drawText(
                label, in: PageRect(x: row.band.maxX - 4 - width, y: row.band.y, width: width, height: row.band.height),
                style: labelStyle, fit: .shrink(minimumSize: 6))
        }
    }

    private func paintSeats(on page: PDFPage) {
        guard let box = layout.seats.first?.box else { return }
        let numberSize = min(9 * scale, max(5.5, box.height * 0.2))
        let inset = max(2, box.width * 0.06)
        let nameArea = box.insetBy(dx: inset, dy: numberSize * 0.9)
        // One nominal size for every name, so the chart reads evenly; a three-character name
        // fills about the box width. Longer names shrink on their own.
        let nameSize = min(22 * scale, nameArea.height * 0.9, nameArea.width / 3.3)
        let nameStyle = style(nameSize)

        for seat in layout.seats {
            page.fillRectangle(seat.box, color: .white, cornerRadius: 2)
            page.strokeRectangle(seat.box, style: LineStyle(width: 0.8, color: Palette.ink), cornerRadius: 2)
            let nameBox = seat.box.insetBy(dx: inset, dy: numberSize * 0.9)
            page.drawText(
                NameTypography.padded(seat.assignment.name), in: nameBox, style: nameStyle,
                fit: .shrink(minimumSize: min(6 * scale, nameSize)))
            let numberBox = PageRect(
                x: seat.box.x + 2.5, y: seat.box.y + 1.5, width: seat.box.width - 5, height: numberSize * 1.3)
            page.drawText(
                String(seat.assignment.precedence), in: numberBox,
                style: style(numberSize, .regular, Palette.accent), alignment: .left,
                verticalAlignment: .top, fit: .singleLine)
        }
    }

    private func paintAudience(on page: PDFPage) {
        let band = audienceBand
        page.fillRectangle(band, color: Palette.audienceFill, cornerRadius: 4)
        page.strokeRectangle(band, style: LineStyle(width: 0.6, color: Palette.rule, dash: [3, 2]), cornerRadius: 4)
        page.drawText("观　众　席", in: band, style: style(13, .bold, Palette.muted))
    }

    private func paintFooter(on page: PDFPage) {
        let count = layout.seats.count
        let note = "座位框左上角数字为位次（1 为最高）。中间点划线为主席台中线。"
        page.drawText(note, in: footer, style: style(8, .regular, Palette.muted), alignment: .left, fit: .singleLine)
        page.drawText(
            "主席台共 \(count) 人　·　\(chart.view.label)　·　SeatPlan", in: footer,
            style: style(8, .regular, Palette.muted), alignment: .right, fit: .singleLine)
    }
}
