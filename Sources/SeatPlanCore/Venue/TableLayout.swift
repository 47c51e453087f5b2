/// The shape of a table.
public enum TableShape: String, Sendable, Equatable, CaseIterable {
    /// A round banquet table.
    case round
    /// A rectangular table (long side along x).
    case rect
    /// An oval conference table (long axis along x).
    case oval
}

/// A point on the venue's floor plan, in metres.
public struct FloorPoint: Sendable, Equatable {
    /// Metres to the audience's right of the centre line (to the right on the plan).
    public var x: Double
    /// Metres away from the front (stage) wall.
    public var y: Double

    /// Creates a point.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// Distance to another point.
    public func distance(to other: FloorPoint) -> Double {
        ((x - other.x) * (x - other.x) + (y - other.y) * (y - other.y)).squareRoot()
    }
}

/// One table of a banquet room or boardroom.
public struct Table: Sendable, Equatable {
    /// The table's name, unique in the venue: "主桌", "1", "2", …
    public var name: String
    /// Round, rect or oval.
    public var shape: TableShape
    /// Number of seats round it.
    public var seats: Int
    /// The table's centre.
    public var centre: FloorPoint
    /// Extent along x in metres (the diameter of a round table).
    public var length: Double
    /// Extent along y in metres (the diameter of a round table).
    public var width: Double
    /// The line of the venue file that defines it.
    public var line: Int?

    /// The label prefix printed for the table: "主桌", or "5号桌" for a numbered table.
    public var printedName: String {
        name.allSatisfy(\.isNumber) ? "\(name)号桌" : name
    }
}

/// The tables of a banquet room or boardroom, with the door that orients every host seat.
public struct TableLayout: Sendable, Equatable {
    /// The tables in file order (grids expanded).
    public var tables: [Table]
    /// The main table's name.
    public var mainTable: String
    /// Where the door is: each host sits facing it (B3.2).
    public var door: FloorPoint

    /// The main table.
    public var main: Table? { tables.first { $0.name == mainTable } }
}

/// A breakout (discussion) room.
public struct Room: Sendable, Equatable {
    /// The room's name, e.g. "第一讨论室".
    public var name: String
    /// How many people it holds.
    public var capacity: Int
    /// The floor it is on, if given.
    public var floor: Int?
}
