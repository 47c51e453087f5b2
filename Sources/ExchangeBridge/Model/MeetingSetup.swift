import Foundation

/// What a meeting is planned with besides its rosters: the venue file (kept as text, so the
/// store alone can plan the meeting on any server), the printed date, and the rooms and rules
/// of its discussion groups.
public struct MeetingSetup: Sendable, Equatable {
    /// The venue's name as chosen (a shipped venue such as `municipal-hall`, or a file name).
    public var venueName: String
    /// The venue file's YAML text.
    public var venueYAML: String
    /// The meeting's date as printed (free text).
    public var date: String
    /// The YAML text of the venue holding the discussion rooms, if the meeting has groups.
    public var roomsYAML: String?
    /// The YAML text of the rules for the discussion groups, if the meeting has groups.
    public var groupRulesYAML: String?

    /// Creates a setup.
    public init(
        venueName: String, venueYAML: String, date: String, roomsYAML: String? = nil, groupRulesYAML: String? = nil
    ) {
        self.venueName = venueName
        self.venueYAML = venueYAML
        self.date = date
        self.roomsYAML = roomsYAML
        self.groupRulesYAML = groupRulesYAML
    }
}

/// Conditions a push must meet, checked inside its transaction: the plan version it was made
/// on (optimistic concurrency: a change made on a stale version is refused with
/// ``ExchangeStoreError/Kind/conflict``) and the client's request id (recorded with the new
/// version, so the client can ask after a crash whether its change landed).
public struct PushCondition: Sendable, Equatable {
    /// The version number the change was made on; `nil` pushes whatever is current.
    public var basedOnVersion: Int?
    /// The client's id for this request (at most 100 characters), or `nil`.
    public var requestID: String?

    /// Creates a condition.
    public init(basedOnVersion: Int? = nil, requestID: String? = nil) {
        self.basedOnVersion = basedOnVersion
        self.requestID = requestID
    }

    /// No condition: the push becomes the next version whatever is current (`seatplan push`).
    public static let none = PushCondition()
}
