import Planner
import PlanningPipeline
import SeatPlanCore
import Testing

@Suite("Hall planning by unit (docs/protocol.md §2)")
struct HallPlannerTests {
    static func venue(rows: Int, seats: Int = 10) throws -> Venue {
        try VenueFile.parse(
            "name: 小会场\nhall:\n  numbering: sequential\n  floors:\n    - {floor: 1, rows: [\"1-\(rows): \(seats)\"]}\n",
            file: "hall.yaml")
    }

    static func roster(_ units: [(String, Int)], role: Role = .member) -> Roster {
        var people: [Attendee] = []
        for (index, (unit, size)) in units.enumerated() {
            for member in 0..<size {
                let number = people.count + 1
                people.append(
                    Attendee(
                        id: "P\(number)", name: "\(unit)\(member + 1)", unit: unit, unitOrder: index + 1,
                        precedence: number, role: role))
            }
        }
        return Roster(attendees: people, source: "test")
    }

    static func rows(_ plan: SeatPlan) -> [Int: [String]] {
        Dictionary(grouping: plan.assignments, by: { $0.row ?? 0 }).mapValues { row in
            row.sorted { $0.x < $1.x }.map(\.unit)
        }
    }

    @Test("A2.4: row fill, 10 seats a row, U1=4 U2=8 U3=3, wrap: row 1 = U1×4 + U2×6, row 2 = U2×2 + U3×3")
    func wrapExample() async throws {
        let plan = try await MeetingPipeline(venue: Self.venue(rows: 2)).plan(
            Self.roster([("U1", 4), ("U2", 8), ("U3", 3)])
        ).plan
        let rows = Self.rows(plan)
        #expect(rows[1] == Array(repeating: "U1", count: 4) + Array(repeating: "U2", count: 6))
        #expect(rows[2] == ["U2", "U2", "U3", "U3", "U3"])
        #expect(plan.quality.unitSplits == 1)
    }

    @Test("With spare rows the planner keeps U2 whole by leaving the row end empty")
    func avoidsSplit() async throws {
        let plan = try await MeetingPipeline(venue: Self.venue(rows: 3)).plan(
            Self.roster([("U1", 4), ("U2", 8), ("U3", 3)])
        ).plan
        #expect(plan.quality.unitSplits == 0)
        #expect(Self.rows(plan)[1] == Array(repeating: "U1", count: 4))
        #expect(plan.quality.status == .optimal)
    }

    @Test("A2.2 centre_out: 9 people of one unit read 9 7 5 3 1 2 4 6 8 in the audience view")
    func centreOut() throws {
        let venue = try VenueFile.parse(
            "name: X\nhall:\n  floors:\n    - {floor: 1, rows: [\"1: 9\"]}\n", file: "c.yaml")
        let plan = try MeetingPlanner(venue: venue, rules: PlanningRules(fill: .centreOut)).plan(
            Self.roster([("U1", 9)]))
        #expect(plan.assignments.sorted { $0.x < $1.x }.map(\.precedence) == [9, 7, 5, 3, 1, 2, 4, 6, 8])
    }

    @Test("Heads of delegation sit on their block's best seat (front, then centre)")
    func headsOfDelegation() throws {
        let plan = try MeetingPlanner(venue: Self.venue(rows: 4)).plan(Self.roster([("U1", 3), ("U2", 12), ("U3", 5)]))
        for unit in ["U1", "U2", "U3"] {
            let seats = plan.assignments.filter { $0.unit == unit }
            let head = try #require(seats.min { $0.precedence < $1.precedence })
            let frontRow = seats.compactMap(\.row).min()
            #expect(head.row == frontRow)
        }
    }

    @Test("Units follow pinyin or stroke order when the rules say so")
    func unitOrders() throws {
        let roster = Self.roster([("组织部", 2), ("财政局", 2), ("一中", 2)])
        let pinyin = try MeetingPlanner(venue: Self.venue(rows: 1), rules: PlanningRules(unitOrder: .pinyin)).plan(
            roster)
        #expect(Self.rows(pinyin)[1] == ["财政局", "财政局", "一中", "一中", "组织部", "组织部"])
        let strokes = try MeetingPlanner(venue: Self.venue(rows: 1), rules: PlanningRules(unitOrder: .strokes)).plan(
            roster)
        #expect(Self.rows(strokes)[1] == ["一中", "一中", "财政局", "财政局", "组织部", "组织部"])
    }

    @Test("More people than seats: the last in order are unseated with the numbers")
    func overfull() throws {
        let plan = try MeetingPlanner(venue: Self.venue(rows: 1)).plan(Self.roster([("U1", 6), ("U2", 6)]))
        #expect(plan.assignments.count == 10)
        #expect(plan.unseated.count == 2)
        #expect(plan.unseated.first?.reason.contains("12 people have role member") == true)
        #expect(plan.unseated.first?.reason.contains("10 free seats") == true)
    }

    @Test("Pins win; unavailable seats are never used")
    func pinsAndUnavailable() throws {
        let venue = try VenueFile.parse(
            """
            name: X
            hall:
              numbering: sequential
              floors:
                - {floor: 1, rows: ["1-2: 5"]}
              unavailable:
                - {seats: [1-3], reason: 立柱}
            """, file: "p.yaml")
        let plan = try MeetingPlanner(venue: venue, rules: PlanningRules(pins: ["P4": "h1-2-5"])).plan(
            Self.roster([("U1", 4), ("U2", 3)]))
        #expect(plan.assignments.first { $0.attendee == "P4" }?.seat == "h1-2-5")
        #expect(!plan.assignments.contains { $0.seat == "h1-1-3" })
        #expect(plan.assignments.count == 7)
    }

    @Test("Roles go to their zones; a role without a zone is unseated with advice")
    func zones() throws {
        let venue = try VenueFile.parse(
            """
            name: X
            hall:
              floors:
                - {floor: 1, rows: ["1-4: 6"]}
              zones:
                - {name: members, rows: 1-2}
                - {name: nonvoting, rows: 3-4}
            """, file: "z.yaml")
        var people = Self.roster([("U1", 5)]).attendees
        people += Self.roster([("U2", 4)], role: .nonvoting).attendees.map { person in
            var copy = person
            copy.id = "N" + person.id
            return copy
        }
        people.append(Attendee(id: "X1", name: "记者", unit: "报社", unitOrder: 9, precedence: 99, role: .press))
        let plan = try MeetingPlanner(venue: venue).plan(Roster(attendees: people, source: "t"))
        #expect(plan.assignments.filter { $0.unit == "U1" }.allSatisfy { ($0.row ?? 0) <= 2 })
        #expect(plan.assignments.filter { $0.unit == "U2" }.allSatisfy { ($0.row ?? 0) >= 3 })
        #expect(plan.unseated.map(\.attendee) == ["X1"])
        #expect(plan.unseated.first?.reason.contains("zones: {press") == true)
    }
}
