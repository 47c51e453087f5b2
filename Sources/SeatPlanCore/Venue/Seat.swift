/// One physical seat of a venue (hall or table). Rostrum chairs are placed per occupancy and
/// are described by ``RostrumSlot`` instead.
///
/// A seat is a value; its fields live in one shared immutable box, so that copying a seat (the
/// planner and checker pass thousands around) costs one reference count, not one per field.
public struct Seat: Sendable, Hashable, Identifiable {
    private let storage: Storage

    /// Stable id built from what is printed on the pass, so editing other rows, floors or tables
    /// never changes it: `h<floor>-<row>-<number>` in the hall, `t<table>-<position>` at a table.
    public var id: String { storage.id }
    /// Hall or banquet (table) seat.
    public var area: SeatArea { storage.area }
    /// Chinese label as printed: "一楼 3排15号", "主桌 3号".
    public var label: String { storage.label }
    /// English label: "Floor 1, Row 3, Seat 15", "Table 主桌, Seat 3".
    public var englishLabel: String { storage.englishLabel }
    /// Floor number (1 = ground floor) for hall seats.
    public var floor: Int? { storage.floor }
    /// Row number (1 = front) for hall seats.
    public var row: Int? { storage.row }
    /// The seat number as printed.
    public var number: String { storage.number }
    /// The block (section between aisles) for hall seats, e.g. "中区".
    public var block: String? { storage.block }
    /// The table's name for table seats.
    public var table: String? { storage.table }
    /// Position at the table: 1 = the host seat, then round the table to the host's right.
    public var position: Int? { storage.position }
    /// The zones the seat belongs to, in the venue file's order (a seat may be in several,
    /// e.g. `members` and `accessible`).
    public var zones: [String] { storage.zones }
    /// Why the seat must not be used (pillar, camera, broken), or `nil` when it is usable.
    public var unavailableReason: String? { storage.unavailableReason }
    /// Metres to the audience's right of the stage centre line.
    public var x: Double { storage.x }
    /// Metres away from the stage edge.
    public var y: Double { storage.y }

    /// Creates a seat (venue expansion builds them).
    init(id: String, area: SeatArea, label: String, englishLabel: String, floor: Int?, row: Int?, number: String, block: String?, table: String?, position: Int?, zones: [String], unavailableReason: String?, x: Double, y: Double) {
        storage = Storage(id: id, area: area, label: label, englishLabel: englishLabel, floor: floor, row: row, number: number, block: block, table: table, position: position, zones: zones, unavailableReason: unavailableReason, x: x, y: y)
    }

    /// Whether the seat may be assigned.
    public var isAvailable: Bool { unavailableReason == nil }

    /// Whether the seat is in the named zone.
    public func isIn(zone: String) -> Bool { zones.contains(zone) }

    public static func == (lhs: Seat, rhs: Seat) -> Bool {
        lhs.storage === rhs.storage || (lhs.id == rhs.id && lhs.area == rhs.area && lhs.label == rhs.label && lhs.englishLabel == rhs.englishLabel && lhs.floor == rhs.floor && lhs.row == rhs.row && lhs.number == rhs.number && lhs.block == rhs.block && lhs.table == rhs.table && lhs.position == rhs.position && lhs.zones == rhs.zones && lhs.unavailableReason == rhs.unavailableReason && lhs.x == rhs.x && lhs.y == rhs.y)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(x)
        hasher.combine(y)
    }

    /// The fields, shared between copies.
    private final class Storage: Sendable {
        let id: String
        let area: SeatArea
        let label: String
        let englishLabel: String
        let floor: Int?
        let row: Int?
        let number: String
        let block: String?
        let table: String?
        let position: Int?
        let zones: [String]
        let unavailableReason: String?
        let x: Double
        let y: Double

        init(id: String, area: SeatArea, label: String, englishLabel: String, floor: Int?, row: Int?, number: String, block: String?, table: String?, position: Int?, zones: [String], unavailableReason: String?, x: Double, y: Double) {
            self.id = id
            self.area = area
            self.label = label
            self.englishLabel = englishLabel
            self.floor = floor
            self.row = row
            self.number = number
            self.block = block
            self.table = table
            self.position = position
            self.zones = zones
            self.unavailableReason = unavailableReason
            self.x = x
            self.y = y
        }
    }
}
