import Foundation
import PlanCheck
import SeatPlanCore
import Testing

@Suite("Plan checker: general rules G1–G7")
struct GeneralRuleTests {
    let venue: Venue
    let roster = Fixtures.hallRoster()
    let rules = Fixtures.hallRules

    init() throws { venue = try Fixtures.hall() }

    func check(_ plan: SeatPlan, rules: PlanningRules? = nil) async -> PlanCheckReport {
        await Fixtures.check(plan, venue: venue, roster: roster, rules: rules ?? self.rules)
    }

    @Test("The hand-made plan is valid")
    func valid() async throws {
        let report = await check(try Fixtures.hallPlan(venue: venue, roster: roster))
        #expect(report.violations == [])
        #expect(report.isValid)
        #expect(report.checkedAttendees == roster.attendees.count)
        // 统计局 runs over three segments: row 1 left, row 1 right, row 2 left.
        #expect(report.unitSplits == 1)
    }

    @Test("G1: a missing attendee, a stranger, a duplicate, an unseated entry without a reason")
    func attendance() async throws {
        var plan = try Fixtures.hallPlan(venue: venue, roster: roster)
        plan.assignments.removeAll { $0.attendee == "U3-2" }
        #expect(Fixtures.rules(await check(plan)) == ["G1"])
        #expect(await check(plan).violations.first?.attendee == "U3-2")
        plan.unseated = [UnseatedAttendee(attendee: "U3-2", reason: " ")]
        #expect(Fixtures.rules(await check(plan)) == ["G1"])
        plan.unseated = [
            UnseatedAttendee(attendee: "U3-2", reason: "病假"), UnseatedAttendee(attendee: "X9", reason: "?"),
        ]
        #expect(await check(plan).violations.map(\.attendee) == ["X9"])
        plan.unseated = [
            UnseatedAttendee(attendee: "U3-2", reason: "病假"), UnseatedAttendee(attendee: "U3-1", reason: "病假"),
        ]
        #expect(await check(plan).violations.map(\.rule) == ["G1"])
        #expect(await check(plan).violations.first?.attendee == "U3-1")
    }

    @Test("G2: a seat used twice")
    func seatTwice() async throws {
        let plan = try Fixtures.move(
            try Fixtures.hallPlan(venue: venue, roster: roster), "U3-2", to: "h1-2-3", in: venue)
        let report = await check(plan)
        #expect(Fixtures.rules(report) == ["G2"])
        #expect(report.violations.first?.seat == "h1-2-3")
    }

    @Test("G3: an unknown seat id, and rostrum ids on a row that does not exist")
    func unknownSeat() async throws {
        var plan = try Fixtures.hallPlan(venue: venue, roster: roster)
        let index = try #require(plan.assignments.firstIndex { $0.attendee == "U3-2" })
        plan.assignments[index].seat = "h1-9-9"
        #expect(Fixtures.rules(await check(plan)) == ["G3"])
        plan.assignments[index].seat = "rostrum-3-C"
        #expect(Fixtures.rules(await check(plan)) == ["G3"])
        plan.assignments[index].seat = "rostrum-1-R0"
        #expect(Fixtures.rules(await check(plan)) == ["G3"])
    }

    @Test("G4: a wrong label, a wrong coordinate, a wrong name")
    func records() async throws {
        var plan = try Fixtures.hallPlan(venue: venue, roster: roster)
        let index = try #require(plan.assignments.firstIndex { $0.attendee == "U3-1" })
        plan.assignments[index].label = "一楼 2排4号"
        #expect(Fixtures.rules(await check(plan)) == ["G4"])
        plan = try Fixtures.hallPlan(venue: venue, roster: roster)
        plan.assignments[index].x += 0.01
        #expect(Fixtures.rules(await check(plan)) == ["G4"])
        plan.assignments[index].x -= 0.0099
        #expect(await check(plan).isValid)
        plan = try Fixtures.hallPlan(venue: venue, roster: roster)
        plan.assignments[index].name = "别人"
        #expect(Fixtures.rules(await check(plan)) == ["G4"])
        let rostrum = try #require(plan.assignments.firstIndex { $0.attendee == "P1" })
        plan = try Fixtures.hallPlan(venue: venue, roster: roster)
        plan.assignments[rostrum].number = "2"
        #expect(Fixtures.rules(await check(plan)) == ["G4"])
    }

    @Test("G5: an unavailable seat")
    func unavailable() async throws {
        let plan = try Fixtures.move(
            try Fixtures.hallPlan(venue: venue, roster: roster), "U3-2", to: "h1-2-8", in: venue)
        let report = await check(plan)
        #expect(Fixtures.rules(report) == ["G5"])
        #expect(report.violations.first?.message.contains("立柱") == true)
    }

    @Test("G6: a pin not honoured")
    func pin() async throws {
        let plan = try Fixtures.move(
            try Fixtures.hallPlan(venue: venue, roster: roster), "PIN", to: "h1-3-7", in: venue)
        let report = await check(plan)
        #expect(Fixtures.rules(report) == ["G6"])
        #expect(report.violations.first?.attendee == "PIN")
    }

    @Test("G7: a member on the rostrum, a leader in the hall")
    func areas() async throws {
        let plan = try Fixtures.move(try Fixtures.hallPlan(venue: venue, roster: roster), "P7", to: "h1-3-6", in: venue)
        #expect(await check(plan).violations.map(\.rule).contains("G7"))
        #expect(await check(plan).violations.first { $0.rule == "G7" }?.attendee == "P7")
    }
}
