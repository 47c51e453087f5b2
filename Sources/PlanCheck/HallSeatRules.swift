import SeatPlanCore

/// H1, H2 and H5 of docs/planning-rules.md: zones, accessible seats, heads of delegation.
struct HallSeatRules {
    let context: CheckContext

    func violations() -> [PlanViolation] {
        let seated = context.placements.filter { $0.place.area == .hall && $0.attendee.role != .rostrum }
        return zones(seated) + accessible(seated) + heads(seated)
    }

    /// H1: every non-exempt person on a seat of a zone of their role (unavailable seats are G5's).
    private func zones(_ seated: [Placement]) -> [PlanViolation] {
        var zonesOf: [Role: [String]?] = [:]
        var violations: [PlanViolation] = []
        for placement in seated where !context.isHallExempt(placement) {
            guard let seat = placement.place.seat else { continue }
            let role = placement.attendee.role
            let zones: [String]?
            if let known = zonesOf[role] {
                zones = known
            } else {
                zones = context.rules.zones(for: role, in: context.venue)
                zonesOf[role] = zones
            }
            guard let zones, !zones.contains(where: seat.isIn(zone:)) else { continue }
            let allowed =
                zones.isEmpty
                ? "the venue has no zone for role \(role.rawValue)"
                : "role \(role.rawValue) sits in zone \(zones.joined(separator: " or "))"
            let actual = seat.zones.isEmpty ? "no zone" : "zone \(seat.zones.joined(separator: ", "))"
            violations.append(
                PlanViolation(
                    rule: "H1", attendee: placement.attendee.id, seat: seat.id,
                    message: "\(placement.who) sits at \(seat.label) (\(actual)), but \(allowed)"))
        }
        return violations
    }

    /// H2: accessible people on accessible seats when the venue has them.
    private func accessible(_ seated: [Placement]) -> [PlanViolation] {
        guard context.venue.hasAccessibleZone else { return [] }
        return seated.compactMap { placement in
            guard placement.attendee.hasTag(.accessible), !context.isPinned(placement.attendee),
                let seat = placement.place.seat, !seat.isInAccessibleZone
            else { return nil }
            return PlanViolation(
                rule: "H2", attendee: placement.attendee.id, seat: seat.id,
                message:
                    "\(placement.who) is tagged accessible but sits at \(seat.label), not on a seat of zone accessible")
        }
    }

    /// H5: each unit's most senior person (per role) on the unit's most honoured seat. In a
    /// re-planned plan the seats the unit's absentees left empty count as the unit's too, so a
    /// head's empty seat passes.
    private func heads(_ seated: [Placement]) -> [PlanViolation] {
        struct Group: Hashable {
            let role: Role
            let unit: Int
        }
        var groups: [Group: [Placement]] = [:]
        var order: [Group] = []
        for placement in seated where !context.isHallExempt(placement) {
            let group = Group(role: placement.attendee.role, unit: placement.unitRank)
            if groups[group] == nil { order.append(group) }
            groups[group, default: []].append(placement)
        }
        var violations: [PlanViolation] = []
        for group in order {
            guard let people = groups[group],
                let head = people.min(by: { context.precedes($0.attendee, $1.attendee) }),
                let best = HallPrecedence.ordered(
                    people.compactMap(\.place.seat) + vacatedSeats(of: head.attendee.unit, near: people),
                    rules: context.rules.protocolRules
                ).first,
                context.vacated[best.id] == nil,
                let holder = people.first(where: { $0.seatID == best.id }),
                holder.attendee.precedence > head.attendee.precedence
            else { continue }
            violations.append(
                PlanViolation(
                    rule: "H5", attendee: head.attendee.id, seat: best.id,
                    message:
                        "\(head.who) heads unit \(head.attendee.unit) (precedence \(head.attendee.precedence)) but "
                        + "sits at \(head.location); the unit's most honoured seat \(best.label) has \(holder.who) "
                        + "(precedence \(holder.attendee.precedence))"
                ))
        }
        return violations
    }

    /// The seats left empty by the unit's absentees in the zones its people sit in.
    private func vacatedSeats(of unit: String, near people: [Placement]) -> [Seat] {
        guard !context.vacated.isEmpty else { return [] }
        let zones = Set(people.compactMap(\.place.seat).flatMap(\.zones))
        return context.vacated.compactMap { seatID, owner in
            guard owner == unit, context.occupant(of: seatID) == nil, let seat = context.seat(id: seatID) else {
                return nil
            }
            return zones.isEmpty || seat.zones.contains(where: zones.contains) ? seat : nil
        }
    }
}
