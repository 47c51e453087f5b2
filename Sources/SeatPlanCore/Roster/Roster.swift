/// The people of one meeting, as read from a roster file.
public struct Roster: Sendable, Equatable {
    /// The attendees in file order.
    public var attendees: [Attendee]
    /// Where the roster came from (a path or a description).
    public var source: String
    /// The encoding the file was in.
    public var encoding: TextEncoding

    /// Creates a roster.
    public init(attendees: [Attendee], source: String, encoding: TextEncoding = .utf8) {
        self.attendees = attendees
        self.source = source
        self.encoding = encoding
    }

    /// The attendees with a given role.
    public func attendees(withRole role: Role) -> [Attendee] {
        attendees.filter { $0.role == role }
    }

    /// The distinct units in official order.
    public var unitsInOfficialOrder: [String] {
        var seen: [String: Int] = [:]
        for attendee in attendees where seen[attendee.unit] == nil { seen[attendee.unit] = attendee.unitOrder }
        return seen.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map(\.key)
    }
}
