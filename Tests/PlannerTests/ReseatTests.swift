import PlanCheck
import Planner
import PlanningPipeline
import SeatPlanCore
import TestSupport
import Testing

/// Late changes (docs/protocol.md §6) re-planned by ``Reseater`` through the pipeline; every new plan must pass the
/// independent checker with the roster after the changes.
@Suite("Late changes re-planned with the fewest moves (docs/protocol.md §6)")
struct ReseatTests {

    struct Case {
        let venue: Venue
        let rules: PlanningRules
        let plan: SeatPlan
    }

    static func planned(
        _ rules: PlanningRules = PlanningRules(), rows: Int = 4, units: [(String, Int)] = SmallMeeting.units
    )
        async throws -> Case
    {
        let venue = try SmallMeeting.venue(rows: rows)
        let plan = try await MeetingPipeline(venue: venue, rules: rules).plan(SmallMeeting.roster(units)).plan
        #expect(plan.quality.protocolViolations == 0)
        return Case(venue: venue, rules: rules, plan: plan)
    }

    /// Re-plans and checks the result independently.
    @discardableResult
    static func reseat(_ setup: Case, _ changes: [ChangeOperation]) async throws -> SeatPlan {
        let result = try await MeetingPipeline(venue: setup.venue, rules: setup.rules).reseat(
            setup.plan, changes: changes)
        let report = await PlanChecker(venue: setup.venue, roster: result.roster, rules: setup.rules).check(result.plan)
        #expect(report.violations.isEmpty, "\(report.violations.map(\.description))")
        #expect(result.plan.quality.protocolViolations == 0)
        return result.plan
    }

    static func rostrumOrder(_ plan: SeatPlan) -> [Int] {
        plan.assignments.filter { $0.area == .rostrum }.sorted { $0.x < $1.x }.map(\.precedence)
    }

    static func seat(of id: String, in plan: SeatPlan) -> String? {
        plan.assignments.first { $0.attendee == id }?.seat
    }

    @Test("§6 example: 7 leaders 7 5 3 1 2 4 6, rank 4 drops out → 6 3 1 2 5 7 (recompute)")
    func rostrumRecompute() async throws {
        let setup = try await Self.planned()
        #expect(Self.rostrumOrder(setup.plan) == [7, 5, 3, 1, 2, 4, 6])
        let new = try await Self.reseat(setup, [.cancel(attendee: "L4")])
        #expect(Self.rostrumOrder(new) == [6, 3, 1, 2, 5, 7])
        #expect(new.changes?.unseated.map(\.attendee) == ["L4"])
        #expect(new.changes?.status == .optimal)
        // Nobody in the hall moves for a rostrum change.
        #expect(new.changes?.moved.allSatisfy { $0.from.hasPrefix("rostrum-") } == true)
    }

    @Test("remove_and_close: the row closes up and everyone keeps their order")
    func rostrumRemoveAndClose() async throws {
        var rules = PlanningRules()
        rules.lateChanges.rostrumAbsence = .removeAndClose
        let setup = try await Self.planned(rules)
        let new = try await Self.reseat(setup, [.cancel(attendee: "L4")])
        #expect(Self.rostrumOrder(new) == [7, 5, 3, 1, 2, 6])
    }

    @Test("An added leader is inserted by rank and the rostrum recomputed; their card is listed")
    func addedLeader() async throws {
        let setup = try await Self.planned()
        let leader = Attendee(id: "L9", name: "新领导", unit: "市政府", unitOrder: 1, precedence: 3, role: .rostrum)
        let new = try await Self.reseat(setup, [.add(leader)])
        #expect(new.assignments.filter { $0.area == .rostrum }.count == 8)
        #expect(new.changes?.seated.map(\.attendee) == ["L9"])
        #expect(new.changes?.cardsToReprint.contains("L9") == true)
    }

