import Optimization
import Planner
import SeatPlanCore
import Testing

@Suite("Rostrum planning with GLPK")
struct RostrumPlannerTests {
    static let rostrum = Rostrum(rows: [
        RostrumRow(number: 1, capacity: 9, spacing: 0.9, y: -2.5),
        RostrumRow(number: 2, capacity: 11, spacing: 0.9, y: -3.7),
    ])

    static func leaders(_ count: Int, shuffledWith seed: Int = 3) -> [Attendee] {
        let people = (1...count).map {
            Attendee(id: "L\($0)", name: "领导\($0)", unit: "单位\($0 % 3)", unitOrder: $0 % 3 + 1, precedence: $0, role: .rostrum)
        }
        // Roster order must not matter: rotate it.
        return Array(people[(seed % count)...] + people[..<(seed % count)])
    }

    static func audienceRow(_ plan: SeatPlan, row: Int) -> [Int] {
        plan.assignments.filter { $0.row == row }.sorted { $0.x < $1.x }.map(\.precedence)
    }

    @Test("Leaders sit in protocol order, optimally, with no violations", arguments: Convention.allCases)
    func protocolOrder(convention: Convention) throws {
        let rules = ProtocolRules(convention: convention)
        let venue = Venue(name: "测试会场", rostrum: Self.rostrum, source: "test")
        let roster = Roster(attendees: Self.leaders(14), source: "test")

        let plan = try MeetingPlanner(venue: venue, rules: rules).plan(roster)

        #expect(plan.quality.status == "optimal")
        #expect(plan.quality.protocolViolations == 0)
        #expect(plan.quality.objective == 0)
        #expect(plan.unseated.isEmpty)
        let front = convention == .cn ? [9, 7, 5, 3, 1, 2, 4, 6, 8] : [8, 6, 4, 2, 1, 3, 5, 7, 9]
        #expect(Self.audienceRow(plan, row: 1) == front)
        let back = convention == .cn ? [14, 12, 10, 11, 13] : [13, 11, 10, 12, 14]
        #expect(Self.audienceRow(plan, row: 2) == back)
        #expect(plan.assignments.allSatisfy { $0.y < 0 && $0.area == .rostrum })
    }

    @Test("People beyond the rostrum's capacity are listed unseated with a reason")
    func overflow() throws {
        let plan = try RostrumPlanner(rostrum: Self.rostrum).plan(Self.leaders(23))
        #expect(plan.seats.count == 20)
        #expect(plan.unseated.map(\.attendee) == ["L21", "L22", "L23"])
        #expect(plan.unseated.allSatisfy { $0.reason.contains("20 seats") })
    }

    @Test("The checker catches two leaders swapped")
    func checkerCatchesSwap() throws {
        let venue = Venue(name: "测试会场", rostrum: Self.rostrum, source: "test")
        var plan = try MeetingPlanner(venue: venue).plan(Roster(attendees: Self.leaders(7), source: "test"))
        #expect(RostrumCheck.violations(in: plan, rostrum: Self.rostrum, rules: ProtocolRules()).isEmpty)
        let first = try #require(plan.assignments.firstIndex { $0.precedence == 1 })
        let second = try #require(plan.assignments.firstIndex { $0.precedence == 2 })
        (plan.assignments[first].x, plan.assignments[second].x) = (plan.assignments[second].x, plan.assignments[first].x)
        let violations = RostrumCheck.violations(in: plan, rostrum: Self.rostrum, rules: ProtocolRules())
        #expect(violations.count == 3)
        #expect(violations.contains { $0.rule == "R1.4" })
    }

    @Test("Non-rostrum attendees are reported unseated, never dropped")
    func nobodyDropped() throws {
        var attendees = Self.leaders(3)
        attendees.append(Attendee(id: "M1", name: "成员", unit: "财政局", unitOrder: 9, precedence: 50, role: .member))
        let venue = Venue(name: "测试会场", rostrum: Self.rostrum, source: "test")
        let plan = try MeetingPlanner(venue: venue).plan(Roster(attendees: attendees, source: "test"))
        #expect(plan.assignments.count + plan.unseated.count == attendees.count)
        #expect(plan.unseated.first?.attendee == "M1")
    }
}
