/// How a large wall-chart sheet is cut into printable tiles: a grid of equal sheets whose
/// printed areas overlap by ``overlapMillimetres`` so that they can be glued edge on edge,
/// each with a white margin for crop marks and its grid label.
struct WallChartTiling {
    /// The overlap between neighbouring tiles' printed areas.
    static let overlapMillimetres = 10.0
    /// The unprinted margin round each tile's printed area (crop marks and labels go here).
    static let marginMillimetres = 10.0

    /// One tile's page size.
    let tileSize: PageSize
    let columns: Int
    let rows: Int
    /// The printed area of a tile, in points.
    let cell: PageSize
    /// The distance between neighbouring tiles' printed areas on the sheet.
    let step: PageSize
    /// The sheet point at the top-left of the first tile's printed area (negative when the
    /// grid overhangs the sheet, centred).
    let origin: PagePoint
    let margin: Double
    let overlap: Double

    /// Tiles `sheet` with `paper` in whichever orientation needs fewer tiles (landscape on a tie).
    init(sheet: PageSize, paper: PaperSize) {
        let candidates = [PageOrientation.landscape, .portrait].map { paper.pageSize($0) }
        let best =
            candidates.min { Self(sheet: sheet, tile: $0).count < Self(sheet: sheet, tile: $1).count } ?? candidates[0]
        self.init(sheet: sheet, tile: best)
    }

    /// Tiles `sheet` with pages of `tile`, the grid centred on the sheet.
    init(sheet: PageSize, tile: PageSize) {
        let margin = PageUnits.points(millimetres: Self.marginMillimetres)
        let overlap = PageUnits.points(millimetres: Self.overlapMillimetres)
        self.margin = margin
        self.overlap = overlap
        let grid = Self.grid(sheet: sheet, tile: tile, margin: margin, overlap: overlap)
        tileSize = tile
        columns = grid.columns
        rows = grid.rows
        cell = PageSize(width: tile.width - 2 * margin, height: tile.height - 2 * margin)
        step = PageSize(width: cell.width - overlap, height: cell.height - overlap)
        let covered = PageSize(
            width: Double(columns - 1) * step.width + cell.width, height: Double(rows - 1) * step.height + cell.height)
        origin = PagePoint(x: (sheet.width - covered.width) / 2, y: (sheet.height - covered.height) / 2)
    }

    private static func grid(sheet: PageSize, tile: PageSize, margin: Double, overlap: Double) -> (
        tile: PageSize, columns: Int, rows: Int
    ) {
        let cellWidth = tile.width - 2 * margin
        let cellHeight = tile.height - 2 * margin
        func count(_ length: Double, _ cell: Double) -> Int {
            length <= cell + 0.01 ? 1 : Int(((length - cell - 0.01) / (cell - overlap)).rounded(.up)) + 1
        }
        return (tile, count(sheet.width, cellWidth), count(sheet.height, cellHeight))
    }

    /// The size of the sheet the grid covers exactly (at least the sheet it was made for): a
    /// tiled wall chart is laid out on this, so that no tile is wasted on blank overhang.
    var covered: PageSize {
        PageSize(
            width: Double(columns - 1) * step.width + cell.width, height: Double(rows - 1) * step.height + cell.height)
    }

    /// The number of tiles.
    var count: Int { columns * rows }

    /// The part of the sheet printed on the tile in `row` and `column` (both from 0).
    func region(row: Int, column: Int) -> PageRect {
        PageRect(
            x: origin.x + Double(column) * step.width, y: origin.y + Double(row) * step.height,
            width: cell.width, height: cell.height)
    }

    /// "A1": the row as a letter (A for the top row), the column as a number from 1.
    static func name(row: Int, column: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let letter = row < letters.count ? String(letters[row]) : "R\(row + 1)-"
        return "\(letter)\(column + 1)"
    }
}
