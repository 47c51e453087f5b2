import Foundation
import Planner
import SeatPlanCore
import TestSupport
import Testing

@Suite("Change sets")
struct ChangeSetTests {
    @Test("A mixed set applies in order and leaves the plan alone")
    func mixedSet() throws {
        let plan = ChangeFixture.plan()
        let before = plan
        let operations = try ChangesFile.parse(
            """
            - {op: cancel, attendee: M3}
            - {op: add, attendee: {id: A9001, name: 王小明, unit: 财政局, unit_order: 12, precedence: 40, \
            role: member, tags: [accessible]}}
            - {op: substitute, attendee: M2, by: {id: A9002, name: 李华, title: 副处长}}
            - {op: block_seat, seat: h1-1-1}
            - {op: pin, attendee: A9001, seat: h1-2-2}
            - {op: pin, attendee: M1, seat: h1-2-3}
            - {op: set_role, attendee: N1, role: member, precedence: 14}
            - {op: pin, attendee: L1, seat: rostrum-1-C}
            """, file: "changes.yaml")
        let set = try ChangeSet(operations, plan: plan, venue: ChangeFixture.venue(), roster: ChangeFixture.emptyRoster)
        #expect(plan == before)
        #expect(set.operations == operations)
        #expect(set.roster.attendees.map(\.id) == ["L1", "L2", "L3", "M1", "A9002", "N1", "A9001"])
        #expect(set.cancelled == ["M3"])
        #expect(set.added == ["A9001"])
        #expect(set.substitutions == ["M2": "A9002"])
        #expect(set.blockedSeats == ["h1-1-1"])
        #expect(set.pins == ["A9001": "h1-2-2", "M1": "h1-2-3", "L1": "rostrum-1-C"])
        #expect(
            set.roleChanges == ["N1": RoleChange(from: .nonvoting, to: .member, previousPrecedence: 13, precedence: 14)]
        )
        let n1 = try #require(set.roster.attendees.first { $0.id == "N1" })
        #expect(n1.role == .member && n1.precedence == 14)
        #expect(set.roster.attendees.last?.tags == ["accessible"])
    }

    @Test("§6: in the hall a substitute takes the absent person's seat, keeping unit, order, role and tags")
    func hallSubstitute() throws {
        let roster = Roster(
            attendees: [
                Attendee(
                    id: "M1", name: "赵　四", unit: "财政局", unitOrder: 12, precedence: 10, role: .member, title: "局长",
                    gender: .male, tags: ["convener"])
            ],
            source: "roster.csv")
        let set = try ChangeFixture.changeSet(
            "- {op: substitute, attendee: M1, by: {id: S1, name: 李华, title: 副局长, precedence: 57}}", roster: roster)
        #expect(set.substituteSeats == ["S1": "h1-1-1"])
        let substitute = try #require(set.roster.attendees.first)
        #expect(
            substitute
                == Attendee(
                    id: "S1", name: "李华", unit: "财政局", unitOrder: 12, precedence: 57, role: .member, title: "副局长",
                    tags: ["convener"]))
        #expect(!set.roster.attendees.contains { $0.id == "M1" })
    }

    @Test("§6: on the rostrum a substitute is re-ranked by their own post, not given the chair")
    func rostrumSubstitute() throws {
        let set = try ChangeFixture.changeSet(
            "- {op: substitute, attendee: L2, by: {id: S2, name: 副市长, precedence: 5}}")
        #expect(set.substituteSeats.isEmpty)
        let substitute = try #require(set.roster.attendees.first { $0.id == "S2" })
        #expect(substitute.role == .rostrum)
        #expect(substitute.precedence == 5)
        #expect(substitute.unit == "市政府")
        #expect(substitute.title == "")
        #expect(set.roster.attendees.map(\.id).prefix(3) == ["L1", "S2", "L3"])
    }

    @Test("A substitute without a precedence keeps the absent person's; a blocked seat is not taken over")
    func substituteDefaults() throws {
        let set = try ChangeFixture.changeSet(
            """
            - {op: substitute, attendee: M2, by: {id: S3, name: 吴　八}}
            - {op: block_seat, seat: h1-1-2}
            """)
        #expect(set.roster.attendees.first { $0.id == "S3" }?.precedence == 11)
        #expect(set.substituteSeats.isEmpty)
    }

    @Test("Later changes may refer to people added or sent earlier in the set")
    func laterReferences() throws {
        let set = try ChangeFixture.changeSet(
            """
            - {op: substitute, attendee: M1, by: {id: S1, name: 李华}}
            - {op: pin, attendee: S1, seat: h1-3-1}
            - {op: add, attendee: {id: A1, name: 新人, unit: 新局, unit_order: 30, precedence: 90, role: guest}}
            - {op: set_role, attendee: A1, role: member}
            """)
        #expect(set.pins == ["S1": "h1-3-1"])
        #expect(set.substituteSeats.isEmpty, "pinned elsewhere, so the old seat is not taken over")
        #expect(set.roster.attendees.last?.role == .member)
    }

    @Test(
        "Each kind of bad change is rejected with its line",
        arguments: [
            ("- {op: cancel, attendee: M9}", 1, "cancel M9: no attendee 'M9' in the plan; did you mean 'M1'?"),
            ("- {op: cancel, attendee: M1}\n- {op: cancel, attendee: M1}", 2, "'M1' is already cancelled at line 1"),
            ("- {op: cancel, attendee: M1}\n- {op: pin, attendee: M1, seat: h1-3-1}", 2, "'M1' is cancelled at line 1"),
            (
                "- {op: add, attendee: {id: M1, name: X, unit: U, unit_order: 1, precedence: 1, role: member}}", 1,
                "there is already an attendee 'M1' (赵　四)"
            ),
            (
                "- {op: add, attendee: {id: A1, name: X, unit: U, unit_order: 1, precedence: 1, role: member}}\n"
                    + "- {op: add, attendee: {id: A1, name: Y, unit: U, unit_order: 1, precedence: 2, role: member}}",
                2,
                "'A1' is already added at line 1"
            ),
            (
                "- {op: add, attendee: {id: U1, name: X, unit: U, unit_order: 1, precedence: 1, role: member}}", 1,
                "there is already an attendee 'U1' (unseated in the plan)"
            ),
            ("- {op: block_seat, seat: h1-9-1}", 1, "block_seat h1-9-1: no seat 'h1-9-1' in the venue '测试厅'"),
            ("- {op: pin, attendee: M1, seat: rostrum-2-C}", 1, "the rostrum of '测试厅' has 1 row(s)"),
            ("- {op: pin, attendee: M1, seat: rostrum-1-R8}", 1, "rostrum row 1 seats 5"),
            ("- {op: pin, attendee: M1, seat: rostrum-1-L05}", 1, "no seat 'rostrum-1-L05' in the venue '测试厅'"),
            (
                "- {op: block_seat, seat: h1-1-1}\n- {op: block_seat, seat: h1-1-1}", 2,
                "seat h1-1-1 is already blocked at line 1"
            ),
            (
                "- {op: pin, attendee: M1, seat: h1-3-1}\n- {op: pin, attendee: M2, seat: h1-3-1}", 2,
                "pin M2 to h1-3-1: seat h1-3-1 is already pinned to 'M1' at line 1"
            ),
            (
                "- {op: pin, attendee: M1, seat: h1-3-1}\n- {op: pin, attendee: M1, seat: h1-3-2}", 2,
                "'M1' is already pinned to h1-3-1 at line 1"
            ),
            (
                "- {op: pin, attendee: M1, seat: h1-3-1}\n- {op: block_seat, seat: h1-3-1}", 1,
                "seat h1-3-1 is blocked at line 2"
            ),
            (
                "- {op: block_seat, seat: h1-3-1}\n- {op: pin, attendee: M1, seat: h1-3-1}", 2,
                "seat h1-3-1 is blocked at line 1"
            ),
            ("- {op: pin, attendee: M1, seat: h1-3-6}", 1, "seat h1-3-6 cannot be used (立柱)"),
            ("- {op: substitute, attendee: M1, by: {id: M2, name: X}}", 1, "there is already an attendee 'M2'"),
            (
                "- {op: substitute, attendee: M1, by: {id: S1, name: X}}\n- {op: cancel, attendee: M1}", 2,
                "'M1' is replaced by 'S1' at line 1; refer to 'S1' instead"
            ),
            (
                "- {op: set_role, attendee: M1, role: member}", 1,
                "set_role M1 to member: 'M1' already has the role member"
            ),
            (
                "- {op: set_role, attendee: M2, role: guest}\n- {op: set_role, attendee: M2, role: staff}", 2,
                "the role of 'M2' is already changed at line 1"
            ),
            (
                "- {op: pin, attendee: M1, seat: h1-3-1}\n- {op: cancel, attendee: M1}", 2,
                "'M1' is pinned to h1-3-1 at line 1"
            ),
            (
                "- {op: add, attendee: {id: A1, name: X, unit: U, unit_order: 1, precedence: 1, role: member}}\n"
                    + "- {op: cancel, attendee: A1}", 2, "'A1' only comes in by the change at line 1"
            ),
            ("- {op: cancel, attendee: U1}", 1, "'U1' is unseated in the plan and not in the roster"),
        ] as [(String, Int, String)])
    func rejected(yaml: String, line: Int, message: String) throws {
        let error = #expect(throws: ChangeSetError.self) { try ChangeFixture.changeSet(yaml) }
        #expect(error?.problems.count == 1)
        #expect(error?.problems.first?.source.line == line)
        #expect(error?.description.contains("line \(line): ") == true)
        #expect(error?.description.contains(message) == true, "got: \(error?.description ?? "none")")
    }

    @Test("Pins already in the rules cannot be blocked or taken")
    func rulePins() throws {
        let yaml = "- {op: block_seat, seat: h1-3-1}\n- {op: pin, attendee: M2, seat: h1-3-1}"
        let error = #expect(throws: ChangeSetError.self) {
            try ChangeFixture.changeSet(yaml, rulePins: ["M1": "h1-3-1"])
        }
        #expect(error?.problems.map(\.source.line) == [1, 2])
        #expect(error?.problems.first?.message == "seat h1-3-1 is pinned to 'M1' in the rules; change the rules first")
        // Once M1 is cancelled, their rule pin no longer holds the seat.
        let set = try ChangeFixture.changeSet(
            "- {op: cancel, attendee: M1}\n- {op: pin, attendee: M2, seat: h1-3-1}", rulePins: ["M1": "h1-3-1"])
        #expect(set.pins == ["M2": "h1-3-1"])
    }

    @Test("One bad change rejects the whole set, and every problem is listed")
    func wholeSetRejected() throws {
        let yaml = """
            - {op: cancel, attendee: M3}
            - {op: block_seat, seat: h1-1-1}
            - {op: pin, attendee: X1, seat: h1-2-2}
            - {op: add, attendee: {id: A1, name: X, unit: U, unit_order: 1, precedence: 1, role: member}}
            - {op: block_seat, seat: nowhere}
            """
        let error = #expect(throws: ChangeSetError.self) { try ChangeFixture.changeSet(yaml) }
        #expect(error?.problems.map(\.source.line) == [3, 5])
        #expect(error?.description.hasPrefix("line 3: pin X1 to h1-2-2: no attendee 'X1' in the plan") == true)
        #expect(error?.description.contains("No change was applied (2 problems)") == true)
        // The same set without the bad lines applies.
        let good = yaml.split(separator: "\n").enumerated().filter { ![2, 4].contains($0.offset) }.map(\.element)
        #expect(try ChangeFixture.changeSet(good.joined(separator: "\n")).cancelled == ["M3"])
    }

    @Test("An unknown attendee and an unknown seat in one change are both reported")
    func twoProblemsInOneChange() throws {
        let error = #expect(throws: ChangeSetError.self) {
            try ChangeFixture.changeSet("- {op: pin, attendee: Q7, seat: h7-7-7}")
        }
        #expect(error?.problems.count == 2)
    }

    @Test("Changes built in code are reported by position")
    func builtInCode() throws {
        let operations = [
            ChangeOperation.cancel(attendee: "M1"), .cancel(attendee: "M9").located(at: ChangeSource(position: 2)),
        ]
        let error = #expect(throws: ChangeSetError.self) {
            try ChangeSet(
                operations, plan: ChangeFixture.plan(), venue: ChangeFixture.venue(), roster: ChangeFixture.emptyRoster)
        }
        #expect(error?.problems.first?.description.hasPrefix("change 2: cancel M9: ") == true)
    }
}
