import SeatPlanCore
import Testing

@testable import Render

@Suite struct RostrumLayoutTests {
    private let region = PageRect(x: 40, y: 140, width: 760, height: 360)

    private func seat(_ layout: RostrumChartGeometry, precedence: Int) throws -> PageRect {
        try #require(layout.seats.first { $0.assignment.precedence == precedence }).box
    }

    @Test func audienceViewPutsRankTwoToTheRightAndRowOneNearestTheAudience() throws {
        let layout = try RostrumChartGeometry(
            assignments: RostrumFixtures.plan.assignments, view: .audience, region: region)
        #expect(layout.seats.count == 15)
        let first = try seat(layout, precedence: 1)
        let second = try seat(layout, precedence: 2)
        let third = try seat(layout, precedence: 3)
        #expect(second.x > first.x)
        #expect(third.x < first.x)
        #expect(abs(first.centre.x - layout.centreLineX) < 0.01)
        // The audience is below the stage: row 1 is lower on the page than row 2.
        let backRow = try seat(layout, precedence: 8)
        #expect(first.y > backRow.y)
    }

    @Test func stageViewMirrorsLeftAndRightAndPutsRowOneOnTop() throws {
        let layout = try RostrumChartGeometry(
            assignments: RostrumFixtures.plan.assignments, view: .stage, region: region)
        let first = try seat(layout, precedence: 1)
        let second = try seat(layout, precedence: 2)
        #expect(second.x < first.x)
        let backRow = try seat(layout, precedence: 8)
        #expect(first.y < backRow.y)
    }

    @Test func seatsFitTheRegionAndDoNotOverlap() throws {
        let layout = try RostrumChartGeometry(
            assignments: RostrumFixtures.plan.assignments, view: .audience, region: region)
        for seat in layout.seats {
            #expect(seat.box.x >= region.x && seat.box.maxX <= region.maxX)
            #expect(seat.box.y >= region.y && seat.box.maxY <= region.maxY)
        }
        let frontRow = layout.seats.filter { $0.assignment.row == 1 }.map(\.box).sorted { $0.x < $1.x }
        for (left, right) in zip(frontRow, frontRow.dropFirst()) {
            #expect(left.maxX < right.x)
        }
    }

    @Test func rowsWithoutNumbersAreNumberedFromTheStageEdge() {
        var seats = RostrumFixtures.plan.assignments.filter { $0.area == .rostrum }
        for index in seats.indices { seats[index].row = nil }
        let numbers = RostrumChartGeometry.rowNumbers(seats)
        #expect(numbers["R-1-1"] == 1)
        #expect(numbers["R-2-1"] == 2)
    }

    @Test func chineseRowLabels() {
        #expect(ChineseNumerals.rowLabel(1) == "第一排")
        #expect(ChineseNumerals.rowLabel(10) == "第十排")
        #expect(ChineseNumerals.rowLabel(12) == "第十二排")
        #expect(ChineseNumerals.rowLabel(20) == "第二十排")
        #expect(ChineseNumerals.rowLabel(105) == "第105排")
    }
}
