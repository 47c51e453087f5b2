import SeatPlanCore
import Testing

/// docs/protocol.md §3 on venues built from YAML.
@Suite("Banquet precedence (docs/protocol.md §3)")
struct BanquetPrecedenceTests {
    static func venue(_ tables: String, door: String = "{x: 0, y: 20}", main: String = "主桌") throws -> Venue {
        try VenueFile.parse("name: 宴会厅\ndoor: \(door)\nmain_table: \(main)\ntables:\n\(tables)", file: "banquet.yaml")
    }

    @Test("B3.1: three tables in a row rank centre, right, left (right as seen from the main seat facing the room)")
    func threeInARow() throws {
        let venue = try Self.venue(
            """
              - {name: 主桌, seats: 10, x: 0, y: 5}
              - {name: 甲, seats: 10, x: -4, y: 5}
              - {name: 乙, seats: 10, x: 4, y: 5}
            """)
        let order = TablePrecedence.orderedTables(try #require(venue.tables)).map(\.name)
        // The main seat faces the door (+y), so its right hand points to x < 0.
        #expect(order == ["主桌", "甲", "乙"])
    }

    @Test("B3.1: nearer the main table ranks higher")
    func nearerFirst() throws {
        let venue = try Self.venue(
            """
              - {name: 主桌, seats: 10, x: 0, y: 4}
              - {name: 远, seats: 10, x: 0, y: 14}
              - {name: 近, seats: 10, x: 3, y: 8}
            """)
        #expect(TablePrecedence.orderedTables(try #require(venue.tables)).map(\.name) == ["主桌", "近", "远"])
    }

    @Test("A grid of tables is numbered by precedence")
    func gridNumbering() throws {
        let venue = try Self.venue(
            """
              - {name: 主桌, seats: 16, x: 0, y: 4, diameter: 3.2}
              - {grid: 2x3, seats: 10, y: 9, spacing: 3.4}
            """)
        let layout = try #require(venue.tables)
        #expect(TablePrecedence.orderedTables(layout).map(\.name) == ["主桌", "1", "2", "3", "4", "5", "6"])
        let one = try #require(layout.tables.first { $0.name == "1" })
        let two = try #require(layout.tables.first { $0.name == "2" })
        #expect(one.centre.x == 0 && two.centre.x < 0)
    }

    /// The 10-seat table of B3.2 with seats named H, R1…R4 (host's right), O, L4…L1.
    static func tenSeatTable(_ rules: ProtocolRules) throws -> (seating: TableSeating, name: (Seat) -> String) {
        let venue = try Self.venue("  - {name: 主桌, seats: 10, x: 0, y: 5}")
        let seats = venue.seats
        let seating = try #require(TablePrecedence.seating(seats, rules: rules))
        let names = ["H", "R1", "R2", "R3", "R4", "O", "L4", "L3", "L2", "L1"]
        return (seating, { names[($0.position ?? 1) - 1] })
    }

    @Test("B3.2: the host faces the door; guests 1-8 at R1, L1, L4, R4, R2, L2, R3, L3")
    func chineseTenSeat() throws {
        let (seating, name) = try Self.tenSeatTable(ProtocolRules())
        #expect(name(seating.host) == "H")
        #expect(seating.secondHost.map(name) == "O")
        #expect(seating.guests.map(name) == ["R1", "L1", "L4", "R4", "R2", "L2", "R3", "L3"])
        // The host sits on the side away from the door (door at y = 20), facing it.
        #expect(seating.host.y < 5)
        // R1 is at the host's right: facing +y, the right hand points to x < 0.
        #expect(try #require(seating.guests.first).x < seating.host.x)
    }

    @Test("B3.3: guest 2 at the second host's right")
    func chineseVariant() throws {
        let (seating, name) = try Self.tenSeatTable(ProtocolRules(banquetGuestTwo: .secondHostRight))
        #expect(seating.guests.prefix(4).map(name) == ["R1", "L4", "L1", "R4"])
    }

    @Test("B3.4: international: guest 1 host's right, 2 co-host's right, 3 host's left, 4 co-host's left")
    func international() throws {
        let (seating, name) = try Self.tenSeatTable(ProtocolRules(banquetStyle: .intl))
        #expect(name(seating.host) == "H")
        #expect(seating.secondHost.map(name) == "O")
        #expect(seating.guests.prefix(4).map(name) == ["R1", "L4", "L1", "R4"])
    }

    @Test("The host seat turns with the door")
    func doorTurnsHost() throws {
        let venue = try Self.venue("  - {name: 主桌, seats: 8, x: 5, y: 5}", door: "{x: 20, y: 5}")
        let host = try #require(venue.seats.first { $0.position == 1 })
        #expect(host.x < 5 && abs(host.y - 5) < 1e-6)
    }

    @Test("Venue seat precedence lists the main table's host first, then on through the tables")
    func venuePrecedence() throws {
        let venue = try Self.venue(
            """
              - {name: 主桌, seats: 10, x: 0, y: 5}
              - {name: 甲, seats: 10, x: -4, y: 5}
            """)
        let ordered = venue.seatPrecedence()
        #expect(ordered.count == 20)
        #expect(ordered.first?.id == "t主桌-1")
        #expect(ordered.prefix(10).allSatisfy { $0.table == "主桌" })
        #expect(ordered[10].id == "t甲-1")
    }
}
