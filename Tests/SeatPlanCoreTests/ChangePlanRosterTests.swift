import Foundation
import SeatPlanCore
import TestSupport
import Testing

@Suite("Change plan roster")
struct ChangePlanRosterTests {
    @Test("Attendees round-trip through a plan that records role, unit order and title")
    func roundTrip() throws {
        let attendees = [
            Attendee(id: "L1", name: "张　一", unit: "市委", unitOrder: 1, precedence: 1, role: .rostrum, title: "书记"),
            Attendee(id: "G1", name: "John Smith", unit: "外宾", unitOrder: 40, precedence: 20, role: .guest),
            Attendee(id: "M1", name: "赵　四", unit: "财政局", unitOrder: 12, precedence: 30, role: .member, title: "局长"),
            Attendee(id: "P1", name: "记　者", unit: "日报社", unitOrder: 50, precedence: 90, role: .press),
        ]
        let seats = ["rostrum-1-C", "h1-1-1", "h1-1-2", "h1-3-1"]
        var plan = ChangeFixture.plan()
        plan.assignments = zip(attendees, seats).map { attendee, seat in
            ChangeFixture.assignment(
                attendee.id, attendee.name, unit: attendee.unit, precedence: attendee.precedence, seat: seat,
                role: attendee.role, unitOrder: attendee.unitOrder, title: attendee.title.isEmpty ? nil : attendee.title
            )
        }
        plan.unseated = []
        let rebuilt = PlanRoster(plan: plan)
        #expect(rebuilt.attendees == attendees)
        #expect(rebuilt.undescribed.isEmpty)
        #expect(rebuilt.roster(source: "plan.json").unitsInOfficialOrder == ["市委", "财政局", "外宾", "日报社"])
    }

    @Test("Without recorded role or unit order: by area, and units after the recorded ones in order of appearance")
    func fallbacks() throws {
        let rebuilt = PlanRoster(plan: ChangeFixture.plan())
        #expect(rebuilt.attendees.map(\.role) == [.rostrum, .rostrum, .rostrum, .member, .member, .member, .nonvoting])
        // 市人大 is recorded as 1 and 财政局 as 12; 市委, 市政府 and 教育局 follow in order of appearance.
        #expect(rebuilt.attendees.map(\.unitOrder) == [13, 14, 1, 12, 12, 15, 15])
        #expect(rebuilt.attendee(id: "L1")?.title == "书记")
        #expect(rebuilt.attendee(id: "M2")?.title == "")
        #expect(rebuilt.undescribed == ["U1"])
    }

    @Test("Merged with a roster, the roster wins and the plan adds whom the roster lacks")
    func merge() throws {
        let roster = Roster(
            attendees: [
                Attendee(id: "U1", name: "无座位", unit: "教育局", unitOrder: 3, precedence: 99, role: .member),
                Attendee(
                    id: "M1", name: "赵　四", unit: "财政局", unitOrder: 2, precedence: 10, role: .member,
                    gender: .male, tags: ["convener"]),
            ],
            source: "roster.csv", encoding: .gb18030)
        let merged = PlanRoster(plan: ChangeFixture.plan(), roster: roster)
        #expect(merged.attendees.map(\.id) == ["U1", "M1", "L1", "L2", "L3", "M2", "M3", "N1"])
        #expect(merged.attendee(id: "M1") == roster.attendees[1])
        #expect(merged.undescribed.isEmpty)
        #expect(merged.roster(source: "merged", encoding: .gb18030).attendees.count == 8)
    }
}
