import Foundation
import SeatPlanCore
import Testing

@testable import PlanCheck

@Suite("Plan checker: hall rules H1–H8")
struct HallRuleTests {
    let venue: Venue
    let roster = Fixtures.hallRoster()
    let rules = Fixtures.hallRules

    init() throws { venue = try Fixtures.hall() }

    func check(_ plan: SeatPlan, rules: PlanningRules? = nil, roster: Roster? = nil) async -> PlanCheckReport {
        await Fixtures.check(plan, venue: venue, roster: roster ?? self.roster, rules: rules ?? self.rules)
    }

    func plan() throws -> SeatPlan { try Fixtures.hallPlan(venue: venue, roster: roster) }

    @Test("H1: a member in the nonvoting rows")
    func zone() async throws {
        let report = await check(try Fixtures.move(try plan(), "U3-2", to: "h1-4-8", in: venue))
        #expect(Fixtures.rules(report) == ["H1"])
        #expect(report.violations.first?.attendee == "U3-2")
    }

    @Test("H2: an accessible person off the accessible seats")
    func accessible() async throws {
        let report = await check(try Fixtures.move(try plan(), "ACC", to: "h1-3-2", in: venue))
        #expect(Fixtures.rules(report) == ["H2"])
    }

    @Test("H3: units out of the official order")
    func unitOrder() async throws {
        var people = roster.attendees
        for index in people.indices where people[index].unit == "审计局" { people[index].unitOrder = 0 }
        let reordered = Roster(attendees: people, source: "test")
        let report = await check(try plan(), roster: reordered)
        #expect(report.violations.map(\.rule) == ["H3"])
        #expect(report.violations.first?.message.contains("official order") == true)
    }

    @Test("H3 and H4: a unit interleaved with another")
    func interleaved() async throws {
        let report = await check(try Fixtures.swap(try plan(), "U2-5", "U3-2"))
        #expect(Fixtures.rules(report).contains("H4"))
        #expect(Fixtures.rules(report).contains("H3"))
    }

    @Test("H4: an empty seat inside a unit's block; a row end may stay empty")
    func hole() async throws {
        var plan = try plan()
        plan.assignments.removeAll { $0.attendee == "U1-2" }
        plan.unseated = [UnseatedAttendee(attendee: "U1-2", reason: "请假")]
        let report = await check(plan)
        #expect(report.violations.map(\.rule) == ["H4"])
        #expect(report.violations.first?.seat == "h1-1-2")
        // 统计局 leaving 1-8 empty at the end of row 1's right block is fine.
        var wrapped = try Fixtures.hallPlan(venue: venue, roster: roster)
        wrapped = try Fixtures.move(wrapped, "U2-5", to: "h1-2-2", in: venue)
        wrapped = try Fixtures.move(wrapped, "U3-2", to: "h1-2-3", in: venue)
        wrapped = try Fixtures.move(wrapped, "U3-1", to: "h1-2-4", in: venue)
        #expect(await check(wrapped).violations == [])
    }

    @Test("H5: the head of delegation off the unit's most honoured seat")
    func head() async throws {
        let report = await check(try Fixtures.swap(try plan(), "U2-1", "U2-2"))
        #expect(report.violations.map(\.rule) == ["H5"])
        #expect(report.violations.first?.attendee == "U2-1")
    }

    @Test("H6: with new_row a unit that fits a segment stays in one")
    func newRow() async throws {
        var rules = self.rules
        rules.unitBreak = .newRow
        // 统计局 (6) is larger than any segment (4 seats), so it may wrap.
        #expect(await check(try plan(), rules: rules).violations == [])
        // 审计局 (2) split over row 2's blocks breaks new_row.
        var split = try Fixtures.move(try plan(), "U3-1", to: "h1-2-5", in: venue)
        split = try Fixtures.move(split, "U3-2", to: "h1-2-4", in: venue)
        #expect(await check(split).violations == [])
        #expect(await check(split).unitSplits == 2)
        #expect(await check(split, rules: rules).violations.map(\.rule) == ["H6"])
    }

    @Test("H7: a keep-apart pair side by side")
    func keepApart() async throws {
        var rules = self.rules
        rules.keepApart = [["U1-2", "U1-3"]]
        #expect(await check(try plan(), rules: rules).violations.map(\.rule) == ["H7"])
        rules.keepApart = [["U1-1", "U1-3"]]
        #expect(await check(try plan(), rules: rules).violations == [])
        // Across the aisle is not side by side.
        rules.keepApart = [["U2-1", "U2-2"]]
        #expect(await check(try plan(), rules: rules).violations == [])
    }

    @Test("H8: a keep-together group apart")
    func keepTogether() async throws {
        var rules = self.rules
        rules.keepTogether = [["U2-3", "U2-4", "U2-5"]]
        #expect(await check(try plan(), rules: rules).violations == [])
        rules.keepTogether = [["U2-3", "U2-6"]]
        #expect(await check(try plan(), rules: rules).violations.map(\.rule) == ["H8"])
    }

    @Test("Column and centre-out fills have their own sequence")
    func fills() async throws {
        var rules = self.rules
        rules.fill = .column
        // Column: down the left block first: row 1 seats 1-4, row 2 seats 1-4, row 3 seats 1-4.
        let column: [String: String] = [
            "U1-1": "h1-1-3", "U1-2": "h1-1-2", "U1-3": "h1-1-1",
            "U2-1": "h1-1-4", "U2-2": "h1-2-1", "U2-3": "h1-2-2", "U2-4": "h1-2-3", "U2-5": "h1-2-4", "U2-6": "h1-3-2",
            "U3-1": "h1-3-4", "U3-2": "h1-3-3", "ACC": "h1-3-1", "PIN": "h1-3-8", "N1": "h1-4-1", "N2": "h1-4-2",
        ]
        #expect(
            await check(try Fixtures.hallPlan(venue: venue, roster: roster, seats: column), rules: rules).violations
                == [])
        #expect(!(await check(try Fixtures.hallPlan(venue: venue, roster: roster), rules: rules).isValid))
        // Centre-out: row 1 from the centre, the audience's right first (5, 4, 6, 3, 7, 2, 8, 1).
        rules.fill = .centreOut
        let centre: [String: String] = [
            "U1-1": "h1-1-5", "U1-2": "h1-1-4", "U1-3": "h1-1-6",
            "U2-1": "h1-1-3", "U2-2": "h1-1-7", "U2-3": "h1-1-2", "U2-4": "h1-1-8", "U2-5": "h1-1-1", "U2-6": "h1-2-5",
            "U3-1": "h1-2-4", "U3-2": "h1-2-6", "ACC": "h1-3-1", "PIN": "h1-3-8", "N1": "h1-4-5", "N2": "h1-4-4",
        ]
        #expect(
            await check(try Fixtures.hallPlan(venue: venue, roster: roster, seats: centre), rules: rules).violations
                == [])
    }

    @Test("Unit keys: pinyin and stroke collation")
    func unitKeys() async {
        let people = ["天津", "北京", "上海"].enumerated().map {
            Fixtures.person("X\($0.offset)", $0.element, $0.offset + 1, $0.offset + 1, .member)
        }
        let roster = Roster(attendees: people, source: "test")
        #expect(UnitKey(roster: roster, ordering: .official).units == ["天津", "北京", "上海"])
        #expect(UnitKey(roster: roster, ordering: .pinyin).units == ["北京", "上海", "天津"])
        // Strokes: 上 (3) 天 (4) 北 (5).
        #expect(UnitKey(roster: roster, ordering: .strokes).units == ["上海", "天津", "北京"])
    }
}
