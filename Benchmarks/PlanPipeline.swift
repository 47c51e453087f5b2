import Planner
import PlanningPipeline
import SeatPlanCore

/// Plans as `seatplan plan` does: plan, check, stamp the quality.
enum PlanPipeline {
    static func plan(venue: Venue, roster: Roster, strategy: PackingStrategy = .optimal) async throws -> SeatPlan {
        try await MeetingPipeline(venue: venue, strategy: strategy).plan(roster).plan
    }
}
