/// Light cut marks for a sheet of passes: short ticks where each cut line meets the sheet's
/// edge and small crosses where cut lines meet inside the sheet, so that the passes themselves
/// stay clean.
enum PassCutMarks {
    /// The length of a tick, and of each arm of a cross, in millimetres.
    static let armMillimetres = 5.0

    /// Draws the marks of `layout` on `page`.
    static func draw(_ layout: PassSheetLayout, on page: PDFPage) {
        let arm = PageUnits.points(millimetres: armMillimetres)
        let style = LineStyle(width: 0.4, color: .grey(0.7))
        let size = page.size
        for x in layout.verticalCuts {
            page.strokeLine(from: PagePoint(x: x, y: 0), to: PagePoint(x: x, y: arm), style: style)
            page.strokeLine(
                from: PagePoint(x: x, y: size.height - arm), to: PagePoint(x: x, y: size.height), style: style)
        }
        for y in layout.horizontalCuts {
            page.strokeLine(from: PagePoint(x: 0, y: y), to: PagePoint(x: arm, y: y), style: style)
            page.strokeLine(
                from: PagePoint(x: size.width - arm, y: y), to: PagePoint(x: size.width, y: y), style: style)
        }
        for x in layout.verticalCuts.dropFirst().dropLast() {
            for y in layout.horizontalCuts.dropFirst().dropLast() {
                page.strokeLine(from: PagePoint(x: x - arm, y: y), to: PagePoint(x: x + arm, y: y), style: style)
                page.strokeLine(from: PagePoint(x: x, y: y - arm), to: PagePoint(x: x, y: y + arm), style: style)
            }
        }
    }
}
