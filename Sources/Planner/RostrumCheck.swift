import SeatPlanCore

/// Checks the rostrum part of a plan against protocol.md §1 from the plan's own data (rows,
/// coordinates and precedences), independently of how the planner built it.
public enum RostrumCheck {
    /// Every rule the rostrum seating breaks; empty for a correct plan.
    public static func violations(in plan: SeatPlan, rostrum: Rostrum, rules: ProtocolRules) -> [ProtocolViolation] {
        let seated = plan.assignments.filter { $0.area == .rostrum }
        var violations: [ProtocolViolation] = []
        let byRow = Dictionary(grouping: seated) { $0.row ?? 0 }
        // R1.6: every person in a front row outranks every person in the rows behind it.
        let rowNumbers = byRow.keys.sorted()
        for (front, back) in zip(rowNumbers, rowNumbers.dropFirst()) {
            let worstFront = byRow[front]?.map(\.precedence).max() ?? 0
            for person in byRow[back] ?? [] where person.precedence < worstFront {
                violations.append(ProtocolViolation(
                    rule: "R1.6", attendee: person.attendee,
                    message: "\(person.name) (precedence \(person.precedence)) sits in row \(back) behind someone of precedence \(worstFront) in row \(front)"))
            }
        }
        for (number, people) in byRow {
            guard let row = rostrum.rows.first(where: { $0.number == number }) else {
                violations.append(ProtocolViolation(rule: "R1.6", attendee: people.first?.attendee, message: "the rostrum has no row \(number)"))
                continue
            }
            if people.count > row.capacity {
                violations.append(ProtocolViolation(
                    rule: "R1.6", attendee: nil, message: "row \(number) seats \(people.count) but holds \(row.capacity)"))
            }
            violations += orderViolations(people, row: row, rules: rules)
        }
        return violations
    }

    /// R1.2–R1.4: within a row, the left-to-right order of ranks and the chair positions.
    private static func orderViolations(_ people: [SeatAssignment], row: RostrumRow, rules: ProtocolRules) -> [ProtocolViolation] {
        let leftToRight = people.sorted { $0.x < $1.x }
        let byRank = people.sorted { ($0.precedence, $0.attendee) < ($1.precedence, $1.attendee) }
        let expected = RostrumLayout.audienceOrder(count: people.count, rules: rules)
        var violations: [ProtocolViolation] = []
        for (position, person) in leftToRight.enumerated() {
            let rank = expected[position]
            if byRank[rank - 1].attendee != person.attendee, byRank[rank - 1].precedence != person.precedence {
                violations.append(ProtocolViolation(
                    rule: people.count.isMultiple(of: 2) ? "R1.3" : "R1.2", attendee: person.attendee,
                    message: "\(person.name) sits where rank \(rank) of row \(row.number) belongs"))
            }
        }
        // Chairs stand one spacing apart, centred as R1.4 requires.
        guard let principal = byRank.first, let first = leftToRight.first else { return violations }
        let tolerance = 0.01
        for (left, right) in zip(leftToRight, leftToRight.dropFirst()) where abs(right.x - left.x - row.spacing) > tolerance {
            violations.append(ProtocolViolation(
                rule: "R1.4", attendee: right.attendee,
                message: "chairs of \(left.name) and \(right.name) are \(right.x - left.x) m apart, not \(row.spacing) m"))
        }
        let centreOnPrincipal = !people.count.isMultiple(of: 2) || rules.evenAlignment == .centreOnOne
        let offCentre = centreOnPrincipal ? principal.x : first.x + Double(people.count - 1) * row.spacing / 2
        if abs(offCentre) > tolerance {
            violations.append(ProtocolViolation(
                rule: "R1.4", attendee: principal.attendee,
                message: "row \(row.number) is off the stage centre line by \(offCentre) m"))
        }
        return violations
    }
}
