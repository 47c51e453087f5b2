import PlanCheck
import SeatPlanCore

/// A checked re-plan (``MeetingPipeline/reseat(_:changes:roster:options:)``).
public struct ReseatResult: Sendable {
    /// The new plan, with its ``SeatPlan/changes`` (standing facts and change log) and quality.
    public let plan: SeatPlan
    /// The attendees after the changes, which is what `seatplan check` needs for the new plan.
    public let roster: Roster
    /// What the independent checker found in the new plan.
    public let report: PlanCheckReport

    /// Creates a checked re-plan.
    public init(plan: SeatPlan, roster: Roster, report: PlanCheckReport) {
        self.plan = plan
        self.roster = roster
        self.report = report
    }
}
