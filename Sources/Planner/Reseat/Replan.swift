import SeatPlanCore

/// A re-planned plan (``Reseater/reseat(_:options:)``), before its change log is recorded.
///
/// ``plan`` carries the standing facts the checker reads in its ``SeatPlan/changes`` (policy,
/// vacated and blocked seats, late pins, exempt people) and the old plan's quality; who moved,
/// who was seated or unseated and the cost of it all come from ``recordedChanges()``, which
/// `PlanningPipeline` runs while the new plan is checked and writes into the plan once.
public struct Replan: Sendable {
    /// The new plan with its standing facts.
    public let plan: SeatPlan
    /// The changes and the old plan.
    let request: PreparedReseat
    /// The least cost of any protocol-correct re-plan.
    let bound: MoveLowerBound

    /// The attendees after the changes: what `seatplan check` needs for the new plan.
    public var roster: Roster { request.roster }

    /// The standing facts with what the re-plan changed: who moved, who was seated, who lost
    /// their seat, whose card must be printed again, the weighted cost of the moves and a
    /// proven lower bound on it.
    public func recordedChanges() -> PlanChanges {
        let after = AssignmentIndex(plan.assignments)
        let reasons = PlanChangeLog.reasons(request.changeSet, before: request.before, roster: request.roster)
        let log = PlanChangeLog(before: request.before, after: after, reasons: reasons)
        var record = plan.changes ?? PlanChanges(policy: request.rules.lateChanges)
        record.record(log, bound: bound.value(plan: request.plan, new: after, changeSet: request.changeSet, log: log))
        return record
    }
}
