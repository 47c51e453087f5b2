import Foundation
import PlanCheck
import SeatPlanCore
import Testing

/// Small venues, rosters and hand-made correct plans for the checker's tests.
enum Fixtures {
    /// A 2-row rostrum (5 + 6 chairs, 1 m apart) and a hall of 4 rows in two blocks of 4,
    /// numbered 1–8 left to right: rows 1–3 members (3-1 also accessible), row 4 nonvoting,
    /// seat 2-8 unavailable.
    static let hallYAML = """
        name: 测试礼堂
        rostrum:
          front_y: -2
          spacing: 1.0
          rows:
            - seats: 5
            - seats: 6
        hall:
          seat_width: 0.5
          aisle_width: 1.0
          numbering: sequential
          floors:
            - {floor: 1, name: 一楼, front: 3, blocks: [左区, 右区], rows: ["1-4: 4|4"]}
          zones:
            - {name: members, floor: 1, rows: 1-3}
            - {name: nonvoting, floor: 1, rows: 4}
            - {name: accessible, floor: 1, seats: [3-1]}
          unavailable:
            - {floor: 1, seats: [2-8], reason: 立柱}
        """

    /// A main table of 6 and two tables of 4 behind it.
    static let banquetYAML = """
        name: 小宴会厅
        door: {x: 0, y: 20}
        main_table: 主桌
        tables:
          - {name: 主桌, shape: round, seats: 6, x: 0, y: 3, diameter: 2}
          - {grid: 1x2, first: 1, shape: round, seats: 4, diameter: 1.2, x: 0, y: 8, spacing: 3}
        """

    static func hall() throws -> Venue { try VenueFile.parse(hallYAML, file: "hall.yaml") }
    static func banquet() throws -> Venue { try VenueFile.parse(banquetYAML, file: "banquet.yaml") }

    static func person(
        _ id: String, _ unit: String, _ unitOrder: Int, _ precedence: Int, _ role: Role, tags: [String] = []
    ) -> Attendee {
        Attendee(
            id: id, name: "代表\(id)", unit: unit, unitOrder: unitOrder, precedence: precedence, role: role, tags: tags)
    }

    /// Seven leaders, three units of members (3, 6, 2 people + one pinned, one accessible) and
    /// two nonvoting attendees.
    static func hallRoster() -> Roster {
        var people = (1...7).map { person("P\($0)", "市委", 0, $0, .rostrum) }
        people += (1...3).map { person("U1-\($0)", "财政局", 1, 9 + $0, .member) }
        people.append(person("PIN", "财政局", 1, 13, .member))
        people += (1...6).map { person("U2-\($0)", "统计局", 2, 19 + $0, .member) }
        people += (1...2).map { person("U3-\($0)", "审计局", 3, 29 + $0, .member) }
        people.append(person("ACC", "审计局", 3, 32, .member, tags: ["accessible"]))
        people.append(person("N1", "财政局", 1, 40, .nonvoting))
        people.append(person("N2", "统计局", 2, 41, .nonvoting))
        return Roster(attendees: people, source: "test")
    }

    static let hallRules = PlanningRules(pins: ["PIN": "h1-3-8"])

    /// Where everyone of `hallRoster` sits in a correct plan: hall seats by hand, rostrum chairs
    /// from the §1 layout.
    static let hallSeats: [String: String] = [
        "U1-1": "h1-1-3", "U1-2": "h1-1-2", "U1-3": "h1-1-1",
        "U2-1": "h1-1-5", "U2-2": "h1-1-4", "U2-3": "h1-1-6", "U2-4": "h1-1-7", "U2-5": "h1-1-8", "U2-6": "h1-2-1",
        "U3-1": "h1-2-3", "U3-2": "h1-2-2", "ACC": "h1-3-1", "PIN": "h1-3-8",
        "N1": "h1-4-1", "N2": "h1-4-2",
    ]

