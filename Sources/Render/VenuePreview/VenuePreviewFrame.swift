/// The fixed parts of every venue preview page: where the title block, the drawing, the legend
/// column and the footer go, and how the title block and footer are painted.
struct VenuePreviewFrame {
    /// What the title block says.
    struct Title {
        /// The venue's name, printed large.
        var venue: String
        /// The venue's English name, printed small after it, if any.
        var englishName: String?
        /// What the page shows, e.g. "会场座位预览图 · 一楼".
        var subtitle: String
        /// Seat counts and similar facts, one string per line.
        var details: [String]
        /// The view label (protocol §0), e.g. "观众视角".
        var viewLabel: String
    }

    let style: VenuePreviewStyle
    let titleBlock: PageRect
    let drawing: PageRect
    let legend: PageRect
    let footer: PageRect

    static let titleBlockHeight = 78.0
    static let legendWidth = 250.0
    static let footerHeight = 14.0
    static let gap = 14.0

    /// Splits a page of `size` into its parts.
    init(pageSize size: PageSize, style: VenuePreviewStyle) {
        self.style = style
        let scale = style.scale
        let margin = max(20, min(size.width, size.height) * 0.035)
        let content = PageRect(x: margin, y: margin, width: size.width - 2 * margin, height: size.height - 2 * margin)
        titleBlock = PageRect(x: content.x, y: content.y, width: content.width, height: Self.titleBlockHeight * scale)
        footer = PageRect(
            x: content.x, y: content.maxY - Self.footerHeight * scale, width: content.width,
            height: Self.footerHeight * scale)
        let bodyTop = titleBlock.maxY + Self.gap * scale
        let bodyHeight = footer.y - Self.gap * scale - bodyTop
        let legendWidth = min(Self.legendWidth * scale, content.width * 0.32)
        legend = PageRect(x: content.maxX - legendWidth, y: bodyTop, width: legendWidth, height: bodyHeight)
        drawing = PageRect(
            x: content.x, y: bodyTop, width: content.width - legendWidth - Self.gap * scale, height: bodyHeight)
    }

    /// Paints the title block: name, subtitle, details, the view label box and a rule below.
    func paintTitle(_ title: Title, on page: PDFPage) {
        let scale = style.scale
        let block = titleBlock
        let labelWidth = 96 * scale
        let textWidth = block.width - labelWidth - 16 * scale
        let nameBox = PageRect(x: block.x, y: block.y, width: textWidth, height: 30 * scale)
        let placed = page.drawFitted(
            title.venue, in: nameBox, style: style.text(22, .bold), alignment: .left, minimumSize: 11)
        if let english = title.englishName, !english.isEmpty {
            let left = placed.bounds.maxX + 12 * scale
            page.drawText(
                english,
                in: PageRect(
                    x: left, y: nameBox.y + 6 * scale, width: max(0, nameBox.maxX - left),
                    height: nameBox.height - 6 * scale),
                style: style.text(12, .regular, VenuePreviewStyle.Palette.muted), alignment: .left, fit: .singleLine)
        }
        page.drawFitted(
            title.subtitle, in: PageRect(x: block.x, y: nameBox.maxY, width: textWidth, height: 20 * scale),
            style: style.text(13, .regular, VenuePreviewStyle.Palette.muted), alignment: .left, minimumSize: 8)
        var lineTop = nameBox.maxY + 22 * scale
        for line in title.details {
            page.drawFitted(
                line, in: PageRect(x: block.x, y: lineTop, width: textWidth, height: 13 * scale),
                style: style.text(9.5, .regular, VenuePreviewStyle.Palette.ink), alignment: .left, minimumSize: 6)
            lineTop += 13 * scale
        }
        let labelBox = PageRect(
            x: block.maxX - labelWidth, y: block.y + 4 * scale, width: labelWidth, height: 26 * scale)
        page.strokeRectangle(
            labelBox, style: LineStyle(width: 1.2 * scale, color: VenuePreviewStyle.Palette.ink), cornerRadius: 3)
        page.drawText(title.viewLabel, in: labelBox, style: style.text(13, .bold))
        page.strokeLine(
            from: PagePoint(x: block.x, y: block.maxY + 4 * scale),
            to: PagePoint(x: block.maxX, y: block.maxY + 4 * scale),
            style: LineStyle(width: 0.6 * scale, color: VenuePreviewStyle.Palette.rule))
    }

    /// Paints the footer: a note on the left, the page and view on the right.
    func paintFooter(note: String, pageNumber: Int, pageCount: Int, viewLabel: String, on page: PDFPage) {
        let text = style.text(8, .regular, VenuePreviewStyle.Palette.muted)
        let noteBox = PageRect(x: footer.x, y: footer.y, width: footer.width * 0.66, height: footer.height)
        page.drawText(note, in: noteBox, style: text, alignment: .left, fit: .singleLine)
        page.drawText(
            "第 \(pageNumber)/\(pageCount) 页　·　\(viewLabel)　·　SeatPlan", in: footer, style: text,
            alignment: .right, fit: .singleLine)
    }
}
