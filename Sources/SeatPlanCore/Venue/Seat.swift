/// One physical seat of a venue (hall or table). Rostrum chairs are placed per occupancy and
/// are described by ``RostrumSlot`` instead.
public struct Seat: Sendable, Hashable, Identifiable {
    /// Stable id built from what is printed on the pass, so editing other rows, floors or tables
    /// never changes it: `h<floor>-<row>-<number>` in the hall, `t<table>-<position>` at a table.
    public let id: String
    /// Hall or banquet (table) seat.
    public let area: SeatArea
    /// Chinese label as printed: "一楼 3排15号", "主桌 3号".
    public let label: String
    /// English label: "Floor 1, Row 3, Seat 15", "Table 主桌, Seat 3".
    public let englishLabel: String
    /// Floor number (1 = ground floor) for hall seats.
    public let floor: Int?
    /// Row number (1 = front) for hall seats.
    public let row: Int?
    /// The seat number as printed.
    public let number: String
    /// The block (section between aisles) for hall seats, e.g. "中区".
    public let block: String?
    /// The table's name for table seats.
    public let table: String?
    /// Position at the table: 1 = the host seat, then round the table to the host's right.
    public let position: Int?
    /// The zones the seat belongs to, in the venue file's order (a seat may be in several,
    /// e.g. `members` and `accessible`).
    public let zones: [String]
    /// Why the seat must not be used (pillar, camera, broken), or `nil` when it is usable.
    public let unavailableReason: String?
    /// Metres to the audience's right of the stage centre line.
    public let x: Double
    /// Metres away from the stage edge.
    public let y: Double

    /// Whether the seat may be assigned.
    public var isAvailable: Bool { unavailableReason == nil }

    /// Whether the seat is in the named zone.
    public func isIn(zone: String) -> Bool { zones.contains(zone) }
}
