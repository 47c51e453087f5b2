import Foundation
import SeatPlanCore
import Testing
import VenueLibrary

@Suite("Shipped venues")
struct ShippedVenueTests {
    static func load(_ name: String) throws -> Venue {
        try VenueFile.read(contentsOf: try #require(VenueLibrary.url(forVenue: name)))
    }

    @Test("Municipal hall: 2-row rostrum, 18 rows in three blocks, odd/even numbering, zones")
    func municipalHall() throws {
        let venue = try Self.load("municipal-hall")
        #expect(venue.rostrum?.rows.map(\.capacity) == [9, 11])
        let hall = venue.seats.filter { $0.area == .hall }
        #expect(hall.count == 426)
        #expect(Set(hall.compactMap(\.row)) == Set(1...18))
        #expect(Set(hall.compactMap(\.block)) == ["左区", "中区", "右区"])
        // Odd/even from the centre: 1 and 3 right of centre, 2 left of it.
        let row5 = hall.filter { $0.row == 5 }.sorted { $0.x < $1.x }
        #expect(row5.count == 24)
        let one = try #require(row5.first { $0.number == "1" })
        let two = try #require(row5.first { $0.number == "2" })
        #expect(one.x > 0 && two.x < 0)
        #expect(abs(one.x + two.x) < 1e-9)
        #expect(row5.last?.number == "23")
        #expect(row5.first?.number == "24")
        #expect(one.label == "一楼 5排1号")
        #expect(one.englishLabel == "Floor 1, Row 5, Seat 1")
        #expect(one.id == "h1-5-1")
        #expect(hall.filter { $0.isIn(zone: "leaders") }.count == 24)
        #expect(hall.filter { !$0.isAvailable }.count == 4)
        #expect(hall.filter { $0.isInAccessibleZone }.count == 4)
        #expect(hall.allSatisfy { $0.y > 0 })
    }
}

@Suite("Shipped venues: sizes")
struct ShippedVenueSizeTests {
    @Test("Every shipped venue loads")
    func allLoad() throws {
        for name in VenueLibrary.venueNames {
            _ = try ShippedVenueTests.load(name)
        }
    }

    @Test("Great hall: three curved floors of about 3,700 / 3,500 / 2,500 and a rostrum of about 300")
    func greatHall() throws {
        let venue = try ShippedVenueTests.load("great-hall")
        let perFloor = Dictionary(grouping: venue.seats, by: { $0.floor ?? 0 }).mapValues(\.count)
        #expect((3_500...3_900).contains(perFloor[1] ?? 0))
        #expect((3_300...3_700).contains(perFloor[2] ?? 0))
        #expect((2_300...2_700).contains(perFloor[3] ?? 0))
        #expect((280...320).contains(venue.rostrum?.capacity ?? 0))
        // Curved rows: a row's end seats sit nearer the stage than its centre seats.
        let row20 = venue.seats.filter { $0.floor == 1 && $0.row == 20 }.sorted { $0.x < $1.x }
        let centre = try #require(row20.min { abs($0.x) < abs($1.x) })
        #expect(try #require(row20.first).y < centre.y - 1)
    }

    @Test("Banquet hall: a main table of 16 and 40 round tables of 10, with a door")
    func banquetHall() throws {
        let venue = try ShippedVenueTests.load("banquet-hall")
        let layout = try #require(venue.tables)
        #expect(layout.main?.seats == 16)
        #expect(layout.tables.count == 41)
        #expect(layout.tables.filter { $0.seats == 10 }.count == 40)
        #expect(venue.seats.count == 416)
        #expect(Set(layout.tables.map(\.name)) == Set(["主桌"] + (1...40).map(String.init)))
    }

    @Test("Breakout rooms: 12 rooms of 20 to 60")
    func breakoutRooms() throws {
        let venue = try ShippedVenueTests.load("breakout-rooms")
        #expect(venue.rooms.count == 12)
        #expect(venue.rooms.map(\.capacity).min() == 20)
        #expect(venue.rooms.map(\.capacity).max() == 60)
    }

    @Test("Boardroom: one 24-seat oval table")
    func boardroom() throws {
        let venue = try ShippedVenueTests.load("boardroom")
        #expect(venue.tables?.tables.map(\.shape) == [.oval])
        #expect(venue.seats.count == 24)
    }
}
