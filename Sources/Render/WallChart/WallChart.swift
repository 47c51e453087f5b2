import Foundation
import SeatPlanCore

/// A wall chart of a plan (`seatplan render --kind wall`): the seat chart on one large sheet
/// per hall floor (A1 landscape by default, A0 when the options say), or, with a tile paper,
/// cut into numbered A3/A4 sheets that overlap by 10 mm, with crop marks, each sheet labelled
/// with its row and column, and an assembly map (the grid of sheets over a thumbnail of the
/// chart) before each floor's sheets. At wall size names are printed wherever a seat box
/// allows 4 pt text.
public enum WallChart {
    /// Renders the wall chart of `plan` as PDF bytes.
    ///
    /// - Throws: ``RenderError/nothingToRender(_:)`` when the venue has nothing to draw, or a
    ///   Cairo error.
    public static func render(_ plan: PlacedPlan, options: RenderOptions) throws -> Data {
        let contents = try SeatChartContents(plan)
        let sheetSize = options.pageSetup(default: PageSetup(paper: .a1, orientation: .landscape)).pageSize
        let document = try PDFDocument(metadata: SeatChart.metadata(plan, options: options, kind: "墙挂座次图"))
        let count = contents.contents.count
        for index in contents.contents.indices {
            guard let tile = options.tile else {
                try document.addPage(sheetSize) { page in
                    let sheet = contents.sheet(index, size: sheetSize, options: options, kind: "墙挂座次图", page: page)
                    sheet.paint(on: SeatChartCanvas(page: page), pageNumber: index + 1, pageCount: count)
                }
                continue
            }
            // The chart fills the whole grid of tiles: at least the large sheet, never blank overhang.
            let first = WallChartTiling(sheet: sheetSize, paper: tile)
            let tiledSheet = first.covered
            let tiling = WallChartTiling(sheet: tiledSheet, tile: first.tileSize)
            var laidOut: SeatChartSheet?
            let part = partName(contents.contents[index])
            // The assembly map is printed on the tile paper turned the way the chart is.
            let mapSize = tile.pageSize(tiledSheet.width >= tiledSheet.height ? .landscape : .portrait)
            try document.addPage(mapSize) { page in
                let sheet = contents.sheet(index, size: tiledSheet, options: options, kind: "墙挂座次图", page: page)
                laidOut = sheet
                WallChartAssemblyMap(
                    tiling: tiling, sheetSize: tiledSheet, part: part, options: options,
                    sheetPaper: options.paper ?? .a1, tilePaper: tile
                )
                .paint(sheet: sheet, pageNumber: index + 1, pageCount: count, on: page)
            }
            guard let sheet = laidOut else { continue }
            for row in 0..<tiling.rows {
                for column in 0..<tiling.columns {
                    try document.addPage(tiling.tileSize) { page in
                        WallChartTile(
                            tiling: tiling, row: row, column: column, part: part, view: options.view, font: options.font
                        )
                        .paint(sheet: sheet, pageNumber: index + 1, pageCount: count, on: page)
                    }
                }
            }
        }
        return try document.finish()
    }

    private static func partName(_ content: SeatChartContents.Content) -> String {
        switch content {
        case .floor(let plan, _, _): plan.floorName
        case .tables: "宴会桌次"
        }
    }
}
