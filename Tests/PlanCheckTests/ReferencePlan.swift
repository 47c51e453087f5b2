import Foundation
import PlanCheck
import SeatPlanCore
import Testing

/// A plain, obviously correct plan for large tests: the rostrum by the §1 layout, then each
/// role's units in official order into its zones row by row (audience left to right), each
/// unit's people by precedence onto its seats by hall precedence.
enum ReferencePlan {
    static let hallRoles: [Role] = [.member, .nonvoting, .guest, .staff, .press]

    /// The allowed seats of a role in row-fill order.
    static func seats(for role: Role, in venue: Venue) -> [Seat] {
        let zones = PlanningRules().zones(for: role, in: venue)
        return venue.seats.compactMap { seat -> (Int, Seat)? in
            guard seat.area == .hall, seat.isAvailable else { return nil }
            guard let zones else { return (0, seat) }
            return zones.firstIndex { seat.isIn(zone: $0) }.map { ($0, seat) }
        }
        .sorted { ($0.0, $0.1.floor ?? 0, $0.1.row ?? 0, $0.1.x) < ($1.0, $1.1.floor ?? 0, $1.1.row ?? 0, $1.1.x) }
        .map(\.1)
    }

    /// A roster filling `fraction` of each role's seats, units of 1–170 people skewed small.
    static func roster(for venue: Venue, rostrum: Int, fraction: Double) -> Roster {
        var people: [Attendee] = []
        var precedence = 0
        func add(_ unit: String, _ unitOrder: Int, _ role: Role) {
            precedence += 1
            people.append(
                Attendee(
                    id: String(format: "A%05d", people.count + 1), name: "代表\(people.count + 1)", unit: unit,
                    unitOrder: unitOrder, precedence: precedence, role: role))
        }
        for _ in 0..<rostrum { add("主席团", 0, .rostrum) }
        let sizes = [1, 3, 2, 12, 5, 1, 8, 40, 2, 4, 170, 6, 1, 3, 25, 9, 2, 60, 1, 15]
        var unit = 0
        for role in hallRoles {
            var left = Int(Double(seats(for: role, in: venue).count) * fraction)
            while left > 0 {
                let size = min(left, sizes[unit % sizes.count])
                unit += 1
                for _ in 0..<size { add("单位\(unit)", unit, role) }
                left -= size
            }
        }
        // Roster order is not precedence order: reverse each unit's people.
        return Roster(attendees: people.reversed(), source: "generated")
    }

    static func plan(venue: Venue, roster: Roster) throws -> SeatPlan {
        var assignments = try Fixtures.rostrumAssignments(venue: venue, roster: roster, rules: ProtocolRules())
        for role in hallRoles {
            let people = roster.attendees.filter { $0.role == role }
                .sorted { ($0.unitOrder, $0.unit, $0.precedence) < ($1.unitOrder, $1.unit, $1.precedence) }
            let seats = seats(for: role, in: venue)
            try #require(people.count <= seats.count)
            var start = 0
            while start < people.count {
                var end = start
                while end < people.count, people[end].unit == people[start].unit { end += 1 }
                let unitSeats = HallPrecedence.ordered(Array(seats[start..<end]), rules: ProtocolRules())
                for (person, seat) in zip(people[start..<end], unitSeats) {
                    assignments.append(try Fixtures.assignment(person, seat: seat))
                }
                start = end
            }
        }
        return Fixtures.plan(venue, assignments)
    }
}
