import Foundation
import SeatPlanCore
import Testing

@testable import RosterGenerator

@Suite struct DeterminismTests {
    @Test func sameSeedGivesByteIdenticalCSV() {
        #expect(RosterGenerator.csv(.municipalHall) == RosterGenerator.csv(.municipalHall))
        #expect(RosterGenerator.csv(.banquet) == RosterGenerator.csv(.banquet))
    }

    @Test func differentSeedGivesDifferentRoster() {
        let first = RosterGenerator.csv(.municipalHall)
        let second = RosterGenerator.csv(RosterSpecification.municipalHall.withSeed(7))
        #expect(first != second)
    }

    /// Pins the generator's output: a change here means every benchmark input changed.
    @Test func firstRowsOfMunicipalHallAreStable() {
        let attendees = GeneratedRosters.municipalHall.attendees
        #expect(attendees.first?.id == "A00001")
        #expect(attendees.first?.unit == "市委")
        #expect(attendees.first?.title == "市委书记")
        #expect(attendees.first?.precedence == 1)
    }

    @Test(arguments: ["municipal-hall", "great-hall-full", "banquet"])
    func csvRoundTripsThroughParse(preset: String) throws {
        let entry = try #require(GeneratedRosters.all.first { $0.name == preset })
        let data = RosterCSV.encode(entry.roster.attendees)
        #expect(data == RosterGenerator.csv(entry.spec))
        let parsed = try RosterCSV.parse(data, file: "\(preset).csv")
        #expect(parsed.attendees == entry.roster.attendees)
        #expect(parsed.encoding == .utf8)
    }

    @Test(arguments: [UInt64(1), 2, 3, 99, 123_456_789])
    func everySeedGivesTheRequestedCounts(seed: UInt64) {
        let spec = RosterSpecification.greatHall.withSeed(seed)
        let roster = RosterGenerator.generate(spec)
        #expect(roster.attendees.count == spec.totalCount)
        #expect(roster.attendees(withRole: .member).count == spec.memberCount)
        #expect(Set(roster.attendees.map(\.unit)).count == spec.unitCount)
        #expect(GeneratedRosters.unitSizes(roster).values.allSatisfy { (1...spec.maximumUnitSize).contains($0) })
    }
}
