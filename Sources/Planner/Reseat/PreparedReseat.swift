import SeatPlanCore

/// Late changes checked against a plan and applied over the standing facts of earlier re-plans
/// (``Reseater/prepare(_:changes:roster:)``): the roster after the changes and the venue and
/// rules the re-plan must honour. The roster is known here, before any seat is chosen, so a
/// caller can index it for the checker while ``Reseater/reseat(_:options:)`` runs.
public struct PreparedReseat: Sendable {
    /// The plan being changed (never modified).
    public let plan: SeatPlan
    /// The changes, checked and applied.
    public let changeSet: ChangeSet
    /// The attendees after the changes.
    public var roster: Roster { changeSet.roster }

    /// The facts earlier re-plans of this plan left in force.
    var standing: PlanChanges? { plan.changes }
    /// Seats out of use: those blocked earlier and those these changes block.
    let blocked: Set<String>
    /// The venue with the blocked seats out of use.
    let venue: Venue
    /// The rules with every late pin in force, limited to the people still present.
    let rules: PlanningRules
    /// Ids of the attendees after the changes.
    let present: Set<String>
    /// The plan's assignments by attendee.
    let before: AssignmentIndex

    /// Applies `changeSet` to the standing facts of `plan`.
    init(plan: SeatPlan, changeSet: ChangeSet, standingRules: PlanningRules, venue: Venue) {
        self.plan = plan
        self.changeSet = changeSet
        blocked = Set(plan.changes?.blocked ?? []).union(changeSet.blockedSeats)
        self.venue = venue.blocking(blocked)
        let present = Set(changeSet.roster.attendees.map(\.id))
        var rules = standingRules.addingPins(changeSet.pins)
        rules.pins = rules.pins.filter { present.contains($0.key) }
        self.rules = rules
        self.present = present
        before = AssignmentIndex(plan.assignments)
    }

    /// Those exempt from the order rules by earlier re-plans who are still present.
    var standingExempt: Set<String> {
        Set((standing?.exempt ?? []).filter { present.contains($0) })
    }
}
