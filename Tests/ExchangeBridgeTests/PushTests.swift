import Foundation
import SeatPlanCore
import Testing

@testable import ExchangeBridge

/// `push`: plan version, documents and seat notices in one idempotent transaction.
struct PushTests {
    static let office = WorkflowTests.office
    static let government = WorkflowTests.government

    static func people() -> [Attendee] {
        [
            StoreFixtures.person("A1", "张三", unit: office, precedence: 1),
            StoreFixtures.person("A2", "O'Brien \"李\" 😀", unit: office, precedence: 2),
            StoreFixtures.person("B1", "王喆", unit: government, precedence: 3),
        ]
    }

    static func documents() -> [NewDocument] {
        [
            NewDocument(kind: .chart, fileName: "chart.pdf", content: Data("%PDF-1.7 chart".utf8)),
            NewDocument(kind: .seatList, fileName: "seat-list.pdf", content: Data("%PDF-1.7 list".utf8)),
        ]
    }

    /// A store whose units have submitted, and a plan seating all but one of their people.
    static func prepared() throws -> (ExchangeStore, Meeting, Data) {
        let (store, meeting) = try WorkflowTests.store(clock: TestClock())
        let people = people()
        for unit in [office, government] {
            _ = try store.submitRosterCSV(
                unitNamed: unit, meeting: meeting.id, fileName: "r.csv",
                raw: StoreFixtures.rosterCSV(people.filter { $0.unit == unit }))
        }
        let plan = StoreFixtures.plan(
            seating: [people[0], people[2]],
            unseated: [UnseatedAttendee(attendee: "A2", reason: "no accessible seat left")])
        return (store, meeting, try plan.jsonData())
    }

    @Test func pushStoresPlanDocumentsAndOneNoticePerUnit() throws {
        let (store, meeting, json) = try Self.prepared()
        let result = try store.push(
            planJSON: json, fileName: "PLAN.json", documents: Self.documents(), meeting: meeting.id)
        #expect(result.plan.isNew && result.plan.info.version == 1)
        #expect(result.documents.map(\.kind) == [.chart, .seatList] && result.newDocumentCount == 2)
        #expect(result.noticesQueued == 2 && result.unknownUnits.isEmpty)
        #expect(try store.documents(planVersion: result.plan.info.id).count == 2)
        let notices = try store.outbox(meeting: meeting.id, kind: NoticeKind.seatNotice)
        #expect(notices.map(\.unitName) == [Self.office, Self.government])
        #expect(notices.allSatisfy { $0.planVersionID == result.plan.info.id && $0.state == .queued })
        let officeNotice = notices[0].payload
        #expect(officeNotice.contains("张三\t一楼 1排1号"))
        #expect(officeNotice.contains("未安排座位，共1人：\nO'Brien \"李\" 😀\tno accessible seat left"))
        #expect(!officeNotice.contains("王喆"))
        #expect(notices[1].payload.contains("王喆\t一楼 1排2号"))
    }

    @Test func pushingTheSamePlanTwiceCreatesNothing() throws {
        let (store, meeting, json) = try Self.prepared()
        _ = try store.push(planJSON: json, fileName: "PLAN.json", documents: Self.documents(), meeting: meeting.id)
        let before = try store.rowCounts()
        let again = try store.push(
            planJSON: json, fileName: "PLAN.json", documents: Self.documents(), meeting: meeting.id)
        #expect(again.changedNothing && again.noticesAlreadyQueued == 2 && !again.plan.isNew)
        #expect(try store.rowCounts() == before)
        // A different plan is a new version with its own notices.
        let other = try StoreFixtures.plan(seating: Array(Self.people().reversed()), objective: 2).jsonData()
        let second = try store.push(planJSON: other, fileName: "PLAN.json", documents: [], meeting: meeting.id)
        #expect(second.plan.isNew && second.plan.info.version == 2 && second.noticesQueued == 2)
    }

    @Test func pushCompletesAPlanStoredWithoutItsDocumentsAndNotices() throws {
        let (store, meeting, json) = try Self.prepared()
        let saved = try store.savePlan(json: json, fileName: "PLAN.json", meeting: meeting.id)
        let result = try store.push(
            planJSON: json, fileName: "PLAN.json", documents: Self.documents(), meeting: meeting.id)
        #expect(!result.plan.isNew && result.plan.info.id == saved.info.id)
        #expect(result.newDocumentCount == 2 && result.noticesQueued == 2 && !result.changedNothing)
    }

    @Test func aFailedPushLeavesNothingBehind() throws {
        let (store, meeting, json) = try Self.prepared()
        let before = try store.rowCounts()
        // The unique (plan version, seat) constraint fails after the plan row is written.
        var plan = try SeatPlan.decode(json, file: "PLAN.json")
        plan.assignments[1].seat = plan.assignments[0].seat
        let broken = try plan.jsonData()
        let error = #expect(throws: ExchangeStoreError.self) {
            try store.push(planJSON: broken, fileName: "PLAN.json", documents: Self.documents(), meeting: meeting.id)
        }
        #expect(error?.kind == .conflict)
        #expect(try store.rowCounts() == before)
        #expect(try store.latestPlan(meeting: meeting.id) == nil)
    }

    @Test func unitsTheMeetingDoesNotKnowAreReported() throws {
        let (store, meeting, _) = try Self.prepared()
        let stranger = StoreFixtures.person("Z1", "外人", unit: "外单位", precedence: 9)
        let json = try StoreFixtures.plan(seating: Self.people() + [stranger]).jsonData()
        let result = try store.push(planJSON: json, fileName: "PLAN.json", documents: [], meeting: meeting.id)
        #expect(result.unknownUnits == ["外单位"] && result.noticesQueued == 2)
    }

    @Test func phonesNeverReachTheAuditLogOrTheOutbox() throws {
        let (store, meeting, json) = try Self.prepared()
        try store.saveUnits(
            [UnitDetails(name: Self.office, officialOrder: 1, mobile: "13999999999")], meeting: meeting.id)
        _ = try store.push(planJSON: json, fileName: "PLAN.json", documents: Self.documents(), meeting: meeting.id)
        _ = try store.queueReminders(meeting: meeting.id)
        let audit = try store.auditLog(limit: 1000).map { "\($0.action) \($0.subject) \($0.detail)" }.joined()
        let outbox = try store.outbox(meeting: meeting.id).map(\.payload).joined()
        for phone in ["13800000000", "13999999999"] {
            #expect(!audit.contains(phone) && !outbox.contains(phone))
        }
    }
}
