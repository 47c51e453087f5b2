import Foundation
import PlanCheck
import SeatPlanCore
import Testing
import VenueLibrary

@Suite("Plan checker on the shipped venues")
struct ShippedVenueTests {
    static func load(_ name: String) throws -> Venue {
        try VenueFile.read(contentsOf: try #require(VenueLibrary.url(forVenue: name)))
    }

    @Test("Municipal hall: a hand-built valid plan passes; breaking it is caught")
    func municipalHall() async throws {
        let venue = try Self.load("municipal-hall")
        let roster = ReferencePlan.roster(for: venue, rostrum: 15, fraction: 0.9)
        #expect(roster.attendees.count > 300)
        let plan = try ReferencePlan.plan(venue: venue, roster: roster)
        let checker = PlanChecker(venue: venue, roster: roster, rules: PlanningRules())
        let report = await checker.check(plan)
        #expect(report.violations == [])
        #expect(report.checkedAttendees == roster.attendees.count)
        // Through PLAN.json and back.
        let decoded = try SeatPlan.decode(try plan.jsonData(), file: "plan.json")
        #expect(await checker.check(decoded).isValid)
        // Two members of different units swapped: order and contiguity break.
        let members = plan.assignments.filter { $0.area == .hall }
        let first = try #require(members.first)
        let other = try #require(members.first { $0.unit != first.unit && $0.row != first.row })
        let broken = await checker.check(try Fixtures.swap(plan, first.attendee, other.attendee))
        #expect(broken.violations.map(\.rule).contains("H4"))
    }

    @Test("Great hall, 9,500 people: a valid plan passes the check (its speed is in make bench)")
    func greatHall() async throws {
        let venue = try Self.load("great-hall")
        let roster = ReferencePlan.roster(for: venue, rostrum: 296, fraction: 0.945)
        #expect(roster.attendees.count >= 9_000)
        let plan = try ReferencePlan.plan(venue: venue, roster: roster)
        let checker = PlanChecker(venue: venue, roster: roster, rules: PlanningRules())
        let report = await checker.check(plan)
        #expect(report.violations.prefix(5).map(\.description) == [])
        #expect(report.unitSplits > 0)
        #expect(report.checkedAttendees == roster.attendees.count)
    }
}
