import Foundation
import SeatPlanCore
import Testing

@testable import RosterGenerator

/// The hall presets fit the zones of their venue with a few per cent to spare.
@Suite struct VenueFitTests {
    private static let venues = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Venues")

    /// (role or "accessible", people, seats) for every hall role of the roster.
    private static func demandAndCapacity(venueFile: String, roster: Roster) throws -> [(String, Int, Int)] {
        let venue = try VenueFile.read(contentsOf: venues.appendingPathComponent(venueFile))
        let rules = PlanningRules()
        let hallSeats = venue.seats.filter { $0.area == .hall && $0.isAvailable }
        var rows: [(String, Int, Int)] = []
        for role in [Role.member, .nonvoting, .guest, .press, .staff] {
            let zones = rules.zones(for: role, in: venue) ?? []
            let seats = hallSeats.filter { seat in !seat.isInAccessibleZone && zones.contains { seat.isIn(zone: $0) } }
            let people = roster.attendees(withRole: role).filter { !$0.hasTag(.accessible) }
            rows.append((role.rawValue, people.count, seats.count))
        }
        let accessible = roster.attendees.filter { $0.hasTag(.accessible) }.count
        rows.append(("accessible", accessible, hallSeats.filter { $0.isInAccessibleZone }.count))
        return rows
    }

    @Test(arguments: [
        ("great-hall.yaml", "great-hall-full"), ("great-hall.yaml", "great-hall"),
        ("municipal-hall.yaml", "municipal-hall"),
    ])
    func presetFitsZonesWithSlack(venueFile: String, preset: String) throws {
        let roster = try #require(GeneratedRosters.all.first { $0.name == preset }).roster
        for (zone, people, seats) in try Self.demandAndCapacity(venueFile: venueFile, roster: roster) {
            #expect(Double(people) <= 0.97 * Double(seats), "\(preset) \(zone): \(people) people for \(seats) seats")
        }
    }

    @Test func banquetFillsTheBanquetHall() throws {
        let venue = try VenueFile.read(contentsOf: Self.venues.appendingPathComponent("banquet-hall.yaml"))
        #expect(venue.seats.filter { $0.area == .banquet }.count == GeneratedRosters.banquet.attendees.count)
        #expect(venue.tables?.tables.count == RosterSpecification.banquet.hostCount)
    }
}
