import Planner
import SeatPlanCore

/// Plans as `seatplan plan` does.
enum PlanPipeline {
    static func plan(venue: Venue, roster: Roster) throws -> SeatPlan {
        try MeetingPlanner(venue: venue).plan(roster)
    }
}
