import Optimization
import PlanCheck
import Planner
import SeatPlanCore

/// The layer above the planner and the checker that `seatplan` (and the coming server) calls:
/// plan → check → stamp quality, re-plan → check → record changes, and check alone.
///
/// ```swift
/// let pipeline = MeetingPipeline(venue: venue, rules: rules)
/// let planned = try await pipeline.plan(roster, meeting: "市人代会")
/// print(planned.plan.quality.protocolViolations, planned.report.summary)
/// let reseated = try await pipeline.reseat(planned.plan, changes: changes, roster: roster)
/// ```
///
/// The planners are synchronous GLPK work (GLPK's environment is per thread, so a solve runs
/// in one call with no suspension); the checker's indexing runs beside them as a child task,
/// and the checker's rule families run concurrently.
public struct MeetingPipeline: Sendable {
    /// The venue.
    public let venue: Venue
    /// The rules (protocol, planning settings and late-change policies).
    public let rules: PlanningRules
    /// Optimal packing, or the greedy baseline.
    public let strategy: PackingStrategy

    /// Creates a pipeline for one venue and set of rules.
    public init(venue: Venue, rules: PlanningRules = PlanningRules(), strategy: PackingStrategy = .optimal) {
        self.venue = venue
        self.rules = rules
        self.strategy = strategy
    }

    /// Plans the roster, checks the plan with the independent checker and stamps the
    /// violations, unit splits and time taken into its quality.
    ///
    /// - Throws: ``PlanningError`` when the rules cannot be applied to this venue and roster.
    public func plan(_ roster: Roster, meeting: String? = nil, options: SolveOptions = SolveOptions()) async throws
        -> PlannedMeeting
    {
        let clock = ContinuousClock()
        let start = clock.now
        // The checker indexes the roster and the hall while the planner works.
        async let checker = PlanChecker(venue: venue, roster: roster, rules: rules).prepared()
        var plan = try MeetingPlanner(venue: venue, rules: rules, strategy: strategy).plan(
            roster, meeting: meeting, options: options)
        let report = await checker.check(plan)
        plan.quality = QualityStamp(report: report, elapsed: clock.now - start).checked(plan.quality)
        return PlannedMeeting(plan: plan, report: report)
    }

    /// Re-plans `plan` after late changes with the fewest moves, checks the new plan and
    /// records its change log and quality once.
    ///
    /// - Parameters:
    ///   - roster: the meeting's roster when at hand; otherwise the people are rebuilt from the plan.
    /// - Throws: ``ChangeSetError`` when any change is wrong (nothing is applied), or
    ///   ``PlanningError`` when the plan does not fit the venue or cannot be re-planned.
    public func reseat(
        _ plan: SeatPlan, changes operations: [ChangeOperation], roster: Roster? = nil,
        options: SolveOptions = SolveOptions()
    ) async throws -> ReseatResult {
        let clock = ContinuousClock()
        let start = clock.now
        let reseater = Reseater(venue: venue, rules: rules)
        let request = try reseater.prepare(plan, changes: operations, roster: roster)
        // The checker indexes the new roster and the hall while the re-plan runs.
        async let checker = PlanChecker(venue: venue, roster: request.roster, rules: rules).prepared()
        let replan = try reseater.reseat(request, options: options)
        // The change log is worked out while the new plan is checked.
        async let recorded = replan.recordedChanges()
        let report = await checker.check(replan.plan)
        let changes = await recorded
        var new = replan.plan
        new.changes = changes
        new.quality = QualityStamp(report: report, elapsed: clock.now - start).reseated(with: changes)
        return ReseatResult(plan: new, roster: replan.roster, report: report)
    }

    /// Checks a plan against every rule with the independent checker.
    ///
    /// - Parameters:
    ///   - roster: the meeting's roster, or the people recorded in the plan
    ///     (``PlanRoster/roster(source:encoding:)``).
    public func check(_ plan: SeatPlan, roster: Roster) async -> PlanCheckReport {
        await PlanChecker(venue: venue, roster: roster, rules: rules).check(plan)
    }
}
