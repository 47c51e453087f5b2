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
    static let venue = Venue(name: "测试会场", rostrum: rostrum, source: "test")

    static func leaders(_ count: Int, tags: [String: [String]] = [:]) -> Roster {
        let people = (1...count).map {
            Attendee(
                id: "L\($0)", name: "领导\($0)", unit: "单位\($0 % 3)", unitOrder: $0 % 3 + 1, precedence: $0,
                role: .rostrum, tags: tags["L\($0)"] ?? [])
        }
        // Roster order must not matter: rotate it.
        return Roster(attendees: Array(people[3...] + people[..<3]), source: "test")
    }

    static func audienceRow(_ plan: SeatPlan, row: Int) -> [Int] {
        plan.assignments.filter { $0.row == row }.sorted { $0.x < $1.x }.map(\.precedence)
    }

    static func plan(_ roster: Roster, _ rules: PlanningRules = PlanningRules()) throws -> SeatPlan {
        try MeetingPlanner(venue: venue, rules: rules).plan(roster)
    }

    @Test("Leaders sit in protocol order, optimally", arguments: Convention.allCases)
    func protocolOrder(convention: Convention) throws {
        let plan = try Self.plan(Self.leaders(14), PlanningRules(protocolRules: ProtocolRules(convention: convention)))
        #expect(plan.quality.status == .optimal)
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
        let plan = try Self.plan(Self.leaders(23))
        #expect(plan.assignments.count == 20)
        #expect(Set(plan.unseated.map(\.attendee)) == ["L21", "L22", "L23"])
        #expect(plan.unseated.allSatisfy { $0.reason.contains("seats 20") })
    }

    @Test("R1.5 co-principals flank an empty centre chair")
    func coPrincipals() throws {
        let plan = try Self.plan(Self.leaders(6), PlanningRules(protocolRules: ProtocolRules(coPrincipals: true)))
        #expect(Self.audienceRow(plan, row: 1) == [6, 4, 2, 1, 3, 5])
        let xs = plan.assignments.sorted { $0.x < $1.x }.map(\.x)
        #expect(!xs.contains(0))
        #expect(plan.assignments.first { $0.precedence == 1 }?.x == 0.9)
        #expect(plan.assignments.first { $0.precedence == 2 }?.x == -0.9)
    }

    @Test("R1.7 the host takes the front centre or the front end", arguments: [HostSeat.frontCentre, .frontEnd])
    func hostSeat(_ hostSeat: HostSeat) throws {
        let roster = Self.leaders(12, tags: ["L11": ["host"]])
        let plan = try Self.plan(roster, PlanningRules(protocolRules: ProtocolRules(hostSeat: hostSeat)))
        let host = try #require(plan.assignments.first { $0.attendee == "L11" })
        #expect(host.row == 1)
        let front = plan.assignments.filter { $0.row == 1 }
        if hostSeat == .frontCentre {
            #expect(host.x == 0)
        } else {
            #expect(host.x == front.map(\.x).min())
        }
        #expect(front.count == 9)
        #expect(plan.unseated.isEmpty)
    }

    @Test("R1.8 a pin wins and everyone else keeps protocol order around it")
    func pin() throws {
        let plan = try Self.plan(Self.leaders(9), PlanningRules(pins: ["L7": "rostrum-1-C"]))
        #expect(plan.assignments.first { $0.attendee == "L7" }?.seat == "rostrum-1-C")
        // The others, in order, take the remaining chairs in honour order.
        #expect(Self.audienceRow(plan, row: 1) == [9, 6, 4, 2, 7, 1, 3, 5, 8])
    }

    @Test("A pin on a chair that does not exist is explained")
    func badPin() throws {
        let error = #expect(throws: PlanningError.self) {
            try Self.plan(Self.leaders(5), PlanningRules(pins: ["L2": "rostrum-1-L8"]))
        }
        #expect(error?.description.contains("rostrum-1-L8") == true)
        #expect(error?.description.contains("rostrum-1-C") == true)
    }
}
