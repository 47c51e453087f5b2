import SeatPlanCore

/// What changed between two stored plan versions of a meeting.
public struct PlanVersionDiff: Sendable, Equatable {
    /// The older version number.
    public var from: Int
    /// The newer version number.
    public var to: Int
    /// People seated in both versions on different seats.
    public var moved: [SeatMove]
    /// People seated in `to` only.
    public var seated: [SeatChange]
    /// People seated in `from` only.
    public var unseated: [SeatChange]

    /// A difference as a store backend reports it.
    package init(from: Int, to: Int, moved: [SeatMove], seated: [SeatChange], unseated: [SeatChange]) {
        self.from = from
        self.to = to
        self.moved = moved
        self.seated = seated
        self.unseated = unseated
    }
}
