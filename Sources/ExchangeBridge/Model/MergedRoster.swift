import SeatPlanCore

/// The merged roster of a meeting (`pull`): the latest readable submission of every unit,
/// accepted rows only.
public struct MergedRoster: Sendable, Equatable {
    /// The attendees in official unit order, then line order within each unit's file.
    public var attendees: [Attendee]
    /// Units whose rows are included.
    public var unitCount: Int
    /// Rejected rows of those submissions, left out.
    public var rejectedCount: Int
    /// Units without a readable submission (nothing of theirs is included).
    public var unitsWithoutRoster: [String]

    /// Every stored property, as given (the memberwise initializer, for the package's backends).
    package init(attendees: [Attendee], unitCount: Int, rejectedCount: Int, unitsWithoutRoster: [String]) {
        self.attendees = attendees
        self.unitCount = unitCount
        self.rejectedCount = rejectedCount
        self.unitsWithoutRoster = unitsWithoutRoster
    }
}
