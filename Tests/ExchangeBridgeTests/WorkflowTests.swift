import Foundation
import SeatPlanCore
import Synchronization
import Testing

@testable import ExchangeBridge

/// A clock tests can move.
final class TestClock: Sendable {
    private let current: Mutex<Date>

    init(_ start: Date = StoreFixtures.fixedDate) { current = Mutex(start) }

    var now: Date { current.withLock { $0 } }

    func advance(_ seconds: TimeInterval) { current.withLock { $0 += seconds } }
}

/// Submit, status, remind and pull: the intake side of the exchange.
struct WorkflowTests {
    static let office = "市委办公室"
    static let government = "市政府办公室"

    static func store(clock: TestClock) throws -> (ExchangeStore, Meeting) {
        let store = try ExchangeStore(
            path: StoreFixtures.freshPath(), options: ExchangeStoreOptions(actor: "tester", now: { clock.now }))
        let meeting = try store.findOrCreateMeeting(named: "测试会议")
        try store.saveUnits(
            [
                UnitDetails(name: office, officialOrder: 1, mobile: "13800000000"),
                UnitDetails(name: government, officialOrder: 2),
                UnitDetails(name: "区委", officialOrder: 3, parent: office),
            ],
            meeting: meeting.id)
        return (store, meeting)
    }

    @Test func theOnlyMeetingIsChosenOrTheNamedOne() throws {
        let store = try StoreFixtures.freshStore()
        #expect(throws: ExchangeStoreError.self) { try store.chooseMeeting() }
        let first = try store.findOrCreateMeeting(named: "甲会议")
        #expect(try store.chooseMeeting() == first)
        let second = try store.findOrCreateMeeting(named: "乙会议")
        let error = #expect(throws: ExchangeStoreError.self) { try store.chooseMeeting() }
        #expect(error?.message.contains("'甲会议', '乙会议'") == true)
        #expect(try store.chooseMeeting(named: "乙会议") == second)
        #expect((#expect(throws: ExchangeStoreError.self) { try store.chooseMeeting(named: "丙") })?.kind == .notFound)
    }

    @Test func aSubmittedCSVKeepsRejectedRowsWithReasons() throws {
        let (store, meeting) = try Self.store(clock: TestClock())
        let csv =
            "id,name,unit,unit_order,precedence,role,title,gender,tags\nA1,张三,市委办公室,1,1,member,,,\n"
            + "A2,李四,市委办公室,1,x,member,,,\n"
        let receipt = try store.submitRosterCSV(
            unitNamed: Self.office, meeting: meeting.id, fileName: "a.csv", raw: Data(csv.utf8))
        #expect(receipt.status == .parsed)
        let rows = try store.rows(of: receipt.id)
        #expect(rows.map(\.isAccepted) == [true, false])
        #expect(rows[1].rejection?.reason.contains("precedence") == true)
        let submission = try store.submission(receipt.id)
        #expect(submission.acceptedCount == 1 && submission.rejectedCount == 1)

        let broken = try store.submitRosterCSV(
            unitNamed: Self.office, meeting: meeting.id, fileName: "b.csv", raw: Data("name\n张三\n".utf8))
        #expect(broken.status == .failed)
        #expect(try store.submission(broken.id).failureReason?.contains("b.csv") == true)
        #expect(try store.rawFile(of: broken.id) == Data("name\n张三\n".utf8))
        // The readable roster stays current.
        #expect(try store.submission(receipt.id).isCurrent)
    }

