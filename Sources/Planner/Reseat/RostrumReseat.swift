import Optimization
import SeatPlanCore

/// Re-seats the rostrum after late changes (docs/protocol.md §6).
///
/// With `recompute` (the default) the GLPK rostrum assignment runs again on the leaders who are
/// left, so the rows are laid out afresh with no gaps. The arrangement docs/protocol.md §1 gives for
/// a set of ranks is unique, so whoever it moves must move. With `remove_and_close`, when leaders
/// only drop out, each row closes up: the people left keep their left-to-right order on the
/// chairs of the smaller row. Anyone new on the rostrum (an added leader, a substitute, a
/// changed rank) means a recompute under either policy.
struct RostrumReseat {
    let rostrum: Rostrum
    let rules: PlanningRules

    /// The new rostrum seating of `leaders`, given who sat where before.
    func reseat(_ leaders: [Attendee], before: [SeatAssignment], roster: Roster, options: SolveOptions) throws
        -> AreaPlan
    {
        let previous = Dictionary(before.map { ($0.attendee, $0) }, uniquingKeysWith: { first, _ in first })
        let onlyDropouts = leaders.allSatisfy { leader in
            previous[leader.id].map { $0.precedence == leader.precedence && rules.pins[leader.id] == nil } ?? false
        }
        if rules.lateChanges.rostrumAbsence == .removeAndClose, onlyDropouts {
            return closeUp(leaders, previous: previous)
        }
        let ordered = UnitOrder(ordering: .official, roster: roster).people(leaders)
        return try RostrumPlanner(rostrum: rostrum, rules: rules.protocolRules).plan(
            ordered, pins: rules.pins, options: options)
    }

    /// Each row keeps its people in their old left-to-right order on the chairs of the
    /// row's new head count.
    private func closeUp(_ leaders: [Attendee], previous: [String: SeatAssignment]) -> AreaPlan {
        var area = AreaPlan()
        var rows = Array(repeating: [(person: Attendee, x: Double)](), count: rostrum.rows.count)
        for leader in leaders {
            guard let before = previous[leader.id], let row = before.row,
                let index = rostrum.rows.firstIndex(where: { $0.number == row })
            else { continue }
            rows[index].append((leader, before.x))
        }
        let slots = RostrumLayout.slots(for: rostrum, occupancy: rows.map(\.count), rules: rules.protocolRules)
        for (index, row) in rostrum.rows.enumerated() {
            let chairs = slots.filter { $0.row == row.number }.sorted { $0.x < $1.x }
            let people = rows[index].sorted { $0.x < $1.x }.map(\.person)
            for (person, chair) in zip(people, chairs) {
                area.placed.append(PlacedAttendee(attendee: person, seat: .rostrum(chair)))
            }
        }
        return area
    }
}
