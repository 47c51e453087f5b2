import SeatPlanCore

/// A plan's assignments looked up by attendee id (the first of a repeated id), without copying
/// them into a dictionary: a re-plan looks up thousands of people.
struct AssignmentIndex: Sendable {
    let assignments: [SeatAssignment]
    private let position: [String: Int]

    init(_ assignments: [SeatAssignment]) {
        self.assignments = assignments
        var position: [String: Int] = [:]
        position.reserveCapacity(assignments.count)
        for (index, assignment) in assignments.enumerated() where position[assignment.attendee] == nil {
            position[assignment.attendee] = index
        }
        self.position = position
    }

    /// The assignment of `attendee`, if they are seated.
    subscript(_ attendee: String) -> SeatAssignment? {
        position[attendee].map { assignments[$0] }
    }

    /// Whether `attendee` is seated.
    func contains(_ attendee: String) -> Bool { position[attendee] != nil }
}
