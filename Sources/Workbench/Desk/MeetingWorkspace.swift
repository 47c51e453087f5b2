import ExchangeBridge
import PlanningPipeline
import SeatPlanCore

/// A meeting as the workbench works on it: its setup read into a venue and a pipeline.
struct MeetingWorkspace: Sendable {
    /// The meeting.
    let meeting: Meeting
    /// What it is planned with.
    let setup: MeetingSetup
    /// The venue, read from the setup's file.
    let venue: Venue
    /// Plan, re-plan and check for this venue.
    let pipeline: MeetingPipeline

    /// The store's id, as the API writes it.
    var id: Int64 { meeting.id.rawValue }
}
