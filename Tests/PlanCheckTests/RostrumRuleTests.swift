import Foundation
import PlanCheck
import SeatPlanCore
import Testing

@Suite("Plan checker: rostrum rules R1–R4")
struct RostrumRuleTests {
    let venue: Venue
    let roster = Fixtures.hallRoster()

    init() throws { venue = try Fixtures.hall() }

    func check(_ plan: SeatPlan, rules: PlanningRules = Fixtures.hallRules) async -> PlanCheckReport {
        await Fixtures.check(plan, venue: venue, roster: roster, rules: rules)
    }

    func plan(_ rules: ProtocolRules = ProtocolRules()) throws -> SeatPlan {
        try Fixtures.hallPlan(venue: venue, roster: roster, rules: rules)
    }

    @Test(
        "Every convention and even-row setting lays out a valid rostrum",
        arguments: [
            ProtocolRules(), ProtocolRules(convention: .intl), ProtocolRules(evenPair: .oneLeftOfTwo),
            ProtocolRules(evenAlignment: .centreOnOne), ProtocolRules(convention: .intl, evenAlignment: .centreOnOne),
        ])
    func settings(_ protocolRules: ProtocolRules) async throws {
        var rules = Fixtures.hallRules
        rules.protocolRules = protocolRules
        #expect(await check(try plan(protocolRules), rules: rules).violations == [])
        // The same plan under the default settings breaks R2 or R3 unless the layouts agree.
        if protocolRules != ProtocolRules(), protocolRules != ProtocolRules(evenPair: .oneLeftOfTwo) {
            #expect(!Fixtures.rules(await check(try plan(protocolRules))).isDisjoint(with: ["R2", "R3"]))
        }
    }

    @Test("R2: a swapped pair in the front row")
    func swappedPair() async throws {
        let report = await check(try Fixtures.swap(try plan(), "P1", "P2"))
        #expect(Fixtures.rules(report) == ["R2"])
        #expect(Set(report.violations.compactMap(\.attendee)) == ["P1", "P2"])
    }

    @Test("R1: a row-2 leader outranks someone in row 1")
    func rowOrder() async throws {
        let report = await check(try Fixtures.swap(try plan(), "P5", "P6"))
        #expect(Fixtures.rules(report) == ["R1"])
        #expect(report.violations.first?.attendee == "P5")
    }

    @Test("R3: a row off the centre line")
    func offCentre() async throws {
        var plan = try plan()
        // Row 2 holds P6 and P7 on L1 and R1; move both one half-spacing right (C and R2).
        for (attendee, chair, rank, x) in [("P6", "rostrum-2-C", 1, 0.0), ("P7", "rostrum-2-R2", 2, 1.0)] {
            let index = try #require(plan.assignments.firstIndex { $0.attendee == attendee })
            plan.assignments[index].seat = chair
            plan.assignments[index].x = x
            plan.assignments[index].number = String(rank)
            plan.assignments[index].label = "主席台 2排\(rank)号"
        }
        #expect(Fixtures.rules(await check(plan)) == ["R3"])
    }

    @Test("R1: a back row used while the front row has a free chair")
    func frontFirst() async throws {
        var plan = try plan()
        plan.assignments.removeAll { $0.attendee == "P5" || $0.attendee == "P1" }
        plan.unseated = [
            UnseatedAttendee(attendee: "P5", reason: "请假"), UnseatedAttendee(attendee: "P1", reason: "请假"),
        ]
        // Row 1 now seats 3 on chairs laid out for 5, so R3 breaks too; R1 names the free chairs.
        #expect(Fixtures.rules(await check(plan)).contains("R1"))
    }

    @Test("Co-principals: 1 and 2 flank an empty centre chair; the front row seats one fewer")
    func coPrincipals() async throws {
        var rules = Fixtures.hallRules
        rules.protocolRules.coPrincipals = true
        var plan = try plan()
        // Front row (5 chairs wide, 4 people), cn: 1 at R2, 2 at L2, 3 at R4, 4 at L4.
        // Row 2, three people: 3 1 2 from the audience's left.
        let chairs: [(String, String, Int, Double, Double)] = [
            ("P1", "rostrum-1-R2", 1, 1.0, -2.0), ("P2", "rostrum-1-L2", 2, -1.0, -2.0),
            ("P3", "rostrum-1-R4", 3, 2.0, -2.0), ("P4", "rostrum-1-L4", 4, -2.0, -2.0),
            ("P5", "rostrum-2-C", 1, 0.0, -3.2), ("P6", "rostrum-2-R2", 2, 1.0, -3.2),
            ("P7", "rostrum-2-L2", 3, -1.0, -3.2),
        ]
        for (attendee, chair, rank, x, y) in chairs {
            let index = try #require(plan.assignments.firstIndex { $0.attendee == attendee })
            let row = chair.hasPrefix("rostrum-1") ? 1 : 2
            plan.assignments[index].seat = chair
            plan.assignments[index].row = row
            plan.assignments[index].number = String(rank)
            plan.assignments[index].label = "主席台 \(row)排\(rank)号"
            plan.assignments[index].x = x
            plan.assignments[index].y = y
        }
        #expect(await check(plan, rules: rules).violations == [])
        // The same plan without co-principals is laid out wrongly.
        #expect(!(await check(plan).isValid))
        // The default plan under co-principals overfills the front row.
        #expect(Fixtures.rules(await check(try self.plan(), rules: rules)).contains("R1"))
    }

    @Test("R4: the host on the front row's centre chair or its audience-left end")
    func hostSeat() async throws {
        var people = roster.attendees
        let index = try #require(people.firstIndex { $0.id == "P3" })
        people[index].tags = ["host"]
        let hosted = Roster(attendees: people, source: "test")
        var rules = Fixtures.hallRules
        rules.protocolRules.hostSeat = .frontCentre
        var plan = try Fixtures.hallPlan(venue: venue, roster: hosted)
        // By rank P3 sits on L2; front_centre wants the centre chair.
        let report = await Fixtures.check(plan, venue: venue, roster: hosted, rules: rules)
        #expect(report.violations.map(\.rule).contains("R4"))
        // Host on C, P1 on R2 (rank 2), P2 on L2 (rank 3): valid.
        for (attendee, chair, rank, x) in [
            ("P3", "rostrum-1-C", 1, 0.0), ("P1", "rostrum-1-R2", 2, 1.0), ("P2", "rostrum-1-L2", 3, -1.0),
        ] {
            let row = try #require(plan.assignments.firstIndex { $0.attendee == attendee })
            plan.assignments[row].seat = chair
            plan.assignments[row].x = x
            plan.assignments[row].number = String(rank)
            plan.assignments[row].label = "主席台 1排\(rank)号"
        }
        #expect(await Fixtures.check(plan, venue: venue, roster: hosted, rules: rules).violations == [])
        rules.protocolRules.hostSeat = .frontEnd
        #expect(Fixtures.rules(await Fixtures.check(plan, venue: venue, roster: hosted, rules: rules)).contains("R4"))
    }
}
