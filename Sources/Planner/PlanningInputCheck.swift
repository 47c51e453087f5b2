import SeatPlanCore

/// Checks the rules against the venue and roster before planning, so that every problem is
/// reported at once in words a planner can act on.
struct PlanningInputCheck {
    let venue: Venue
    let roster: Roster
    let rules: PlanningRules

    /// The venue seats pinned people must take (rostrum pins are checked by the rostrum planner).
    func validate() throws -> [String: Seat] {
        var problems: [String] = []
        var pinned: [String: Seat] = [:]
        let people = Dictionary(uniqueKeysWithValues: roster.attendees.map { ($0.id, $0) })
        let seats = Dictionary(uniqueKeysWithValues: venue.seats.map { ($0.id, $0) })
        for (id, seatID) in rules.pins.sorted(by: { $0.key < $1.key }) {
            guard let person = people[id] else {
                problems.append("pin \(id) → \(seatID): no attendee '\(id)' in the roster")
                continue
            }
            if RostrumChairID(seatID) != nil {
                if person.role != .rostrum {
                    problems.append(
                        "pin \(id) → \(seatID): \(person.name) has role \(person.role.rawValue), not rostrum")
                }
                continue
            }
            guard let seat = seats[seatID] else {
                problems.append("pin \(id) → \(seatID): venue '\(venue.name)' has no seat '\(seatID)'")
                continue
            }
            if person.role == .rostrum, venue.rostrum != nil {
                problems.append("pin \(id) → \(seat.label): \(person.name) has role rostrum and sits on the rostrum")
                continue
            }
            if let reason = seat.unavailableReason {
                problems.append("pin \(id) → \(seat.label): the seat is unavailable (\(reason))")
                continue
            }
            pinned[id] = seat
        }
        for group in rules.keepTogether + rules.keepApart {
            for id in group where people[id] == nil {
                problems.append("keep group [\(group.joined(separator: ", "))]: no attendee '\(id)' in the roster")
            }
        }
        for group in rules.keepTogether {
            let units = Set(group.compactMap { people[$0]?.unit })
            let roles = Set(group.compactMap { people[$0]?.role })
            let accessible = venue.hasAccessibleZone
            if accessible, let person = group.compactMap({ people[$0] }).first(where: { $0.hasTag(.accessible) }) {
                problems.append(
                    "keep_together [\(group.joined(separator: ", "))]: \(person.name) is tagged accessible and sits on "
                        + "an accessible seat, away from the group; remove the tag or the group"
                )
            }
            if units.count > 1 || roles.count > 1 {
                problems.append(
                    "keep_together [\(group.joined(separator: ", "))] mixes units or roles "
                        + "(\(units.sorted().joined(separator: ", "))); units sit in their own blocks, so pin these "
                        + "people instead"
                )
            }
        }
        if !problems.isEmpty { throw PlanningError(problems) }
        return pinned
    }
}
