import PlanCheck
import SeatPlanCore

/// A checked plan (``MeetingPipeline/plan(_:meeting:options:)``).
public struct PlannedMeeting: Sendable {
    /// The plan, its quality stamped with the checker's findings.
    public let plan: SeatPlan
    /// What the independent checker found.
    public let report: PlanCheckReport

    /// Creates a checked plan.
    public init(plan: SeatPlan, report: PlanCheckReport) {
        self.plan = plan
        self.report = report
    }
}
