import Foundation
import SeatPlanCore
import TestSupport
import Testing

@testable import Render

@Suite struct WallChartTests {
    @Test func tiledWallChartHasAnAssemblyMapAndOneA3PagePerTile() throws {
        let placed = try SeatChartFixtures.plan(venue: try SeatChartFixtures.venue("municipal-hall"), hallPeople: 330)
        let data = try WallChart.render(placed, options: RenderOptions(tile: .a3, title: SeatChartFixtures.title))
        let a1 = PaperSize.a1.pageSize(.landscape)
        let tiling = WallChartTiling(sheet: a1, paper: .a3)
        let summary = try PDFInspection.summary(of: data)
        #expect(summary.pageCount == tiling.count + 1)
        let (short, long) = (841.89, 1190.55)
        #expect(
            summary.pageSizes.allSatisfy {
                $0.isClose(toWidth: short, height: long) || $0.isClose(toWidth: long, height: short)
            })
        let text = try PDFInspection.text(of: data, order: .drawn)
        #expect(text.contains("拼贴示意"))
        #expect(text.contains("A1"))
        #expect(text.contains("第 1 行 第 1 列"))
        // Every name is printed at least once (twice where it falls in an overlap).
        #expect(placed.entries.allSatisfy { SeatChartFixtures.occurrences(of: $0.assignment.name, in: text) >= 1 })
    }

    @Test func tilesCoverTheSheetWithOverlap() {
        let sheet = PaperSize.a0.pageSize(.landscape)
        let tiling = WallChartTiling(sheet: sheet, paper: .a4)
        let first = tiling.region(row: 0, column: 0)
        let last = tiling.region(row: tiling.rows - 1, column: tiling.columns - 1)
        #expect(first.x <= 0 && first.y <= 0)
        #expect(last.maxX >= sheet.width && last.maxY >= sheet.height)
        let neighbour = tiling.region(row: 0, column: 1)
        #expect(abs(first.maxX - neighbour.x - PageUnits.points(millimetres: 10)) < 0.01)
        #expect(WallChartTiling.name(row: 1, column: 2) == "B3")
    }

    @Test func singleSheetDefaultsToA1LandscapeAndPrintsNames() throws {
        let placed = try SeatChartFixtures.plan(venue: try SeatChartFixtures.venue("municipal-hall"), hallPeople: 100)
        let data = try WallChart.render(placed, options: RenderOptions())
        let summary = try PDFInspection.summary(of: data)
        #expect(summary.pageCount == 1)
        #expect(summary.pageSizes.first?.isClose(toWidth: 2383.94, height: 1683.78, tolerance: 1) == true)
        let text = try PDFInspection.text(of: data, order: .drawn)
        #expect(placed.entries.allSatisfy { SeatChartFixtures.occurrences(of: $0.assignment.name, in: text) == 1 })
        let a0 = try WallChart.render(placed, options: RenderOptions(paper: .a0))
        #expect(
            try PDFInspection.summary(of: a0).pageSizes.first?.isClose(toWidth: 3370.39, height: 2383.94, tolerance: 1)
                == true)
    }
}
