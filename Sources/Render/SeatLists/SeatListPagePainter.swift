/// Paints one page of a list section: header, heading, column header, rows and footer.
struct SeatListPagePainter {
    typealias Palette = ChartPalette

    let section: SeatListSection
    let lines: [SeatListLine]
    let firstOfSection: Bool
    let header: SeatListHeader
    let font: FontFamily

    func paint(on page: PDFPage, pageNumber: Int, pageCount: Int) {
        let frame = SeatListPageFrame(pageSize: page.size, firstOfSection: firstOfSection)
        SeatListPageDecor(header: header, font: font).paintHeader(in: frame.header, on: page)
        paintHeading(in: frame.heading, on: page)
        paintColumnHeader(in: frame.columnHeader, on: page)
        paintLines(from: frame.body.y, across: frame.body, on: page)
        if lines.isEmpty {
            page.drawText(
                "（无）", in: PageRect(x: frame.body.x, y: frame.body.y + 6, width: frame.body.width, height: 20),
                style: text(10, color: Palette.muted), fit: .singleLine)
        }
        SeatListPageDecor(header: header, font: font).paintFooter(
            section.heading, pageNumber: pageNumber, pageCount: pageCount, in: frame.footer, on: page)
    }

    private func text(_ size: Double, _ weight: FontWeight = .regular, color: RGBColor = Palette.ink) -> TextStyle {
        TextStyle(family: font, weight: weight, size: size, color: color)
    }

    private func paintHeading(in box: PageRect, on page: PDFPage) {
        if firstOfSection {
            page.drawText(
                section.heading, in: PageRect(x: box.x, y: box.y + 8, width: box.width, height: 26),
                style: text(17, .bold), fit: .singleLine)
            page.drawFitted(
                section.summary, in: PageRect(x: box.x, y: box.y + 34, width: box.width, height: 14),
                style: text(9, color: Palette.muted), minimumSize: 6)
        } else {
            page.drawText(
                section.heading + "（续）", in: PageRect(x: box.x, y: box.y + 4, width: box.width, height: box.height - 8),
                style: text(11, .bold), alignment: .left, fit: .singleLine)
        }
    }

    private func paintColumnHeader(in box: PageRect, on page: PDFPage) {
        page.fillRectangle(box, color: Palette.headerFill)
        page.strokeLine(
            from: PagePoint(x: box.x, y: box.y), to: PagePoint(x: box.maxX, y: box.y),
            style: LineStyle(width: 0.9, color: Palette.ink))
        page.strokeLine(
            from: PagePoint(x: box.x, y: box.maxY), to: PagePoint(x: box.maxX, y: box.maxY),
            style: LineStyle(width: 0.6, color: Palette.ink))
        paintColumnRules(across: box, on: page)
        let spans = SeatListPageFrame.columnSpans(section.columns, in: box)
        for (column, span) in zip(section.columns, spans) {
            let cell = PageRect(x: span.x + 4, y: box.y, width: max(0, span.width - 8), height: box.height)
            let alignment: HorizontalAlignment = column.content == .name ? .left : column.alignment
            page.drawFitted(column.title, in: cell, style: text(9.5, .bold), alignment: alignment, minimumSize: 6)
        }
    }

    /// Paints the lines top-down from `top`.
    private func paintLines(from top: Double, across body: PageRect, on page: PDFPage) {
        let spans = SeatListPageFrame.columnSpans(section.columns, in: body)
        let groupHeight = SeatListPagination.groupHeight(rowHeight: section.rowHeight)
        var y = top
        for line in lines {
            switch line {
            case .group(let name, let detail):
                let band = PageRect(x: body.x, y: y, width: body.width, height: groupHeight)
                paintGroup(name, detail: detail, in: band, on: page)
                y += groupHeight
            case .row(let cells):
                let row = PageRect(x: body.x, y: y, width: body.width, height: section.rowHeight)
                paintRow(cells, spans: spans, in: row, on: page)
                y += section.rowHeight
            case .total(let total):
                let box = PageRect(
                    x: body.x + 4, y: y + section.rowHeight * 0.5, width: body.width - 8, height: section.rowHeight)
                page.drawFitted(total, in: box, style: text(10.5, .bold), alignment: .left, minimumSize: 6)
                y += section.rowHeight * 1.5
            }
        }
    }

    private func paintGroup(_ name: String, detail: String, in band: PageRect, on page: PDFPage) {
        let inner = PageRect(x: band.x, y: band.y + 3, width: band.width, height: band.height - 3)
        page.fillRectangle(inner, color: Palette.groupFill)
        page.fillRectangle(PageRect(x: inner.x, y: inner.y, width: 2.5, height: inner.height), color: Palette.accent)
        page.strokeLine(
            from: PagePoint(x: band.x, y: band.maxY), to: PagePoint(x: band.maxX, y: band.maxY),
            style: LineStyle(width: 0.5, color: Palette.rule))
        let nameBox = PageRect(x: inner.x + 9, y: inner.y, width: inner.width * 0.72, height: inner.height)
        let placed = page.drawFitted(name, in: nameBox, style: text(10.5, .bold), alignment: .left, minimumSize: 7)
        let detailLeft = placed.bounds.maxX + 10
        page.drawText(
            detail,
            in: PageRect(x: detailLeft, y: inner.y, width: max(0, inner.maxX - 6 - detailLeft), height: inner.height),
            style: text(8.5, color: Palette.muted), alignment: .left, fit: .singleLine)
    }

    private func paintRow(_ cells: [String], spans: [(x: Double, width: Double)], in row: PageRect, on page: PDFPage) {
        paintColumnRules(across: row, on: page)
        for (index, column) in section.columns.enumerated() where index < spans.count {
            let span = spans[index]
            let cell = PageRect(x: span.x + 4, y: row.y + 1, width: max(0, span.width - 8), height: row.height - 2)
            let value = index < cells.count ? cells[index] : ""
            switch column.content {
            case .checkbox:
                let side = min(9.0, cell.height - 4)
                page.strokeRectangle(
                    PageRect(x: cell.centre.x - side / 2, y: cell.centre.y - side / 2, width: side, height: side),
                    style: LineStyle(width: 0.7, color: Palette.ink))
            case .blank:
                break
            case .name:
                SeatListCell.draw(value, in: cell, style: text(11), alignment: column.alignment, on: page)
            case .index:
                SeatListCell.draw(
                    value, in: cell, style: text(8.5, color: Palette.muted), alignment: column.alignment, on: page)
            case .text:
                SeatListCell.draw(value, in: cell, style: text(9.5), alignment: column.alignment, on: page)
            }
        }
        page.strokeLine(
            from: PagePoint(x: row.x, y: row.maxY), to: PagePoint(x: row.maxX, y: row.maxY),
            style: LineStyle(
                width: section.ruledGrid ? 0.5 : 0.3, color: section.ruledGrid ? Palette.rule : Palette.faint))
    }

    /// The vertical rules of a ruled grid across `rect`: between the columns and at both ends.
    private func paintColumnRules(across rect: PageRect, on page: PDFPage) {
        guard section.ruledGrid else { return }
        let spans = SeatListPageFrame.columnSpans(section.columns, in: rect)
        let style = LineStyle(width: 0.5, color: Palette.rule)
        for x in spans.map(\.x) + [rect.maxX] {
            page.strokeLine(from: PagePoint(x: x, y: rect.y), to: PagePoint(x: x, y: rect.maxY), style: style)
        }
    }
}
