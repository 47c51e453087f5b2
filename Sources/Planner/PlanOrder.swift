import SeatPlanCore

/// The order plans list their assignments in: rostrum, then hall, then tables; by precedence,
/// then attendee id, within each.
enum PlanOrder {
    private static let areaOrder: [SeatArea: Int] = [.rostrum: 0, .hall: 1, .banquet: 2]

    /// `assignments` in plan order.
    static func sorted(_ assignments: [SeatAssignment]) -> [SeatAssignment] {
        assignments.sorted { lhs, rhs in
            ((areaOrder[lhs.area] ?? 3), lhs.precedence, lhs.attendee) < (
                (areaOrder[rhs.area] ?? 3), rhs.precedence, rhs.attendee
            )
        }
    }
}
