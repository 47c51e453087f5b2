import SeatPlanCore

/// Someone placed by one of the area planners.
struct PlacedAttendee: Sendable {
    let attendee: Attendee
    let seat: SeatReference
}

/// A seat of any area: a venue seat or a rostrum chair.
enum SeatReference: Sendable {
    case venue(Seat)
    case rostrum(RostrumSlot)
}

/// What an area planner (rostrum, hall, banquet) returns; ``MeetingPlanner`` absorbs them into one plan.
struct AreaPlan: Sendable {
    var placed: [PlacedAttendee] = []
    var unseated: [UnseatedAttendee] = []
    var splits = 0
    var objective = 0.0
    var bound = 0.0
    var status = PlanStatus.optimal
    var notes: [String] = []

    mutating func absorb(_ other: AreaPlan) {
        placed += other.placed
        unseated += other.unseated
        splits += other.splits
        objective += other.objective
        bound += other.bound
        notes += other.notes
        status = status.combined(with: other.status)
    }
}
