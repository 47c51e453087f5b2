import PlanCheck
import Planner
import PlanningPipeline
import RosterGenerator
import SeatPlanCore
import Testing
import VenueLibrary

/// Properties every plan must have, on generated rosters of several seeds.
@Suite("Plans of generated rosters")
struct GeneratedRosterPropertyTests {
    static func venue(_ name: String) throws -> Venue {
        try VenueFile.read(contentsOf: try #require(VenueLibrary.url(forVenue: name)))
    }

    /// Plans through the pipeline, as `seatplan plan` does: checked, with the quality stamped.
    static func plan(
        _ roster: Roster, venue: Venue, rules: PlanningRules = PlanningRules(), strategy: PackingStrategy = .optimal
    ) async throws -> SeatPlan {
        try await MeetingPipeline(venue: venue, rules: rules, strategy: strategy).plan(roster).plan
    }

    static func checkProperties(_ plan: SeatPlan, roster: Roster, venue: Venue, rules: PlanningRules = PlanningRules())
        async
    {
        let seated = plan.assignments.map(\.attendee)
        let unseated = plan.unseated.map(\.attendee)
        // Everyone exactly once, seated or unseated with a reason.
        #expect(Set(seated).count == seated.count)
        #expect(Set(seated).isDisjoint(with: unseated))
        #expect(Set(seated + unseated) == Set(roster.attendees.map(\.id)))
        #expect(plan.unseated.allSatisfy { !$0.reason.isEmpty })
        // No seat twice.
        #expect(Set(plan.assignments.map(\.seat)).count == plan.assignments.count)
        // Zero violations by the independent checker.
        let report = await PlanChecker(venue: venue, roster: roster, rules: rules).check(plan)
        #expect(report.violations.isEmpty, "\(report.violations.prefix(5))")
        #expect(plan.quality.protocolViolations == 0)
    }

    @Test("Municipal hall, 350 attendees", arguments: 1...6)
    func municipal(seed: UInt64) async throws {
        let venue = try Self.venue("municipal-hall")
        let roster = RosterGenerator.generate(.municipalHall.withSeed(seed))
        let plan = try await Self.plan(roster, venue: venue)
        await Self.checkProperties(plan, roster: roster, venue: venue)
        #expect(plan.unseated.isEmpty)
    }

    @Test(
        "Municipal hall with other rules",
        arguments: [
            PlanningRules(protocolRules: ProtocolRules(convention: .intl), fill: .column),
            PlanningRules(fill: .centreOut, unitOrder: .pinyin),
            PlanningRules(unitOrder: .strokes, unitBreak: .newRow),
        ])
    func otherRules(rules: PlanningRules) async throws {
        let venue = try Self.venue("municipal-hall")
        // 200 members leave the members zone room to start every unit on a new row.
        let roster = RosterGenerator.generate(
            RosterSpecification(
                seed: 42, unitCount: 30, memberCount: 200, nonvotingCount: 30, rostrumCount: 20, guestCount: 5))
        let plan = try await Self.plan(roster, venue: venue, rules: rules)
        await Self.checkProperties(plan, roster: roster, venue: venue, rules: rules)
    }

    @Test("Banquet hall, 416 guests", arguments: 1...4)
    func banquet(seed: UInt64) async throws {
        let venue = try Self.venue("banquet-hall")
        let roster = RosterGenerator.generate(.banquet.withSeed(seed))
        let plan = try await Self.plan(roster, venue: venue)
        await Self.checkProperties(plan, roster: roster, venue: venue)
    }

    @Test("Great hall, 5,300 attendees")
    func greatHall() async throws {
        let venue = try Self.venue("great-hall")
        let roster = RosterGenerator.generate(.greatHall)
        let plan = try await Self.plan(roster, venue: venue)
        await Self.checkProperties(plan, roster: roster, venue: venue)
        #expect(plan.unseated.isEmpty)
        let greedy = try await Self.plan(roster, venue: venue, strategy: .greedy)
        #expect(plan.quality.unitSplits < greedy.quality.unitSplits)
    }
}

@Suite("Keep-together and keep-apart groups")
struct KeepGroupTests {
    @Test("Groups inside a unit are honoured and pass the checker")
    func groups() async throws {
        let venue = try GeneratedRosterPropertyTests.venue("municipal-hall")
        let roster = RosterGenerator.generate(.municipalHall)
        // People tagged accessible sit on accessible seats apart from their unit; leave them out.
        let units = Dictionary(
            grouping: roster.attendees.filter { $0.role == .member && !$0.hasTag(.accessible) }, by: \.unit)
        let big = try #require(units.values.filter { $0.count >= 6 }.min { $0[0].unitOrder < $1[0].unitOrder })
        let people = big.sorted { $0.precedence < $1.precedence }.map(\.id)
        let rules = PlanningRules(
            keepTogether: [[people[1], people[5]]], keepApart: [[people[1], people[2]], [people[3], people[4]]])
        let plan = try await GeneratedRosterPropertyTests.plan(roster, venue: venue, rules: rules)
        await GeneratedRosterPropertyTests.checkProperties(plan, roster: roster, venue: venue, rules: rules)
        let seat = { (id: String) in plan.assignments.first { $0.attendee == id } }
        let together = try #require(seat(people[1]))
        let partner = try #require(seat(people[5]))
        #expect(together.row == partner.row)
    }

    @Test("A keep-together group across units is explained, not planned")
    func acrossUnits() throws {
        let venue = try GeneratedRosterPropertyTests.venue("municipal-hall")
        let roster = RosterGenerator.generate(.municipalHall)
        let members = roster.attendees.filter { $0.role == .member }
        let other = try #require(members.first { $0.unit != members[0].unit })
        let error = #expect(throws: PlanningError.self) {
            try MeetingPlanner(venue: venue, rules: PlanningRules(keepTogether: [[members[0].id, other.id]])).plan(
                roster)
        }
        #expect(error?.description.contains("mixes units") == true)
    }
}
