import Foundation
import SeatPlanCore
import TestSupport
import Testing

@Suite("Change fixture")
struct ChangeFixtureTests {
    @Test("The fixture venue has the seats the change tests name")
    func fixtureSeats() throws {
        let venue = try ChangeFixture.venue()
        #expect(venue.seat(id: "h1-1-1") != nil)
        #expect(venue.seat(id: "h1-3-6")?.isAvailable == false)
        #expect(venue.rostrum?.capacity == 5)
    }
}
