import Foundation
import Render
import SeatPlanCore
import TestSupport
import Testing

@Suite struct RostrumChartTests {
    private let chart = RostrumChart(plan: RostrumFixtures.plan, title: RostrumFixtures.title)

    @Test func chartIsOneA4LandscapePageWithTheTitleBlock() throws {
        let data = try chart.render()
        let summary = try PDFInspection.summary(of: data)
        #expect(summary.pageCount == 1)
        #expect(summary.pageSizes.first?.isClose(toWidth: 841.89, height: 595.276) == true)
        #expect(summary.title == "全市经济工作会议 主席台座次图")
        let text = try PDFInspection.text(of: data)
        for expected in ["全市经济工作会议", "主席台座次图", "市政会议中心大礼堂", "2025年3月8日", "第2稿", "观众视角"] {
            #expect(text.contains(expected), "missing \(expected)")
        }
    }

    @Test func chartShowsEveryRostrumNameInPrintedFormAndNoHallSeats() throws {
        // In drawing order each name is one line; pdftotext turns the ideographic space of a
        // padded name into a plain space, so compare with U+3000 read as a space.
        let lines = try PDFInspection.text(of: try chart.render(), order: .drawn)
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        func printed(_ name: String) -> String {
            NameTypography.padded(name).replacingOccurrences(of: "\u{3000}", with: " ")
        }
        for name in RostrumFixtures.frontRowNames + RostrumFixtures.backRowNames where !name.hasPrefix("Alexandra") {
            #expect(lines.contains(printed(name)), "missing \(printed(name))")
        }
        #expect(lines.contains("李 明"))
        #expect(!lines.contains("李明"))
        #expect(lines.contains("欧阳建国"))
        #expect(lines.contains { $0.hasPrefix("Alexandra") })
        #expect(!lines.contains { $0.contains("台下某") })
        #expect(lines.contains("观 众 席"))
        #expect(lines.contains("观众视角"))
    }

    @Test func everyRostrumPrecedenceNumberIsPrinted() throws {
        let lines = Set(
            try PDFInspection.text(of: try chart.render(), order: .drawn).split(separator: "\n").map(String.init))
        for precedence in 1...15 {
            #expect(lines.contains(String(precedence)), "missing precedence \(precedence)")
        }
    }

    @Test func stageViewIsLabelledWithItsView() throws {
        var stageChart = chart
        stageChart.view = .stage
        let text = try PDFInspection.text(of: try stageChart.render())
        #expect(text.contains("主席台视角"))
        #expect(!text.contains("观众视角"))
    }

    @Test func chartOnOtherPaperFollowsThePageSetup() throws {
        var large = chart
        large.pageSetup = PageSetup(paper: .a3, orientation: .portrait)
        large.font = .kai
        let summary = try PDFInspection.summary(of: try large.render())
        #expect(summary.pageSizes.first?.isClose(toWidth: 841.89, height: 1190.55) == true)
    }

    @Test func planWithoutRostrumIsAClearError() {
        var plan = RostrumFixtures.plan
        plan.assignments.removeAll { $0.area == .rostrum }
        let empty = RostrumChart(plan: plan, title: RostrumFixtures.title)
        #expect(throws: RenderError.nothingToRender("the plan has no rostrum seats")) { try empty.render() }
    }

    @Test func writeToUnwritablePathLeavesNoFile() throws {
        let url = URL(fileURLWithPath: "/proc/seatplan-cannot-write-here/chart.pdf")
        #expect(throws: RenderError.self) { try chart.write(to: url) }
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }
}
