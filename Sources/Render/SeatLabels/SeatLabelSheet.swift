/// A sheet of self-adhesive labels: the paper and a regular grid of equal labels on it.
///
/// Sizes are in millimetres as the label maker prints them on the box. Add a sheet by giving
/// its paper, grid, label size, pitch (label size plus any gap) and top-left margin.
public struct SeatLabelSheet: Sendable, Equatable {
    /// The paper.
    public var page: PageSetup
    /// Labels across.
    public var columns: Int
    /// Labels down.
    public var rows: Int
    /// One label's width in millimetres.
    public var labelWidth: Double
    /// One label's height in millimetres.
    public var labelHeight: Double
    /// From one label's left edge to the next one's, in millimetres (the width plus any gap).
    public var horizontalPitch: Double
    /// From one label's top edge to the next one's, in millimetres (the height plus any gap).
    public var verticalPitch: Double
    /// The first label's left edge from the paper's left edge, in millimetres.
    public var leftMargin: Double
    /// The first label's top edge from the paper's top edge, in millimetres.
    public var topMargin: Double

    /// Creates a sheet; without pitches or margins the labels touch and the grid is centred.
    public init(
        page: PageSetup, columns: Int, rows: Int, labelWidth: Double, labelHeight: Double,
        horizontalPitch: Double? = nil, verticalPitch: Double? = nil, leftMargin: Double? = nil,
        topMargin: Double? = nil
    ) {
        self.page = page
        self.columns = max(1, columns)
        self.rows = max(1, rows)
        self.labelWidth = labelWidth
        self.labelHeight = labelHeight
        let xPitch = horizontalPitch ?? labelWidth
        let yPitch = verticalPitch ?? labelHeight
        self.horizontalPitch = xPitch
        self.verticalPitch = yPitch
        let paper = page.pageSize
        let paperWidth = paper.width / PageUnits.pointsPerMillimetre
        let paperHeight = paper.height / PageUnits.pointsPerMillimetre
        self.leftMargin = leftMargin ?? (paperWidth - (Double(self.columns - 1) * xPitch + labelWidth)) / 2
        self.topMargin = topMargin ?? (paperHeight - (Double(self.rows - 1) * yPitch + labelHeight)) / 2
    }

    /// A4 portrait, 3 × 8 labels of 70 × 37 mm touching each other (Avery 3474 and the like).
    public static let a4ThreeByEight = SeatLabelSheet(
        page: PageSetup(paper: .a4, orientation: .portrait), columns: 3, rows: 8, labelWidth: 70, labelHeight: 37)

    /// 70 × 37 mm labels, touching, as many as fit on `page` (at least one), centred.
    public static func seventyByThirtySeven(on page: PageSetup) -> SeatLabelSheet {
        let size = page.pageSize
        let columns = Int((size.width / PageUnits.pointsPerMillimetre / 70).rounded(.down))
        let rows = Int((size.height / PageUnits.pointsPerMillimetre / 37).rounded(.down))
        return SeatLabelSheet(page: page, columns: columns, rows: rows, labelWidth: 70, labelHeight: 37)
    }

    /// Labels per sheet.
    public var labelsPerSheet: Int { columns * rows }

    /// The rectangle in points of label `index` (0-based, row by row from the top left) on its
    /// sheet; `index` is taken modulo ``labelsPerSheet``.
    public func rect(ofLabel index: Int) -> PageRect {
        let onSheet = index % labelsPerSheet
        let column = onSheet % columns
        let row = onSheet / columns
        return PageRect(
            x: PageUnits.points(millimetres: leftMargin + Double(column) * horizontalPitch),
            y: PageUnits.points(millimetres: topMargin + Double(row) * verticalPitch),
            width: PageUnits.points(millimetres: labelWidth), height: PageUnits.points(millimetres: labelHeight))
    }
}
