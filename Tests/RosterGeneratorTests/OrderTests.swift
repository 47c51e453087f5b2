import Foundation
import SeatPlanCore
import Testing

@testable import RosterGenerator

@Suite struct OrderTests {
    @Test(arguments: ["municipal-hall", "great-hall", "great-hall-full", "banquet"])
    func idsAndPrecedencesAreUnique(preset: String) throws {
        let roster = try #require(GeneratedRosters.all.first { $0.name == preset }).roster
        #expect(Set(roster.attendees.map(\.id)).count == roster.attendees.count)
        #expect(roster.attendees.map(\.precedence).sorted() == Array(1...roster.attendees.count))
        #expect(roster.attendees.first?.id == "A00001")
    }

    @Test(arguments: ["municipal-hall", "great-hall", "great-hall-full", "banquet"])
    func unitOrderIsOneToNAndConsistent(preset: String) throws {
        let roster = try #require(GeneratedRosters.all.first { $0.name == preset }).roster
        var orderOf: [String: Int] = [:]
        for attendee in roster.attendees {
            #expect(orderOf[attendee.unit, default: attendee.unitOrder] == attendee.unitOrder)
            orderOf[attendee.unit] = attendee.unitOrder
        }
        #expect(orderOf.values.sorted() == Array(1...orderOf.count))
    }

    @Test(arguments: ["municipal-hall", "great-hall", "great-hall-full"])
    func precedenceFollowsRostrumThenMembersThenNonvoting(preset: String) throws {
        let entry = try #require(GeneratedRosters.all.first { $0.name == preset })
        let roster = entry.roster
        let rostrum = roster.attendees(withRole: .rostrum).map(\.precedence).sorted()
        #expect(rostrum == Array(1...entry.spec.rostrumCount))
        let members = roster.attendees(withRole: .member).sorted { $0.precedence < $1.precedence }
        #expect(zip(members, members.dropFirst()).allSatisfy { $0.unitOrder <= $1.unitOrder })
        let lastMember = members.last?.precedence ?? 0
        #expect(roster.attendees(withRole: .nonvoting).allSatisfy { $0.precedence > lastMember })
        let byPrecedence = roster.attendees.sorted { $0.precedence < $1.precedence }
        #expect(byPrecedence.first?.title == "市委书记")
        #expect(byPrecedence.dropFirst().first?.title == "市委副书记、市长")
    }

    /// Within each unit and role, the head of delegation has the lowest precedence and the
    /// posts get no more senior as precedence grows.
    @Test(arguments: ["municipal-hall", "great-hall", "great-hall-full", "banquet"])
    func headsOfDelegationComeFirst(preset: String) throws {
        let roster = try #require(GeneratedRosters.all.first { $0.name == preset }).roster
        let ladders = Dictionary(UnitCatalog.all.map { ($0.name, $0.ladder) }, uniquingKeysWith: { first, _ in first })
        let groups = Dictionary(grouping: roster.attendees.filter { $0.role != .rostrum }) { "\($0.unit)|\($0.role)" }
        for (key, people) in groups {
            let ordered = people.sorted { $0.precedence < $1.precedence }
            guard let ladder = ladders[ordered[0].unit] else {
                Issue.record("unknown unit in \(key)")
                continue
            }
            let ranks = ordered.compactMap { ladder.seniority(of: $0.title) }
            if ranks.count == ordered.count {
                #expect(zip(ranks, ranks.dropFirst()).allSatisfy { $0 <= $1 }, "\(key)")
            }
            let precedences = ordered.map(\.precedence)
            #expect(precedences.last.map { $0 - precedences[0] + 1 } == precedences.count, "\(key) is not contiguous")
        }
    }
}
