import ExchangePostgres
import Foundation
import SeatPlanCore
import Testing

@testable import ExchangeBridge

/// The store commands' path through ``ExchangeStorage`` alone: opened by the factory, every
/// step of a meeting (units, submit, status, remind, pull, push, versions, diff) through the
/// protocol, as a second backend would serve them.
struct StorageInterfaceTests {
    static let office = WorkflowTests.office
    static let government = WorkflowTests.government

    @Test func theFactoryOpensAnSQLiteStoreWithTheGivenActor() async throws {
        let path = try StoreFixtures.freshPath()
        let storage = try await ExchangeStorageFactory.open(
            path, options: ExchangeStoreOptions(actor: "seatplan store init"))
        #expect(storage.path == path)
        #expect((storage as? ExchangeStore)?.actor == "seatplan store init")
        let settings = try await storage.connectionSettings()
        #expect(settings.journalMode == "wal" && settings.appliedMigrations == ExchangeSchema.knownMigrations)
    }

    @Test func aMeetingRunsEndToEndThroughTheProtocol() async throws {
        let storage: any ExchangeStorage = try await ExchangeStorageFactory.open(
            try StoreFixtures.freshPath(),
            options: ExchangeStoreOptions(actor: "tester", now: { StoreFixtures.fixedDate }))
        let meeting = try await storage.findOrCreateMeeting(named: "测试会议")
        #expect(try await storage.chooseMeeting(named: nil) == meeting)
        let saved = try await storage.saveUnits(
            [UnitDetails(name: Self.office, officialOrder: 1), UnitDetails(name: Self.government, officialOrder: 2)],
            meeting: meeting.id)
        #expect(saved.added == 2)

        let people = PushTests.people()
        let receipt = try await storage.submitRosterCSV(
            unitNamed: Self.office, meeting: meeting.id, fileName: "r.csv",
            raw: StoreFixtures.rosterCSV(people.filter { $0.unit == Self.office }))
        #expect(try await storage.submission(receipt.id).acceptedCount == 2)
        #expect(try await storage.submissionOverview(meeting: meeting.id, deadline: nil).submittedCount == 1)
        #expect(
            try await storage.queueReminders(meeting: meeting.id, deadline: nil, units: nil).queued == [Self.government]
        )
        _ = try await storage.submitRosterCSV(
            unitNamed: Self.government, meeting: meeting.id, fileName: "r.csv",
            raw: StoreFixtures.rosterCSV(people.filter { $0.unit == Self.government }))
        #expect(try await storage.mergedRoster(meeting: meeting.id).attendees.map(\.id) == ["A1", "A2", "B1"])

        let first = try await storage.push(
            planJSON: try StoreFixtures.plan(seating: people).jsonData(), fileName: "PLAN.json",
            documents: PushTests.documents(), meeting: meeting.id, beforeCommit: nil)
        #expect(first.documents.map(\.kind) == [.chart, .seatList] && first.noticesQueued == 2)
        let second = try await storage.push(
            planJSON: try StoreFixtures.plan(seating: Array(people.prefix(2))).jsonData(), fileName: "PLAN.json",
            documents: [], meeting: meeting.id, beforeCommit: nil)
        #expect(try await storage.planVersions(meeting: meeting.id).map(\.version) == [1, 2])
        let diff = try await storage.planDiff(meeting: meeting.id, from: 1, to: second.plan.info.version)
        #expect(diff.unseated.map(\.name) == ["王喆"])
        #expect(try await storage.outbox(meeting: meeting.id, kind: NoticeKind.seatNotice).count >= 2)
    }
}
