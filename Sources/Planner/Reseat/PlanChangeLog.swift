import SeatPlanCore

/// Compares a plan with its re-plan: who moved, who was seated, who lost their seat, whose
/// name card must be printed again, and the weighted cost of the moves.
struct PlanChangeLog: Sendable {
    /// Weight of moving a rostrum leader.
    static let rostrumWeight = 5.0
    /// Weight of moving someone to another floor.
    static let floorWeight = 3.0

    let moved: [SeatMove]
    let seated: [SeatChange]
    let unseated: [SeatChange]
    let cardsToReprint: [String]
    let moveCost: Double

    /// Compares the plans, whose assignments `old` and `new` index.
    init(before old: AssignmentIndex, after new: AssignmentIndex, reasons: [String: String]) {
        var moved: [SeatMove] = []
        var seated: [SeatChange] = []
        var cards: [String] = []
        var cost = 0.0
        for assignment in new.assignments {
            guard let previous = old[assignment.attendee] else {
                seated.append(
                    SeatChange(
                        attendee: assignment.attendee, name: assignment.name, seat: assignment.seat,
                        label: assignment.label,
                        reason: reasons[assignment.attendee] ?? "seated"))
                cards.append(assignment.attendee)
                continue
            }
            if previous.seat != assignment.seat {
                moved.append(
                    SeatMove(
                        attendee: assignment.attendee, name: assignment.name, from: previous.seat, to: assignment.seat,
                        fromLabel: previous.label, toLabel: assignment.label))
                cost += Self.weight(from: previous, to: assignment)
            }
            if previous.seat != assignment.seat || previous.label != assignment.label
                || previous.name != assignment.name
                || previous.title != assignment.title || previous.unit != assignment.unit
            {
                cards.append(assignment.attendee)
            }
        }
        self.moved = moved
        self.seated = seated
        unseated = old.assignments.filter { !new.contains($0.attendee) }.map { assignment in
            SeatChange(
                attendee: assignment.attendee, name: assignment.name, seat: assignment.seat, label: assignment.label,
                reason: reasons[assignment.attendee] ?? "no seat in the new plan")
        }
        cardsToReprint = cards
        moveCost = cost
    }

    /// The disruption of one move: a rostrum leader weighs most, then a change of floor.
    static func weight(from: SeatAssignment, to: SeatAssignment) -> Double {
        if from.area == .rostrum || to.area == .rostrum { return rostrumWeight }
        if from.floor != to.floor { return floorWeight }
        return 1
    }
}

extension PlanChanges {
    /// Fills in what a re-plan changed, with the lower bound on its cost.
    mutating func record(_ log: PlanChangeLog, bound: Double) {
        self = PlanChanges(
            policy: policy, moved: log.moved, seated: log.seated, unseated: log.unseated,
            cardsToReprint: log.cardsToReprint, moveCost: log.moveCost, moveBound: min(bound, log.moveCost),
            vacated: vacated, blocked: blocked, pins: pins, exempt: exempt)
    }
}

extension PlanChangeLog {
    /// Why each person was seated or unseated, for the change log.
    static func reasons(_ changeSet: ChangeSet, before: AssignmentIndex, roster: Roster) -> [String: String] {
        var reasons: [String: String] = [:]
        for id in changeSet.cancelled { reasons[id] = "cancelled" }
        for id in changeSet.added { reasons[id] = "added" }
        guard !changeSet.substitutions.isEmpty else { return reasons }
        let involved = Set(changeSet.substitutions.flatMap { [$0.key, $0.value] })
        var names: [String: String] = [:]
        for person in roster.attendees where involved.contains(person.id) { names[person.id] = person.name }
        for id in involved { if let name = before[id]?.name { names[id] = name } }
        for (absent, substitute) in changeSet.substitutions {
            reasons[absent] = "replaced by \(names[substitute] ?? substitute) (\(substitute))"
            reasons[substitute] = "substitute for \(names[absent] ?? absent) (\(absent))"
        }
        return reasons
    }
}
