/// Seat counts of a venue, for `seatplan venue check` and chart legends.
public struct VenueSummary: Sendable, Equatable {
    /// Counts for one floor of the hall.
    public struct Floor: Sendable, Equatable {
        /// Floor number.
        public let number: Int
        /// Floor name, e.g. "一楼".
        public let name: String
        /// Rows on the floor.
        public let rows: Int
        /// Block names from the audience's left.
        public let blocks: [String]
        /// All seats on the floor.
        public let seats: Int
        /// Seats that may be assigned.
        public let available: Int
    }

    /// Available seats in one zone.
    public struct Zone: Sendable, Equatable {
        /// Zone name.
        public let name: String
        /// Seats in the zone.
        public let seats: Int
        /// Of those, seats that may be assigned.
        public let available: Int
    }

    /// Rostrum seats per row, front first.
    public let rostrumRows: [Int]
    /// The hall's floors.
    public let floors: [Floor]
    /// The zones in file order.
    public let zones: [Zone]
    /// Number of tables.
    public let tables: Int
    /// Seats at tables.
    public let tableSeats: Int
    /// The main table's name.
    public let mainTable: String?
    /// Breakout room capacities in file order.
    public let roomCapacities: [Int]

    /// Counts the seats of `venue`.
    public init(_ venue: Venue) {
        rostrumRows = venue.rostrum?.rows.map(\.capacity) ?? []
        let hallSeats = venue.seats.filter { $0.area == .hall }
        floors = (venue.hall?.floors ?? []).map { floor in
            let seats = hallSeats.filter { $0.floor == floor.number }
            return Floor(
                number: floor.number, name: floor.name, rows: floor.rows.count, blocks: floor.blocks,
                seats: seats.count, available: seats.filter(\.isAvailable).count)
        }
        zones = (venue.hall?.zones.map(\.name).uniqued() ?? []).map { name in
            let seats = hallSeats.filter { $0.isIn(zone: name) }
            return Zone(name: name, seats: seats.count, available: seats.filter(\.isAvailable).count)
        }
        tables = venue.tables?.tables.count ?? 0
        tableSeats = venue.seats.filter { $0.area == .banquet }.count
        mainTable = venue.tables?.mainTable
        roomCapacities = venue.rooms.map(\.capacity)
    }
}
