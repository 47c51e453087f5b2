import Foundation
import SeatPlanCore
import Testing

@testable import RosterGenerator

@Suite struct PresetTests {
    @Test(arguments: ["municipal-hall", "great-hall", "great-hall-full", "banquet"])
    func presetHasTheRequestedCounts(preset: String) throws {
        let entry = try #require(GeneratedRosters.all.first { $0.name == preset })
        let spec = entry.spec
        let roster = entry.roster
        #expect(spec.problems.isEmpty)
        #expect(roster.attendees.count == spec.totalCount)
        let expected: [Role: Int] = [
            .rostrum: spec.rostrumCount, .member: spec.memberCount, .nonvoting: spec.nonvotingCount,
            .guest: spec.guestCount, .press: spec.pressCount, .staff: spec.staffCount,
        ]
        for (role, count) in expected {
            #expect(roster.attendees(withRole: role).count == count, "\(role)")
        }
        #expect(Set(roster.attendees.map(\.unit)).count == spec.unitCount)
        #expect(roster.attendees.filter { $0.hasTag(.host) }.count == spec.hostCount)
    }

    @Test func presetTotals() {
        #expect(RosterSpecification.municipalHall.totalCount == 350)
        #expect(RosterSpecification.greatHall.totalCount == 5300)
        #expect(RosterSpecification.greatHallFull.totalCount == 9500)
        #expect(RosterSpecification.banquet.totalCount == 416)
    }

    @Test(arguments: ["municipal-hall", "great-hall", "banquet"])
    func unitSizesAreSkewedSmall(preset: String) throws {
        let entry = try #require(GeneratedRosters.all.first { $0.name == preset })
        let sizes = GeneratedRosters.unitSizes(entry.roster).values.sorted()
        #expect(sizes.allSatisfy { (1...170).contains($0) })
        #expect(sizes[sizes.count / 2] <= 6)
    }

    @Test func greatHallHasLargeUnitsButFewGiants() {
        let sizes = GeneratedRosters.unitSizes(GeneratedRosters.greatHall).values
        #expect(sizes.contains { $0 >= 50 })
        #expect(sizes.filter { $0 >= 150 }.count <= 3)
        #expect(sizes.filter { $0 <= 6 }.count * 2 > sizes.count)
    }

    @Test func greatHallMembersComeFromEveryUnit() {
        let units = Set(GeneratedRosters.greatHall.attendees(withRole: .member).map(\.unit))
        #expect(units.count == 700)
    }

    @Test func banquetHostsAreTheMostSeniorOfTheHostingUnits() {
        let hosts = GeneratedRosters.banquet.attendees.filter { $0.hasTag(.host) }
        #expect(Set(hosts.map(\.unit)) == ["市委", "市人民政府"])
        #expect(hosts.map(\.precedence).max() ?? 0 < 60)
        #expect(hosts.contains { $0.precedence == 1 })
    }

    @Test(arguments: ["municipal-hall", "great-hall-full"])
    func accessibleShareIsSmall(preset: String) throws {
        let entry = try #require(GeneratedRosters.all.first { $0.name == preset })
        let tagged = entry.roster.attendees.filter { $0.hasTag(.accessible) }
        let hall = entry.spec.totalCount - entry.spec.rostrumCount
        #expect(tagged.count == Int((Double(hall) * entry.spec.accessibleShare).rounded()))
        #expect(tagged.allSatisfy { $0.role != .rostrum })
    }

    @Test func genderMixIsAboutSixtyForty() {
        let attendees = GeneratedRosters.greatHallFull.attendees
        let women = Double(attendees.filter { $0.gender == .female }.count) / Double(attendees.count)
        #expect((0.37...0.43).contains(women))
    }

    @Test func impossibleSpecificationsAreExplained() {
        #expect(!RosterSpecification(unitCount: 100, memberCount: 50).problems.isEmpty)
        #expect(!RosterSpecification(unitCount: 2, memberCount: 1000).problems.isEmpty)
        #expect(!RosterSpecification(unitCount: 10, memberCount: -1).problems.isEmpty)
        #expect(RosterSpecification(unitCount: 3, memberCount: 5, rostrumCount: 2).problems.isEmpty)
    }

    @Test func smallSpecificationWorks() {
        let spec = RosterSpecification(
            seed: 5, unitCount: 4, memberCount: 9, nonvotingCount: 2, rostrumCount: 3, pressCount: 1)
        let roster = RosterGenerator.generate(spec)
        #expect(roster.attendees.count == 15)
        #expect(Set(roster.attendees.map(\.unit)).count == 4)
    }
}
