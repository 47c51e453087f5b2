/// The fixed parts of a chart sheet: the title block at the top (meeting, what the sheet
/// shows, venue, date, plan version and the boxed view label), the drawing area, an optional
/// legend column on the right and the footer.
struct SeatChartFrame {
    /// What the title block says.
    struct Heading {
        var meeting: String
        /// E.g. "座次图　·　一楼".
        var subtitle: String
        /// "会场：…　　日期：…　　方案版本：…".
        var details: String
        /// 观众视角 or 主席台视角.
        var viewLabel: String
    }

    let style: SeatChartStyle
    let titleBlock: PageRect
    let drawing: PageRect
    let legend: PageRect?
    let footer: PageRect

    static let titleBlockHeight = 62.0
    static let footerHeight = 13.0
    static let gap = 10.0

    /// Splits a sheet of `size`; `legendWidth` (A3 points) reserves a legend column.
    init(sheetSize size: PageSize, style: SeatChartStyle, legendWidth: Double?) {
        self.style = style
        let scale = style.scale
        let margin = max(18, min(size.width, size.height) * 0.03)
        let content = PageRect(x: margin, y: margin, width: size.width - 2 * margin, height: size.height - 2 * margin)
        titleBlock = PageRect(x: content.x, y: content.y, width: content.width, height: Self.titleBlockHeight * scale)
        footer = PageRect(
            x: content.x, y: content.maxY - Self.footerHeight * scale, width: content.width,
            height: Self.footerHeight * scale)
        let top = titleBlock.maxY + Self.gap * scale
        let height = footer.y - Self.gap * scale - top
        if let legendWidth {
            let width = min(legendWidth * scale, content.width * 0.3)
            legend = PageRect(x: content.maxX - width, y: top, width: width, height: height)
            drawing = PageRect(x: content.x, y: top, width: content.width - width - Self.gap * scale, height: height)
        } else {
            legend = nil
            drawing = PageRect(x: content.x, y: top, width: content.width, height: height)
        }
    }

    func paintTitle(_ heading: Heading, on canvas: SeatChartCanvas) {
        let scale = style.scale
        let block = titleBlock
        let labelWidth = 104 * scale
        let textWidth = block.width - labelWidth - 16 * scale
        let meetingBox = PageRect(x: block.x, y: block.y, width: textWidth, height: 26 * scale)
        canvas.drawText(
            heading.meeting, in: meetingBox, style: style.text(19, .bold), alignment: .left,
            fit: .shrink(minimumSize: 9 * scale))
        canvas.drawText(
            heading.subtitle,
            in: PageRect(x: block.x, y: meetingBox.maxY + 1 * scale, width: textWidth, height: 17 * scale),
            style: style.text(12.5, .regular, SeatChartStyle.Palette.muted), alignment: .left)
        canvas.drawText(
            heading.details, in: PageRect(x: block.x, y: block.maxY - 15 * scale, width: textWidth, height: 14 * scale),
            style: style.text(9.5, .regular, SeatChartStyle.Palette.muted), alignment: .left)
        let labelBox = PageRect(
            x: block.maxX - labelWidth, y: block.y + 6 * scale, width: labelWidth, height: 30 * scale)
        canvas.strokeRectangle(
            labelBox, style: LineStyle(width: 1.4 * scale, color: SeatChartStyle.Palette.ink), cornerRadius: 3 * scale)
        canvas.drawText(heading.viewLabel, in: labelBox, style: style.text(15, .bold))
        let ruleY = block.maxY + 3 * scale
        canvas.strokeLine(
            from: PagePoint(x: block.x, y: ruleY), to: PagePoint(x: block.maxX, y: ruleY),
            style: LineStyle(width: 0.7 * scale, color: SeatChartStyle.Palette.rule))
    }

    func paintFooter(note: String, pageText: String, on canvas: SeatChartCanvas) {
        let text = style.text(8, .regular, SeatChartStyle.Palette.muted)
        canvas.drawText(
            note, in: PageRect(x: footer.x, y: footer.y, width: footer.width * 0.7, height: footer.height),
            style: text, alignment: .left)
        canvas.drawText(pageText, in: footer, style: text, alignment: .right)
    }
}