    static func hallPlan(
        venue: Venue, roster: Roster, seats: [String: String] = hallSeats, rules: ProtocolRules = ProtocolRules()
    ) throws -> SeatPlan {
        var assignments = try rostrumAssignments(venue: venue, roster: roster, rules: rules)
        var seats = seats
        if rules.honouredHallSide < 0, seats["U2-1"] == "h1-1-5" {
            // The audience's left ranks first: 统计局's head takes 1-4 rather than 1-5.
            (seats["U2-1"], seats["U2-2"]) = (seats["U2-2"], seats["U2-1"])
        }
        for attendee in roster.attendees {
            guard let id = seats[attendee.id] else { continue }
            assignments.append(try assignment(attendee, seat: try #require(venue.seats.first { $0.id == id })))
        }
        return plan(venue, assignments)
    }

    /// Rostrum people in person order on the chairs in honour order (front rows first).
    static func rostrumAssignments(venue: Venue, roster: Roster, rules: ProtocolRules) throws -> [SeatAssignment] {
        let rostrum = try #require(venue.rostrum)
        let leaders = roster.attendees.filter { $0.role == .rostrum }.sorted { $0.precedence < $1.precedence }
        let slots = RostrumLayout.slots(
            for: rostrum, occupancy: RostrumLayout.occupancy(of: rostrum, people: leaders.count, rules: rules),
            rules: rules)
        return zip(leaders, slots).map { chair($0, $1) }
    }

    static func chair(_ attendee: Attendee, _ slot: RostrumSlot) -> SeatAssignment {
        SeatAssignment(
            attendee: attendee.id, name: attendee.name, unit: attendee.unit, precedence: attendee.precedence,
            seat: slot.id, label: slot.label, area: .rostrum, floor: nil, row: slot.row,
            number: String(slot.rankInRow), table: nil, x: slot.x, y: slot.y)
    }

    static func assignment(_ attendee: Attendee, seat: Seat) throws -> SeatAssignment {
        SeatAssignment(
            attendee: attendee.id, name: attendee.name, unit: attendee.unit, precedence: attendee.precedence,
            seat: seat.id, label: seat.label, area: seat.area, floor: seat.floor, row: seat.row,
            number: seat.number, table: seat.table, x: seat.x, y: seat.y)
    }

    static func plan(_ venue: Venue, _ assignments: [SeatAssignment], unseated: [UnseatedAttendee] = []) -> SeatPlan {
        SeatPlan(
            venue: venue.name, convention: "cn", assignments: assignments, unseated: unseated,
            quality: PlanQuality(
                status: .optimal, objective: 0, bound: 0, gap: 0, protocolViolations: 0, unitSplits: 0,
                solveMilliseconds: 0))
    }

    /// Moves `attendee` onto another venue seat, keeping the record consistent with the venue.
    static func move(_ plan: SeatPlan, _ attendee: String, to seatID: String, in venue: Venue) throws -> SeatPlan {
        var plan = plan
        let index = try #require(plan.assignments.firstIndex { $0.attendee == attendee })
        let seat = try #require(venue.seats.first { $0.id == seatID })
        let old = plan.assignments[index]
        plan.assignments[index] = SeatAssignment(
            attendee: old.attendee, name: old.name, unit: old.unit, precedence: old.precedence, seat: seat.id,
            label: seat.label, area: seat.area, floor: seat.floor, row: seat.row, number: seat.number,
            table: seat.table, x: seat.x, y: seat.y)
        return plan
    }

    /// Swaps the seats (and seat records) of two people.
    static func swap(_ plan: SeatPlan, _ first: String, _ second: String) throws -> SeatPlan {
        var plan = plan
        let one = try #require(plan.assignments.firstIndex { $0.attendee == first })
        let two = try #require(plan.assignments.firstIndex { $0.attendee == second })
        func reseat(_ person: SeatAssignment, like seat: SeatAssignment) -> SeatAssignment {
            SeatAssignment(
                attendee: person.attendee, name: person.name, unit: person.unit, precedence: person.precedence,
                seat: seat.seat, label: seat.label, area: seat.area, floor: seat.floor, row: seat.row,
                number: seat.number, table: seat.table, x: seat.x, y: seat.y)
        }
        let a = plan.assignments[one]
        let b = plan.assignments[two]
        plan.assignments[one] = reseat(a, like: b)
        plan.assignments[two] = reseat(b, like: a)
        return plan
    }

    static func check(_ plan: SeatPlan, venue: Venue, roster: Roster, rules: PlanningRules) async -> PlanCheckReport {
        await PlanChecker(venue: venue, roster: roster, rules: rules).check(plan)
    }

    /// The broken rule ids, for `#expect(... == ["H3"])`.
    static func rules(_ report: PlanCheckReport) -> Set<String> { Set(report.violations.map(\.rule)) }
}
