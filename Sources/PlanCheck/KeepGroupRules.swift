import SeatPlanCore

/// H7 and H8 of docs/planning-rules.md: the rules file's keep-apart and keep-together groups
/// (not to be confused with SeatPlanCore's `GroupingRules`, the discussion-group settings).
struct KeepGroupRules {
    let context: CheckContext
    let geometry: HallGeometry

    func violations() -> [PlanViolation] {
        apart() + together()
    }

    /// H7: no two people of a keep-apart group side by side in a hall block row.
    private func apart() -> [PlanViolation] {
        var violations: [PlanViolation] = []
        for group in context.rules.keepApart {
            let members = Set(group)
            var reported = Set<String>()
            for id in group {
                guard let index = context.placementOf[id], reported.insert(id).inserted else { continue }
                let placement = context.placements[index]
                guard placement.place.area == .hall else { continue }
                for seat in geometry.neighbours(of: placement.seatID) {
                    guard let other = context.occupantAt[seat].map({ context.placements[$0] }),
                        members.contains(other.attendee.id), !reported.contains(other.attendee.id)
                    else { continue }
                    violations.append(
                        PlanViolation(
                            rule: "H7", attendee: id, seat: placement.seatID,
                            message:
                                "\(placement.who) at \(placement.location) and \(other.who) at \(other.location) sit "
                                + "side by side, but the rules keep them apart"
                        ))
                }
            }
        }
        return violations
    }

    /// H8: a keep-together group side by side in one row, or at one table.
    private func together() -> [PlanViolation] {
        var violations: [PlanViolation] = []
        for group in context.rules.keepTogether {
            let seated = group.compactMap { context.placementOf[$0].map { context.placements[$0] } }
            guard seated.count >= 2, !isTogether(seated) else { continue }
            violations.append(
                PlanViolation(
                    rule: "H8", attendee: seated.first?.attendee.id, seat: seated.first?.seatID,
                    message:
                        "the rules keep \(seated.map(\.who).joined(separator: ", ")) together, but they sit at "
                        + "\(seated.map(\.location).joined(separator: ", "))"
                ))
        }
        return violations
    }

    private func isTogether(_ seated: [Placement]) -> Bool {
        let seats = seated.compactMap(\.place.seat)
        if seats.count == seated.count, seats.allSatisfy({ $0.area == .banquet }) {
            return Set(seats.map(\.table)).count == 1
        }
        if seats.count == seated.count, seats.allSatisfy({ $0.area == .hall }) {
            return geometry.areSideBySide(seats.map(\.id))
        }
        let chairs = seated.compactMap(\.place.chair)
        guard chairs.count == seated.count, Set(chairs.map(\.row)).count == 1 else { return false }
        let offsets = chairs.map(\.offset).sorted()
        return zip(offsets, offsets.dropFirst()).allSatisfy { $1 - $0 == 2 }
    }
}
