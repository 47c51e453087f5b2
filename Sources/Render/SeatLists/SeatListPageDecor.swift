/// The running header and the footer shared by every page of the seat lists and the banquet
/// plan: the title block line at the top, "第 N 页 / 共 M 页" at the bottom.
struct SeatListPageDecor {
    let header: SeatListHeader
    let font: FontFamily

    /// The meeting on the left, venue · date · version on the right, a rule below.
    func paintHeader(in box: PageRect, on page: PDFPage) {
        let ink = SeatListPagePainter.Palette.ink
        let muted = SeatListPagePainter.Palette.muted
        let details = header.details.joined(separator: "　·　")
        let detailWidth =
            details.isEmpty
            ? 0 : min(box.width * 0.5, page.measureText(details, style: TextStyle(family: font, size: 8.5)).width + 2)
        let leadBox = PageRect(x: box.x, y: box.y, width: max(0, box.width - detailWidth - 12), height: box.height - 6)
        page.drawFitted(
            header.lead, in: leadBox, style: TextStyle(family: font, weight: .bold, size: 10.5, color: ink),
            alignment: .left, minimumSize: 6)
        if !details.isEmpty {
            page.drawFitted(
                details, in: PageRect(x: box.maxX - detailWidth, y: box.y, width: detailWidth, height: box.height - 6),
                style: TextStyle(family: font, size: 8.5, color: muted), alignment: .right, minimumSize: 5)
        }
        page.strokeLine(
            from: PagePoint(x: box.x, y: box.maxY - 3), to: PagePoint(x: box.maxX, y: box.maxY - 3),
            style: LineStyle(width: 0.6, color: SeatListPagePainter.Palette.rule))
    }

    /// What the page is on the left, the page number in the middle, "SeatPlan" on the right.
    func paintFooter(_ what: String, pageNumber: Int, pageCount: Int, in box: PageRect, on page: PDFPage) {
        let muted = SeatListPagePainter.Palette.muted
        page.strokeLine(
            from: PagePoint(x: box.x, y: box.y), to: PagePoint(x: box.maxX, y: box.y),
            style: LineStyle(width: 0.4, color: ChartPalette.faint))
        let textBox = PageRect(x: box.x, y: box.y + 2, width: box.width, height: box.height - 2)
        let small = TextStyle(family: font, size: 8, color: muted)
        page.drawText(what, in: textBox, style: small, alignment: .left, fit: .singleLine)
        page.drawText(
            "第 \(pageNumber) 页 / 共 \(pageCount) 页", in: textBox,
            style: TextStyle(family: font, size: 9, color: SeatListPagePainter.Palette.ink), alignment: .centre,
            fit: .singleLine)
        page.drawText("SeatPlan", in: textBox, style: small, alignment: .right, fit: .singleLine)
    }
}
