import Foundation
import Synchronization

/// A meeting venue: where people can sit.
///
/// The engine's frame: x in metres grows to the audience's right of the stage centre line,
/// y in metres grows away from the stage edge; rostrum rows have y < 0. Banquet rooms and
/// boardrooms use the same frame with the front wall as y = 0.
public struct Venue: Sendable, Equatable {
    /// The venue's name as printed on charts.
    public var name: String
    /// The venue's English name, if given.
    public var englishName: String?
    /// The rostrum (主席台), if the venue has one.
    public var rostrum: Rostrum?
    /// The hall (auditorium) description, if the venue has one.
    public var hall: Hall?
    /// The banquet or boardroom tables, if any.
    public var tables: TableLayout?
    /// Breakout rooms.
    public var rooms: [Room]
    /// Every hall and table seat, expanded from the description (rostrum chairs are placed per
    /// occupancy; see ``RostrumLayout``).
    public var seats: [Seat] {
        didSet { seatIndex = SeatIndex() }
    }
    /// The file the venue was read from.
    public var source: String

    /// Creates a venue.
    public init(
        name: String, englishName: String? = nil, rostrum: Rostrum?, hall: Hall? = nil, tables: TableLayout? = nil,
        rooms: [Room] = [], seats: [Seat] = [], source: String
    ) {
        self.name = name
        self.englishName = englishName
        self.rostrum = rostrum
        self.hall = hall
        self.tables = tables
        self.rooms = rooms
        self.seats = seats
        self.source = source
    }

    /// Seat id → position in ``seats``, built on first use and shared by copies of the venue.
    private var seatIndex = SeatIndex()

    /// Seat id → position in ``seats`` (the first, should ids repeat). Take it once for many
    /// lookups: each access goes through a lock.
    public var seatPositions: [String: Int] {
        seatIndex.positions(of: seats)
    }

    /// The position in ``seats`` of the seat with the given id (the first, should ids repeat).
    public func seatPosition(id: String) -> Int? {
        seatPositions[id]
    }

    /// The seat with the given id.
    public func seat(id: String) -> Seat? {
        seatPosition(id: id).map { seats[$0] }
    }

    /// The venue with the same seats (same ids, same order) in new states, keeping the index.
    func replacingSeats(_ transform: (Seat) -> Seat) -> Venue {
        var venue = self
        venue.seats = seats.map(transform)
        venue.seatIndex = seatIndex
        return venue
    }

    /// Every hall and table seat from most to least honoured under `rules`: hall seats by A2.3,
    /// then tables by B3.1, each table's seats host, second host, then guests (B3.2–B3.4).
    /// Rostrum chairs depend on how many sit there: see ``RostrumLayout/slots(for:occupancy:rules:)``.
    public func seatPrecedence(rules: ProtocolRules = ProtocolRules()) -> [Seat] {
        var ordered = HallPrecedence.ordered(seats.filter { $0.area == .hall }, rules: rules)
        if let tables {
            let byTable = Dictionary(grouping: seats.filter { $0.area == .banquet }) { $0.table ?? "" }
            for table in TablePrecedence.orderedTables(tables) {
                ordered += TablePrecedence.seating(byTable[table.name] ?? [], rules: rules)?.ordered ?? []
            }
        }
        return ordered
    }
}

/// A venue's seat ids → positions, built once on first use (thread-safe) and shared by copies
/// of the venue. A cache: it takes no part in equality.
private final class SeatIndex: Sendable, Equatable {
    private let built = Mutex<[String: Int]?>(nil)

    func positions(of seats: [Seat]) -> [String: Int] {
        built.withLock { built in
            if let built { return built }
            var positions: [String: Int] = [:]
            positions.reserveCapacity(seats.count)
            for (position, seat) in seats.enumerated() where positions[seat.id] == nil { positions[seat.id] = position }
            built = positions
            return positions
        }
    }

    static func == (lhs: SeatIndex, rhs: SeatIndex) -> Bool { true }
}

/// The rostrum: rows of chairs facing the audience, front row first.
///
/// Rostrum chairs are placed for the people who sit there, centred on the stage centre line, so
/// a row has a capacity and a chair spacing rather than fixed chair positions.
public struct Rostrum: Sendable, Equatable {
    /// The rows, front (row 1, nearest the audience) first.
    public var rows: [RostrumRow]
    /// The entrance (入口) printed on the passes of people seated on the rostrum (e.g. 贵宾通道),
    /// or `nil` when the venue file names none.
    public var entrance: String?

    /// Creates a rostrum.
    public init(rows: [RostrumRow], entrance: String? = nil) {
        self.rows = rows
        self.entrance = entrance
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
