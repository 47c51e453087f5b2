import SeatPlanCore

/// The independent plan checker (`seatplan check`): recomputes every rule of
/// docs/planning-rules.md from the venue, the roster, the rules and the plan alone, never from
/// the planner's internals.
///
/// ```swift
/// let report = await PlanChecker(venue: venue, roster: roster, rules: rules).check(plan)
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

    /// Checks a plan against every rule: general (G), rostrum (R), hall (H), banquet (B). The
    /// rule families are independent and run as concurrent child tasks.
    public func check(_ plan: SeatPlan) async -> PlanCheckReport {
        // The hall geometry meanwhile: it depends on neither the roster nor the plan.
        async let geometry = HallGeometry(venue: venue)
        let context = context(for: plan, rosterIndex: RosterIndex(roster, ordering: rules.unitOrder))
        return await report(on: plan, context: context, geometry: geometry)
    }

    /// Indexes the roster and the hall geometry, the part of a check that does not depend on
    /// the plan: a caller that knows the roster before the plan (a re-plan) can do it meanwhile
    /// and then check with ``Prepared/check(_:)``.
    public func prepared() async -> Prepared {
        async let geometry = HallGeometry(venue: venue)
        let rosterIndex = RosterIndex(roster, ordering: rules.unitOrder)
        return Prepared(checker: self, rosterIndex: rosterIndex, geometry: await geometry)
    }

    /// What every rule family shares for one plan.
    func context(for plan: SeatPlan, rosterIndex: RosterIndex) -> CheckContext {
        // A re-planned plan carries its standing late changes: blocked seats and late pins.
        let venue = plan.changes.map { self.venue.blocking($0.blocked) } ?? self.venue
        let rules = plan.changes.map { self.rules.addingPins($0.pins) } ?? self.rules
        return CheckContext(index: rosterIndex, venue: venue, roster: roster, rules: rules, plan: plan)
    }

    /// Runs the six rule families and gathers their findings. The hall geometry does not
    /// depend on which seats the plan blocks.
    func report(on plan: SeatPlan, context: CheckContext, geometry: HallGeometry) async -> PlanCheckReport {
        let families = RuleFamilies(
            context: context, geometry: geometry, plan: plan, hasHall: context.venue.hall != nil)
        let outcomes = await families.run()
        return PlanCheckReport(
            violations: outcomes.flatMap(\.violations), unitSplits: outcomes.map(\.unitSplits).reduce(0, +),
            checkedAttendees: context.line.count)
    }
}

extension PlanChecker {
    /// A checker whose roster and hall geometry are indexed (``PlanChecker/prepared()``), so
    /// that ``check(_:)`` does only the plan's work.
    public struct Prepared: Sendable {
        /// The checker the index was made for.
        public let checker: PlanChecker
        let rosterIndex: RosterIndex
        let geometry: HallGeometry

        /// Checks a plan as ``PlanChecker/check(_:)`` does, reusing the index.
        public func check(_ plan: SeatPlan) async -> PlanCheckReport {
            await checker.report(
                on: plan, context: checker.context(for: plan, rosterIndex: rosterIndex), geometry: geometry)
        }
    }
}