    @Test("Invariant: an absence under leave_empty moves nobody", arguments: ["P1", "P3", "P9", "P14", "P20", "P26"])
    func absenceMovesNobody(attendee: String) async throws {
        let setup = try await Self.planned()
        let new = try await Self.reseat(setup, [.cancel(attendee: attendee)])
        #expect(new.changes?.moves == 0)
        #expect(new.changes?.moveCost == 0)
        #expect(new.changes?.status == .optimal)
        #expect(new.changes?.unseated.map(\.attendee) == [attendee])
        if ["P3", "P9"].contains(attendee) {
            // Inside the unit's block: the checker is told the seat was left by an absence.
            #expect(new.changes?.vacated[Self.seat(of: attendee, in: setup.plan) ?? ""] != nil)
        }
        #expect(new.changes?.cardsToReprint.isEmpty == true)
    }

    @Test("A substitute takes the absent person's seat in the hall with a new card")
    func substituteInHall() async throws {
        let setup = try await Self.planned()
        let new = try await Self.reseat(
            setup, [.substitute(attendee: "P9", by: Substitute(id: "S1", name: "李华", title: "副局长", precedence: 50))])
        #expect(Self.seat(of: "S1", in: new) == Self.seat(of: "P9", in: setup.plan))
        #expect(new.changes?.moves == 0)
        #expect(new.changes?.cardsToReprint == ["S1"])
        #expect(new.changes?.exempt == ["S1"])
    }

    @Test("A substitute on the rostrum is re-ranked by their own post")
    func substituteOnRostrum() async throws {
        let setup = try await Self.planned()
        // Rank 2 sends someone of rank 8: the substitute is now the most junior of seven.
        let new = try await Self.reseat(
            setup, [.substitute(attendee: "L2", by: Substitute(id: "S2", name: "代会人", precedence: 8))])
        let leftToRight = new.assignments.filter { $0.area == .rostrum }.sorted { $0.x < $1.x }.map(\.attendee)
        #expect(leftToRight == ["S2", "L6", "L4", "L1", "L3", "L5", "L7"])
    }

    @Test("A late arrival takes a free seat beside their unit and nobody moves")
    func addBesideUnit() async throws {
        let setup = try await Self.planned()
        let late = Attendee(id: "N1", name: "王小明", unit: "民政局", unitOrder: 5, precedence: 400, role: .member)
        let new = try await Self.reseat(setup, [.add(late)])
        #expect(new.changes?.moves == 0)
        #expect(new.changes?.seated.map(\.attendee) == ["N1"])
    }

    @Test("A late arrival of a unit in the middle with no room: the fewest people move, proven")
    func addNeedsRepack() async throws {
        // Two rows of 10 hold 19 people of three units: one seat free, at the end.
        let setup = try await Self.planned(rows: 2, units: [("甲局", 6), ("乙局", 7), ("丙局", 6)])
        let late = Attendee(id: "N1", name: "王小明", unit: "甲局", unitOrder: 2, precedence: 400, role: .member)
        let new = try await Self.reseat(setup, [.add(late)])
        let moved = new.changes?.moves ?? -1
        // 乙局 and 丙局 shift one seat each, and 乙局's head goes back to the best seat of its
        // shifted block: 3 moves, the fewest among block layouts. An addition forces nobody to
        // move, so the proven bound is 0 and the gap is reported.
        #expect(moved == 3, "\(new.changes?.moved.map { "\($0.attendee) \($0.fromLabel)→\($0.toLabel)" } ?? [])")
        #expect(new.changes?.moveBound == 0)
        #expect(new.changes?.status == .feasible)
        #expect(new.notes?.contains { $0.contains("re-packed") } == true)
    }

    @Test("A blocked seat moves only its occupant")
    func blockSeat() async throws {
        let setup = try await Self.planned()
        let seat = try #require(Self.seat(of: "P20", in: setup.plan))
        let new = try await Self.reseat(setup, [.blockSeat(seat: seat)])
        #expect(!new.assignments.contains { $0.seat == seat })
        #expect(new.changes?.blocked == [seat])
        #expect(new.changes?.moved.map(\.attendee).contains("P20") == true)
    }

