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

    /// Creates a checker for one venue, roster and set of rules.
    public init(venue: Venue, roster: Roster, rules: PlanningRules = PlanningRules()) {
        self.venue = venue
        self.roster = roster
        self.rules = rules
    }

    /// Checks a plan against every rule: general (G), rostrum (R), hall (H), banquet (B).
    public func check(_ plan: SeatPlan) -> PlanCheckReport {
        // A re-planned plan carries its standing late changes: blocked seats and late pins.
        let venue = plan.changes.map { self.venue.blocking($0.blocked) } ?? self.venue
        let rules = plan.changes.map { self.rules.addingPins($0.pins) } ?? self.rules
        let context = CheckContext(venue: venue, roster: roster, rules: rules, plan: plan)
        var violations = GeneralRules(context: context, plan: plan).violations()
        violations += RostrumRules(context: context).violations()
        var splits = 0
        if venue.hall != nil {
            let geometry = HallGeometry(venue: venue)
            violations += HallSeatRules(context: context).violations()
            let order = HallOrderRules(context: context, geometry: geometry).check()
            violations += order.violations
            splits += order.unitSplits
            violations += GroupingRules(context: context, geometry: geometry).violations()
        } else {
            violations += GroupingRules(context: context, geometry: HallGeometry(venue: venue)).violations()
        }
        let banquet = BanquetRules(context: context).check()
        violations += banquet.violations
        splits += banquet.unitSplits
        return PlanCheckReport(violations: violations, unitSplits: splits, checkedAttendees: context.line.count)
    }
}
