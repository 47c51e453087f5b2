import Optimization
import Planner
import SeatPlanCore

/// Plan, then check independently and record the result in the plan's quality.
enum PlanWorkflow {
    static func plan(_ inputs: PlanInputs, meeting: String? = nil, options: SolveOptions = SolveOptions()) throws -> SeatPlan {
        try MeetingPlanner(venue: inputs.venue, rules: inputs.rules).plan(inputs.roster, meeting: meeting, options: options)
    }
}
