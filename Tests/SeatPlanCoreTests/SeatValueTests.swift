import Foundation
import SeatPlanCore
import Testing
import VenueLibrary

/// The speed-minded representations behave as plain values: a venue's shared seat index and an
/// assignment's shared box.
@Suite("Seat values")
struct SeatValueTests {
    static func municipalHall() throws -> Venue {
        try VenueFile.read(contentsOf: try #require(VenueLibrary.url(forVenue: "municipal-hall")))
    }

    @Test("A venue finds every seat by id, also after seats are blocked or replaced")
    func seatIndex() throws {
        let venue = try Self.municipalHall()
        for (position, seat) in venue.seats.enumerated() {
            #expect(venue.seatPosition(id: seat.id) == position)
        }
        #expect(venue.seat(id: "no-such-seat") == nil)
        let seat = try #require(venue.seats.first { $0.isAvailable })
        let blocked = venue.blocking([seat.id])
        #expect(blocked.seat(id: seat.id)?.isAvailable == false)
        #expect(venue.seat(id: seat.id)?.isAvailable == true)
        // Replacing the seats (here: dropping the first) must not reuse the old index.
        var edited = venue
        edited.seats.removeFirst()
        #expect(edited.seat(id: venue.seats[0].id) == nil)
        #expect(edited.seat(id: venue.seats[1].id) == venue.seats[1])
        #expect(edited.seatPosition(id: venue.seats[1].id) == 0)
    }

    @Test("Changing a copy of an assignment leaves the original as it was")
    func assignmentCopies() {
        let original = SeatAssignment(
            attendee: "A1", name: "张三", unit: "财政局", precedence: 1, seat: "h1-1-1", label: "一楼 1排1号",
            area: .hall, floor: 1, row: 1, number: "1", table: nil, x: 0, y: 1)
        var copy = original
        #expect(copy == original)
        copy.seat = "h1-1-2"
        copy.tags = ["accessible"]
        #expect(original.seat == "h1-1-1" && original.tags == nil)
        #expect(copy.seat == "h1-1-2" && copy.tags == ["accessible"])
        #expect(copy != original)
        copy.seat = "h1-1-1"
        copy.tags = nil
        #expect(copy == original)
    }
}