    @Test("A pin puts the person on the seat; the seat's holder moves")
    func pin() async throws {
        let setup = try await Self.planned()
        let target = try #require(Self.seat(of: "P12", in: setup.plan))
        let new = try await Self.reseat(setup, [.pin(attendee: "P10", seat: target)])
        #expect(Self.seat(of: "P10", in: new) == target)
        #expect(new.changes?.pins == ["P10": target])
        #expect(new.changes?.moved.map(\.attendee).contains("P12") == true)
    }

    @Test("set_role moves a member to the rostrum, ranked there")
    func setRole() async throws {
        let setup = try await Self.planned()
        let new = try await Self.reseat(setup, [.setRole(attendee: "P1", role: .rostrum, precedence: 4)])
        #expect(new.assignments.first { $0.attendee == "P1" }?.area == .rostrum)
        #expect(new.assignments.filter { $0.area == .rostrum }.count == 8)
    }

    @Test("compact_within_unit closes a unit's gap with one move per hole")
    func compact() async throws {
        var rules = PlanningRules()
        rules.lateChanges.auditoriumAbsence = .compactWithinUnit
        let setup = try await Self.planned(rules)
        let new = try await Self.reseat(setup, [.cancel(attendee: "P9")])
        #expect(new.changes?.moves == 1)
        #expect(new.changes?.vacated.isEmpty == true)
    }

    @Test("Frozen plan: a late arrival with no room beside the unit takes the nearest free seat; nobody moves")
    func frozenLateArrival() async throws {
        var rules = PlanningRules()
        rules.lateChanges.frozen = true
        let setup = try await Self.planned(rules, rows: 2, units: [("甲局", 6), ("乙局", 7), ("丙局", 6)])
        let late = Attendee(id: "N1", name: "王小明", unit: "甲局", unitOrder: 2, precedence: 400, role: .member)
        let new = try await Self.reseat(setup, [.add(late)])
        #expect(new.changes?.moves == 0)
        #expect(new.changes?.exempt == ["N1"])
        #expect(new.notes?.contains { $0.contains("frozen plan") } == true)
    }

    @Test("A re-planned plan can be re-planned again; standing blocks and pins stay")
    func twice() async throws {
        let setup = try await Self.planned()
        let seat = try #require(Self.seat(of: "P20", in: setup.plan))
        let first = try await Self.reseat(setup, [.blockSeat(seat: seat), .cancel(attendee: "P3")])
        let second = try await Self.reseat(
            Case(venue: setup.venue, rules: setup.rules, plan: first), [.cancel(attendee: "P4")])
        #expect(second.changes?.blocked == [seat])
        #expect(second.changes?.moves == 0)
        #expect(second.changes?.vacated.count == 2 || second.changes?.vacated.count == 3)
    }

    @Test("Bad changes are rejected as a whole and the plan is untouched")
    func rejected() async throws {
        let setup = try await Self.planned()
        let before = setup.plan
        #expect(throws: ChangeSetError.self) {
            try Reseater(venue: setup.venue).reseat(
                setup.plan, changes: [.cancel(attendee: "P1"), .cancel(attendee: "NOBODY")])
        }
        #expect(setup.plan == before)
    }

    @Test("A plan made for another venue is refused")
    func otherVenue() async throws {
        let setup = try await Self.planned()
        let other = try VenueFile.parse(
            "name: 别的会场\nhall:\n  numbering: sequential\n  floors:\n    - {floor: 1, rows: [\"1-4: 10\"]}\n",
            file: "other.yaml")
        #expect(throws: PlanningError.self) {
            try Reseater(venue: other).reseat(setup.plan, changes: [.cancel(attendee: "P1")])
        }
    }
}
