/// How seats in a hall row are numbered.
public enum SeatNumbering: String, Sendable, Equatable, CaseIterable {
    /// 1 at the centre, odd numbers on one side, even on the other (单双号), as Chinese halls number them.
    case oddEven = "odd_even"
    /// 1, 2, 3 … from left to right as the audience sees it.
    case sequential
}

/// Which side of the centre line gets the odd numbers under ``SeatNumbering/oddEven``.
public enum Side: String, Sendable, Equatable, CaseIterable {
    /// The audience's left (x < 0).
    case left
    /// The audience's right (x > 0).
    case right
}

/// A floor of a hall as described in the venue file: blocks between aisles and rows of seats.
public struct HallFloor: Sendable, Equatable {
    /// 1 = ground floor, 2 = first balcony, …
    public var number: Int
    /// The name printed in labels, e.g. "一楼".
    public var name: String
    /// The blocks from the audience's left to right.
    public var blocks: [String]
    /// The rows, front first.
    public var rows: [HallRow]
    /// y of row 1 in metres from the stage edge.
    public var front: Double
    /// Distance between row centres, metres.
    public var rowDepth: Double
    /// Distance between seat centres, metres.
    public var seatWidth: Double
    /// Width of each aisle between blocks, metres.
    public var aisleWidth: Double
    /// Radius in metres of the arc the rows follow (centred behind the stage), or `nil` for straight rows.
    public var curveRadius: Double?
    /// Whether every second row is shifted by half a seat for sightlines.
    public var stagger: Bool
    /// How seats are numbered.
    public var numbering: SeatNumbering
    /// The side that gets odd numbers under odd/even numbering.
    public var oddSide: Side
    /// The entrance (入口) printed on passes for this floor's seats (the floor's `entrance`, else
    /// the hall's), or `nil` when the venue file names none.
    public var entrance: String?
    /// Entrances of single blocks (the floor's `entrances`), block name → entrance; they win over
    /// ``entrance``.
    public var blockEntrances: [String: String] = [:]
}

/// One hall row: its number and how many seats each block has in it.
public struct HallRow: Sendable, Equatable {
    /// The row number printed on passes (1 = front).
    public var number: Int
    /// Seats per block, from the audience's left (0 = the block has no seats in this row).
    public var seatsPerBlock: [Int]
    /// The line of the venue file that defines the row, for error messages.
    public var line: Int?
}

/// A named set of hall seats, chosen by floor, rows, blocks and explicit seats.
public struct ZoneSelector: Sendable, Equatable {
    /// The zone's name, e.g. `members`.
    public var name: String
    /// Floors, or `nil` for all.
    public var floors: [Int]?
    /// Row numbers, or `nil` for all.
    public var rows: [Int]?
    /// Block names, or `nil` for all.
    public var blocks: [String]?
    /// Explicit seats as "row-number" on the selected floors.
    public var seats: [String]?
    /// The line of the venue file that defines the zone.
    public var line: Int?
}

/// Hall seats that must not be used, and why.
public struct UnavailableSeats: Sendable, Equatable {
    /// Which seats (same selection rules as zones).
    public var selector: ZoneSelector
    /// Why, e.g. "立柱" (pillar), "摄像机位" (camera position).
    public var reason: String
}

/// A hall: floors of rows, zones and unavailable seats.
public struct Hall: Sendable, Equatable {
    /// The floors, lowest first.
    public var floors: [HallFloor]
    /// The zones in file order.
    public var zones: [ZoneSelector]
    /// Seats not to be used.
    public var unavailable: [UnavailableSeats]
}
