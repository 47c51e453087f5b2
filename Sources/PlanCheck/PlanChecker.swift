import SeatPlanCore

/// The independent plan checker (`seatplan check`): recomputes every rule of
/// docs/planning-rules.md from the venue, the roster, the rules and the plan alone, never from
/// the planner's internals.
///
/// ```swift
/// let report = PlanChecker(venue: venue, roster: roster, rules: rules).check(plan)
/// for violation in report.violations { print(violation) }
/// ```
public struct PlanChecker: Sendable {
    /// The venue the plan is for.
    public let venue: Venue
    /// The meeting's roster.
    public let roster: Roster
    /// The planning rules (all defaults when there is no rules file).
    public let rules: PlanningRules
    /// The roster and the hall geometry indexed, when done ahead (``indexed()``).
    private var prepared: (roster: RosterIndex, geometry: HallGeometry)?

    /// Creates a checker for one venue, roster and set of rules.
    public init(venue: Venue, roster: Roster, rules: PlanningRules = PlanningRules()) {
        self.venue = venue
        self.roster = roster
        self.rules = rules
    }

    /// The checker with its venue and roster indexed, so that ``check(_:)`` does only the plan's
    /// work. Indexing a 5,000-seat venue and roster takes some milliseconds: a caller that
    /// knows the roster before the plan (a re-plan) can do it on another thread meanwhile.
    public func indexed() -> PlanChecker {
        var checker = self
        checker.prepared = prepared ?? inParallel(
            { [roster, rules] in RosterIndex(roster, ordering: rules.unitOrder) }, { [venue] in HallGeometry(venue: venue) })
        return checker
    }

    /// Checks a plan against every rule: general (G), rostrum (R), hall (H), banquet (B). The
    /// rule families are independent and run in parallel.
    public func check(_ plan: SeatPlan) -> PlanCheckReport {
        // A re-planned plan carries its standing late changes: blocked seats and late pins.
        let venue = plan.changes.map { self.venue.blocking($0.blocked) } ?? self.venue
        let rules = plan.changes.map { self.rules.addingPins($0.pins) } ?? self.rules
        // The hall geometry does not depend on which seats are blocked.
        let (context, geometry) = inParallel(
            { [prepared, roster, unitOrder = self.rules.unitOrder] in
                let index = prepared?.roster ?? RosterIndex(roster, ordering: unitOrder)
                return CheckContext(index: index, venue: venue, roster: roster, rules: rules, plan: plan)
            },
            { [prepared, unblocked = self.venue] in prepared?.geometry ?? HallGeometry(venue: unblocked) })
        let hasHall = venue.hall != nil
        let families: [@Sendable () -> (violations: [PlanViolation], unitSplits: Int)] = [
            { (GeneralRules(context: context, plan: plan).violations(), 0) },
            { (RostrumRules(context: context).violations(), 0) },
            { hasHall ? (HallSeatRules(context: context).violations(), 0) : ([], 0) },
            { hasHall ? HallOrderRules(context: context, geometry: geometry).check() : ([], 0) },
            { (KeepGroupRules(context: context, geometry: geometry).violations(), 0) },
            { BanquetRules(context: context).check() },
        ]
        let outcomes = inParallel(families)
        return PlanCheckReport(
            violations: outcomes.flatMap(\.violations), unitSplits: outcomes.map(\.unitSplits).reduce(0, +),
            checkedAttendees: context.line.count)
    }
}