    @Test func statusShowsSubmittedLateMissingAndTotals() throws {
        let clock = TestClock()
        let (store, meeting) = try Self.store(clock: clock)
        let deadline = clock.now.addingTimeInterval(3600)
        let onTime = [StoreFixtures.person("A1", "张三", unit: Self.office, precedence: 1)]
        _ = try store.submitRosterCSV(
            unitNamed: Self.office, meeting: meeting.id, fileName: "a.csv", raw: StoreFixtures.rosterCSV(onTime))

        var overview = try store.submissionOverview(meeting: meeting.id, deadline: deadline)
        #expect(overview.units.map(\.state) == [.submitted, .outstanding, .outstanding])
        #expect(overview.submittedCount == 1 && overview.acceptedRows == 1)

        clock.advance(7200)
        let late = [
            StoreFixtures.person("B1", "李四", unit: Self.government, precedence: 2),
            StoreFixtures.person("B2", "王五", unit: "别的单位", precedence: 3),
        ]
        _ = try store.submitRosterCSV(
            unitNamed: Self.government, meeting: meeting.id, fileName: "b.csv", raw: StoreFixtures.rosterCSV(late))
        // A correction after the deadline does not make an on-time unit late.
        _ = try store.submitRosterCSV(
            unitNamed: Self.office, meeting: meeting.id, fileName: "a2.csv", raw: StoreFixtures.rosterCSV(onTime))
        overview = try store.submissionOverview(meeting: meeting.id, deadline: deadline)
        #expect(overview.units.map(\.state) == [.submitted, .late, .missing])
        #expect(overview.units[0].current?.version == 2 && overview.units[0].submissionCount == 2)
        #expect(overview.units[1].current?.rejectedCount == 1)
        #expect(overview.late.map(\.unit.details.name) == [Self.government])
        #expect(overview.missing.map(\.unit.details.name) == ["区委"])
        #expect(overview.acceptedRows == 2 && overview.rejectedRows == 1)
        #expect(
            try store.submissionOverview(meeting: meeting.id).units.map(\.state) == [
                .submitted, .submitted, .outstanding,
            ])
    }

    @Test func remindQueuesOncePerUnitAndDeadline() throws {
        let clock = TestClock()
        let (store, meeting) = try Self.store(clock: clock)
        _ = try store.submitRosterCSV(
            unitNamed: Self.office, meeting: meeting.id, fileName: "a.csv",
            raw: StoreFixtures.rosterCSV([StoreFixtures.person("A1", "张三", unit: Self.office, precedence: 1)]))
        let deadline = Date(timeIntervalSince1970: 1_740_830_400)  // 2025-03-01T12:00:00Z
        let first = try store.queueReminders(meeting: meeting.id, deadline: deadline)
        #expect(first.queued == [Self.government, "区委"] && first.alreadyQueued.isEmpty && first.submittedCount == 1)
        let again = try store.queueReminders(meeting: meeting.id, deadline: deadline)
        #expect(again.queued.isEmpty && again.alreadyQueued == [Self.government, "区委"])
        let later = try store.queueReminders(meeting: meeting.id, deadline: deadline.addingTimeInterval(86400))
        #expect(later.queued.count == 2)
        let notices = try store.outbox(meeting: meeting.id, kind: NoticeKind.reminder)
        #expect(notices.count == 4)
        #expect(notices[0].dedupeKey.hasSuffix(":2025-03-01T12:00:00.000Z"))
        #expect(notices[0].payload.contains("2025年3月1日 20:00（北京时间）"))
        #expect(notices.allSatisfy { $0.state == .queued && !$0.payload.contains("13800000000") })
    }

    @Test func pullMergesTheLatestAcceptedRowsInOfficialOrder() throws {
        let (store, meeting) = try Self.store(clock: TestClock())
        let government = [StoreFixtures.person("B1", "李四", unit: Self.government, precedence: 2)]
        _ = try store.submitRosterCSV(
            unitNamed: Self.government, meeting: meeting.id, fileName: "b.csv", raw: StoreFixtures.rosterCSV(government)
        )
        _ = try store.submitRosterCSV(
            unitNamed: Self.office, meeting: meeting.id, fileName: "a1.csv",
            raw: StoreFixtures.rosterCSV([StoreFixtures.person("OLD", "旧", unit: Self.office, precedence: 9)]))
        let office = [
            StoreFixtures.person("A2", "乙", unit: Self.office, precedence: 5),
            StoreFixtures.person("A1", "甲", unit: Self.office, precedence: 1, role: .rostrum),
        ]
        var csv = StoreFixtures.rosterCSV(office)
        csv.append(Data("A3,丙,市委办公室,1,bad,member,,,\n".utf8))
        _ = try store.submitRosterCSV(unitNamed: Self.office, meeting: meeting.id, fileName: "a2.csv", raw: csv)

        let merged = try store.mergedRoster(meeting: meeting.id)
        #expect(merged.attendees.map(\.id) == ["A2", "A1", "B1"])
        #expect(merged.attendees.map(\.unitOrder) == [1, 1, 2])
        #expect(merged.attendees[1].role == .rostrum)
        #expect(merged.unitCount == 2 && merged.rejectedCount == 1 && merged.unitsWithoutRoster == ["区委"])
        // The merged roster is a valid roster for planning.
        let roster = try RosterCSV.parse(RosterCSV.encode(merged.attendees), file: "ROSTER.csv")
        #expect(roster.attendees.count == 3)
    }

    @Test func pullRefusesAnIdSubmittedByTwoUnits() throws {
        let (store, meeting) = try Self.store(clock: TestClock())
        _ = try store.submitRosterCSV(
            unitNamed: Self.office, meeting: meeting.id, fileName: "a.csv",
            raw: StoreFixtures.rosterCSV([StoreFixtures.person("X1", "甲", unit: Self.office, precedence: 1)]))
        _ = try store.submitRosterCSV(
            unitNamed: Self.government, meeting: meeting.id, fileName: "b.csv",
            raw: StoreFixtures.rosterCSV([StoreFixtures.person("X1", "乙", unit: Self.government, precedence: 2)]))
        let error = #expect(throws: ExchangeStoreError.self) { try store.mergedRoster(meeting: meeting.id) }
        #expect(error?.kind == .conflict)
        #expect(error?.message.contains("'X1'") == true && error?.message.contains(Self.government) == true)
    }

    @Test func unusualNamesRoundTripFromUploadToPull() throws {
        let (store, meeting) = try Self.store(clock: TestClock())
        let long = String(repeating: "长", count: 10_000)
        let names = ["O'Brien \"李\", Jr.", "😀👨‍👩‍👧 家", "王喆镕𠀀", long, "line\nbreak"]
        let people = names.enumerated().map { index, name in
            Attendee(
                id: "N\(index)", name: name, unit: Self.office, unitOrder: 1, precedence: index + 1, role: .member,
                title: index == 3 ? long : "处长, \"副\"", tags: ["t\(index)", "共同"])
        }
        // Once as UTF-8, once as GB 18030 (GBK-only characters are encodable there too).
        for raw in [
            StoreFixtures.rosterCSV(people),
            try #require(TextDecoding.gb18030(String(decoding: StoreFixtures.rosterCSV(people), as: UTF8.self))),
        ] {
            let receipt = try store.submitRosterCSV(
                unitNamed: Self.office, meeting: meeting.id, fileName: "奇.csv", raw: raw)
            #expect(try store.rawFile(of: receipt.id) == raw)
            let merged = try store.mergedRoster(meeting: meeting.id)
            #expect(merged.attendees.map(\.name) == names)
            #expect(merged.attendees[3].title == long)
            #expect(merged.attendees.map(\.tags) == people.map(\.tags))
        }
        #expect(try store.submissions(meeting: meeting.id).map(\.encoding) == ["utf-8", "gb18030"])
    }
}
