/// Where the A6 passes sit on a sheet: a grid of 105 × 148 mm passes touching each other,
/// centred (four on A4 portrait, 2 × 2), cut apart along the grid lines.
struct PassSheetLayout: Sendable, Equatable {
    /// One pass's width in millimetres (ISO A6).
    static let passWidthMillimetres = 105.0
    /// One pass's height in millimetres (ISO A6).
    static let passHeightMillimetres = 148.0

    /// The sheet.
    let pageSize: PageSize
    /// Passes across.
    let columns: Int
    /// Passes down.
    let rows: Int

    /// The layout for `pageSize`, or `nil` when not even one pass fits on it.
    init?(pageSize: PageSize) {
        let width = PageUnits.points(millimetres: Self.passWidthMillimetres)
        let height = PageUnits.points(millimetres: Self.passHeightMillimetres)
        // A hair of tolerance: A4 is exactly two A6 widths.
        let columns = Int((pageSize.width / width + 1e-6).rounded(.down))
        let rows = Int((pageSize.height / height + 1e-6).rounded(.down))
        guard columns >= 1, rows >= 1 else { return nil }
        self.pageSize = pageSize
        self.columns = columns
        self.rows = rows
    }

    /// Passes per sheet.
    var passesPerSheet: Int { columns * rows }

    /// The rectangle of pass `index` (row by row from the top left), taken modulo the sheet.
    func rect(ofPass index: Int) -> PageRect {
        let onSheet = index % passesPerSheet
        let width = PageUnits.points(millimetres: Self.passWidthMillimetres)
        let height = PageUnits.points(millimetres: Self.passHeightMillimetres)
        return PageRect(
            x: left + Double(onSheet % columns) * width, y: top + Double(onSheet / columns) * height, width: width,
            height: height)
    }

    /// The x of every vertical cut line, left to right.
    var verticalCuts: [Double] {
        (0...columns).map { left + Double($0) * PageUnits.points(millimetres: Self.passWidthMillimetres) }
    }

    /// The y of every horizontal cut line, top to bottom.
    var horizontalCuts: [Double] {
        (0...rows).map { top + Double($0) * PageUnits.points(millimetres: Self.passHeightMillimetres) }
    }

    private var left: Double {
        (pageSize.width - Double(columns) * PageUnits.points(millimetres: Self.passWidthMillimetres)) / 2
    }

    private var top: Double {
        (pageSize.height - Double(rows) * PageUnits.points(millimetres: Self.passHeightMillimetres)) / 2
    }
}
