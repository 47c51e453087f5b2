/// One physical seat of a venue (hall or table). Rostrum chairs are placed per occupancy and
/// are described by ``RostrumSlot`` instead.
///
/// A seat is a value; its fields live in one shared immutable box (``CopyOnWrite``), so that
/// copying a seat (the planner and checker pass thousands around) costs one reference count, not
/// one per field. Its fields read as members of the seat: `seat.label`, `seat.floor`.
@dynamicMemberLookup
public struct Seat: Sendable, Hashable, Identifiable {
    /// The fields of a seat.
    public struct Fields: Sendable, Equatable {
        /// Stable id built from what is printed on the pass, so editing other rows, floors or
        /// tables never changes it: `h<floor>-<row>-<number>` in the hall, `t<table>-<position>`
        /// at a table.
        public internal(set) var id: String
        /// Hall or banquet (table) seat.
        public internal(set) var area: SeatArea
        /// Chinese label as printed: "一楼 3排15号", "主桌 3号".
        public internal(set) var label: String
        /// English label: "Floor 1, Row 3, Seat 15", "Table 主桌, Seat 3".
        public internal(set) var englishLabel: String
        /// Floor number (1 = ground floor) for hall seats.
        public internal(set) var floor: Int?
        /// Row number (1 = front) for hall seats.
        public internal(set) var row: Int?
        /// The seat number as printed.
        public internal(set) var number: String
        /// The block (section between aisles) for hall seats, e.g. "中区".
        public internal(set) var block: String?
        /// The table's name for table seats.
        public internal(set) var table: String?
        /// Position at the table: 1 = the host seat, then round the table to the host's right.
        public internal(set) var position: Int?
        /// The zones the seat belongs to, in the venue file's order (a seat may be in several,
        /// e.g. `members` and `accessible`).
        public internal(set) var zones: [String]
        /// Why the seat must not be used (pillar, camera, broken), or `nil` when it is usable.
        public internal(set) var unavailableReason: String?
        /// Metres to the audience's right of the stage centre line.
        public internal(set) var x: Double
        /// Metres away from the stage edge.
        public internal(set) var y: Double
    }

    @usableFromInline
    let fields: CopyOnWrite<Fields>

    /// The seat's stable id (see ``Fields/id``).
    public var id: String { fields.id }

    /// A field of the seat (see ``Fields``).
    @inlinable
    public subscript<Member>(dynamicMember keyPath: KeyPath<Fields, Member>) -> Member {
        fields[dynamicMember: keyPath]
    }

    /// Creates a seat (venue expansion builds them).
    init(
        id: String, area: SeatArea, label: String, englishLabel: String, floor: Int?, row: Int?, number: String,
        block: String?, table: String?, position: Int?, zones: [String], unavailableReason: String?, x: Double,
        y: Double
    ) {
        fields = CopyOnWrite(
            Fields(
                id: id, area: area, label: label, englishLabel: englishLabel, floor: floor, row: row, number: number,
                block: block, table: table, position: position, zones: zones, unavailableReason: unavailableReason,
                x: x, y: y))
    }

    /// A seat with these fields.
    init(_ fields: Fields) {
        self.fields = CopyOnWrite(fields)
    }

    /// Whether the seat may be assigned.
    public var isAvailable: Bool { fields.unavailableReason == nil }

    /// Whether the seat is in the named zone.
    public func isIn(zone: String) -> Bool { fields.zones.contains(zone) }

    /// Equal when every field is.
    public static func == (lhs: Seat, rhs: Seat) -> Bool { lhs.fields == rhs.fields }

    /// Hashes the id and position.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(fields.x)
        hasher.combine(fields.y)
    }
}
