/// The hall zone `accessible` (docs/planning-rules.md H2, "Reserved seats"): when the venue
/// defines it and someone is tagged ``RosterTag/accessible``, its seats are kept for them.
public enum AccessibleZone {
    /// The zone's name in venue files.
    public static let name = "accessible"
}

extension Seat {
    /// Whether the seat is in the hall zone `accessible`.
    public var isInAccessibleZone: Bool { isIn(zone: AccessibleZone.name) }
}

extension Venue {
    /// Whether the venue's hall defines the zone `accessible`.
    public var hasAccessibleZone: Bool { hall?.zones.contains { $0.name == AccessibleZone.name } == true }
}
