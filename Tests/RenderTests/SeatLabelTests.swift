import Foundation
import Render
import SeatPlanCore
import TestSupport
import Testing

@Suite struct SeatLabelTests {
    /// Everyone of `NameCardFixtures.meeting(hallCount:)`: 3 on the rostrum and `hallCount` in the hall.
    private func labels(hallCount: Int, options: RenderOptions = RenderOptions()) throws -> (Data, PlacedPlan) {
        let plan = try NameCardFixtures.meeting(hallCount: hallCount)
        return (try SeatLabels.render(plan, options: options), plan)
    }

    @Test(arguments: [(21, 1), (22, 2), (27, 2), (30, 2)])
    func twentyFourLabelsPerA4Page(hallCount: Int, pages: Int) throws {
        let (data, _) = try labels(hallCount: hallCount)
        let summary = try PDFInspection.summary(of: data)
        #expect(summary.pageCount == pages)
        #expect(summary.pageSizes.allSatisfy { $0.isClose(toWidth: 595.276, height: 841.89) })
        #expect(summary.title == "全市经济工作会议 座位标签")
        let perPage = try NameCardFixtures.pages(data).map { lines in lines.filter { $0.contains("排") }.count }
        #expect(perPage == Array(repeating: 24, count: pages - 1) + [(hallCount + 3 - 1) % 24 + 1])
    }

    @Test func everySeatLabelIsPrintedOnceWithThePaddedNameAndUnit() throws {
        let (data, plan) = try labels(hallCount: 30)
        let lines = try NameCardFixtures.pages(data).joined()
        for entry in plan.entries {
            #expect(lines.filter { $0 == entry.assignment.label }.count == 1, "\(entry.assignment.label)")
        }
        #expect(lines.contains("李 明"))
        #expect(!lines.contains("李明"))
        #expect(lines.filter { $0 == "市委" }.count == 3)
        #expect(lines.filter { $0 == "市政府" }.count == 30)
    }

    @Test func labelsComeInSeatOrder() throws {
        let (data, _) = try labels(hallCount: 12)
        let seats = try NameCardFixtures.pages(data).joined().filter { $0.contains("排") }
        let expected = (1...3).map { "主席台 1排\($0)号" } + (1...10).map { "一楼 1排\($0)号" } + (1...2).map { "一楼 2排\($0)号" }
        #expect(seats == expected)
    }

    @Test func theA4SheetIsThreeByEightLabelsOfSeventyByThirtySevenMillimetres() {
        let sheet = SeatLabelSheet.a4ThreeByEight
        #expect(sheet.labelsPerSheet == 24)
        let mm = PageUnits.pointsPerMillimetre
        let first = sheet.rect(ofLabel: 0)
        let last = sheet.rect(ofLabel: 23)
        #expect(abs(first.x) < 0.01 && abs(first.y - 0.5 * mm) < 0.01)
        #expect(abs(first.width - 70 * mm) < 0.01 && abs(first.height - 37 * mm) < 0.01)
        #expect(abs(last.maxX - 210 * mm) < 0.01 && abs(last.maxY - 296.5 * mm) < 0.01)
        #expect(sheet.rect(ofLabel: 24) == first)
    }

    @Test func otherPaperHoldsAsManyLabelsAsFit() throws {
        let (data, _) = try labels(hallCount: 30, options: RenderOptions(paper: .a3))
        let summary = try PDFInspection.summary(of: data)
        // A3 portrait: 4 × 11 labels of 70 × 37 mm.
        #expect(summary.pageCount == 1)
        #expect(summary.pageSizes.first?.isClose(toWidth: 841.89, height: 1190.55) == true)
        #expect(
            SeatLabelSheet.seventyByThirtySeven(on: PageSetup(paper: .a3, orientation: .portrait)).labelsPerSheet == 44)
    }

    @Test func aPlanWithNobodySeatedIsAnError() throws {
        let empty = try NameCardFixtures.placed([], venue: try NameCardFixtures.venue())
        #expect(throws: RenderError.self) { try SeatLabels.render(empty, options: RenderOptions()) }
    }
}
