/// A meeting venue: where people can sit.
///
/// The engine's frame: x in metres grows to the audience's right of the stage centre line,
/// y in metres grows away from the stage edge; rostrum rows have y < 0.
public struct Venue: Sendable, Equatable {
    /// The venue's name as printed on charts.
    public var name: String
    /// The rostrum (主席台), if the venue has one.
    public var rostrum: Rostrum?
    /// The file the venue was read from.
    public var source: String

    /// Creates a venue.
    public init(name: String, rostrum: Rostrum?, source: String) {
        self.name = name
        self.rostrum = rostrum
        self.source = source
    }
}

/// The rostrum: rows of chairs facing the audience, front row first.
///
/// Rostrum chairs are placed for the people who sit there, centred on the stage centre line, so
/// a row has a capacity and a chair spacing rather than fixed chair positions.
public struct Rostrum: Sendable, Equatable {
    /// The rows, front (row 1, nearest the audience) first.
    public var rows: [RostrumRow]

    /// Creates a rostrum.
    public init(rows: [RostrumRow]) {
        self.rows = rows
    }

    /// Seats on all rows together.
    public var capacity: Int { rows.reduce(0) { $0 + $1.capacity } }
}

/// One rostrum row.
public struct RostrumRow: Sendable, Equatable {
    /// 1 for the front row, then 2, 3, … going back.
    public var number: Int
    /// How many chairs fit in the row.
    public var capacity: Int
    /// Distance between chair centres, in metres.
    public var spacing: Double
    /// The row's y coordinate in metres (negative: on the stage).
    public var y: Double

    /// Creates a rostrum row.
    public init(number: Int, capacity: Int, spacing: Double, y: Double) {
        self.number = number
        self.capacity = capacity
        self.spacing = spacing
        self.y = y
    }
}
