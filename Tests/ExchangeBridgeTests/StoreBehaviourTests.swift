import ExchangeBridge
import ExchangePostgres
import Foundation
import SeatPlanCore
import TestSupport
import Testing

/// A backend the shared behavioural suite runs on.
enum BackendUnderTest: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    /// The backends available here: PostgreSQL only with the test cluster of `make test`.
    static var available: [BackendUnderTest] { PostgresTestServer.isAvailable ? allCases : [.sqlite] }

    /// A new, empty store of this backend, its clock fixed.
    func freshStore(actor: String = "tester") async throws -> any ExchangeStorage {
        let options = ExchangeStoreOptions(
            actor: actor, now: { StoreFixtures.fixedDate },
            databasePassword: ProcessInfo.processInfo.environment["PGPASSWORD"])
        let location =
            switch self {
            case .sqlite: try StoreFixtures.freshPath()
            case .postgres: try PostgresTestServer.freshDatabase()
            }
        return try await ExchangeStorageFactory.open(location, options: options)
    }
}

/// The store's behaviour through ``ExchangeStorage`` alone, from the same test code on every
/// backend: SQLite always, PostgreSQL with the test cluster (`make test` starts one).
@Suite struct StoreBehaviourTests {
    static let office = WorkflowTests.office
    static let government = WorkflowTests.government

    /// A store with a meeting and its two units.
    static func meeting(on backend: BackendUnderTest) async throws -> (any ExchangeStorage, Meeting) {
        let store = try await backend.freshStore()
        let meeting = try await store.findOrCreateMeeting(named: "测试会议")
        _ = try await store.saveUnits(
            [
                UnitDetails(name: office, officialOrder: 1, contactPerson: "李四", mobile: "13800000001"),
                UnitDetails(name: government, officialOrder: 2, parent: office, mobile: "13800000002"),
            ],
            meeting: meeting.id)
        return (store, meeting)
    }

    @Test(arguments: BackendUnderTest.available)
    func submissionsSupersedeAndPullMergesTheCurrentOnes(_ backend: BackendUnderTest) async throws {
        let (store, meeting) = try await Self.meeting(on: backend)
        let people = PushTests.people()
        let officeCSV = StoreFixtures.rosterCSV(people.filter { $0.unit == Self.office })
        let first = try await store.submitRosterCSV(
            unitNamed: Self.office, meeting: meeting.id, fileName: "a.csv", raw: officeCSV)
        let second = try await store.submitRosterCSV(
            unitNamed: Self.office, meeting: meeting.id, fileName: "b.csv", raw: officeCSV)
        #expect(first.version == 1 && second.version == 2 && second.status == .parsed)
        let submissions = try await store.submissions(meeting: meeting.id, unitNamed: Self.office)
        #expect(submissions.map(\.isCurrent) == [false, true])
        #expect(try await store.rawFile(of: first.id) == officeCSV)
        #expect(try await store.rows(of: second.id).count == 2)
        _ = try await store.submitRosterCSV(
            unitNamed: Self.government, meeting: meeting.id, fileName: "g.csv",
            raw: StoreFixtures.rosterCSV(people.filter { $0.unit == Self.government }))
        #expect(try await store.mergedRoster(meeting: meeting.id).attendees.map(\.id) == ["A1", "A2", "B1"])
        await #expect(throws: ExchangeStoreError.self) {
            _ = try await store.submitRosterCSV(
                unitNamed: "无此单位", meeting: meeting.id, fileName: "x.csv", raw: officeCSV)
        }
    }

    @Test(arguments: BackendUnderTest.available)
    func aGroupCommitKeepsEachUploadsOutcome(_ backend: BackendUnderTest) async throws {
        let (store, meeting) = try await Self.meeting(on: backend)
        let csv = StoreFixtures.rosterCSV([StoreFixtures.person("A1", "张三", unit: Self.office, precedence: 1)])
        let parsed = try RosterIntake.parse(csv, file: "a.csv", unit: Self.office)
        let results = await store.submitParsedRosters([
            ParsedRosterUpload(parsed, unitNamed: Self.office, meeting: meeting.id, fileName: "a.csv", raw: csv),
            ParsedRosterUpload(parsed, unitNamed: "无此单位", meeting: meeting.id, fileName: "b.csv", raw: csv),
            ParsedRosterUpload(parsed, unitNamed: Self.office, meeting: meeting.id, fileName: "c.csv", raw: csv),
        ])
        #expect((try? results[0].get())?.version == 1 && (try? results[2].get())?.version == 2)
        #expect((try? results[1].get()) == nil)
        #expect(try await store.submissions(meeting: meeting.id, unitNamed: Self.office).count == 2)
    }

    @Test(arguments: BackendUnderTest.available)
    func pushIsIdempotentAndAConditionalPushOnAStaleVersionIsRefused(_ backend: BackendUnderTest) async throws {
        let (store, meeting) = try await Self.meeting(on: backend)
        let people = PushTests.people()
        let json = try StoreFixtures.plan(seating: people).jsonData()
        let first = try await store.push(
            planJSON: json, fileName: "PLAN.json", documents: PushTests.documents(), meeting: meeting.id,
            beforeCommit: nil)
        #expect(first.plan.isNew && first.plan.info.version == 1 && first.noticesQueued == 2)
        let again = try await store.push(
            planJSON: json, fileName: "PLAN.json", documents: PushTests.documents(), meeting: meeting.id,
            beforeCommit: nil)
        #expect(!again.plan.isNew && again.plan.info.version == 1)
        #expect(try await store.plan(first.plan.info.id).json == json)
        let next = try StoreFixtures.plan(seating: Array(people.prefix(2))).jsonData()
        _ = try await store.push(
            planJSON: next, fileName: "PLAN.json", documents: [], meeting: meeting.id,
            condition: PushCondition(basedOnVersion: 1, requestID: "req-1"), beforeCommit: nil)
        #expect(try await store.planVersion(ofRequest: "req-1", meeting: meeting.id) == 2)
        await #expect(throws: ExchangeStoreError.self) {
            _ = try await store.push(
                planJSON: try StoreFixtures.plan(seating: Array(people.prefix(1))).jsonData(), fileName: "PLAN.json",
                documents: [], meeting: meeting.id, condition: PushCondition(basedOnVersion: 1), beforeCommit: nil)
        }
        #expect(try await store.planVersions(meeting: meeting.id).map(\.version) == [1, 2])
        #expect(try await store.planDiff(meeting: meeting.id, from: 1, to: 2).unseated.map(\.name) == ["王喆"])
    }

    @Test(arguments: BackendUnderTest.available)
    func noticesReachTheirUnitsAndTheFirstReadIsKept(_ backend: BackendUnderTest) async throws {
        let (store, meeting) = try await Self.meeting(on: backend)
        let units = try await store.units(meeting: meeting.id)
        let office = try #require(units.first { $0.details.name == Self.office })
        let government = try #require(units.first { $0.details.name == Self.government })
        #expect(try await store.unitScope(meeting: meeting.id, unitName: Self.office) == [office.id, government.id])
        #expect(try await store.unitScope(meeting: meeting.id, unitName: Self.government) == [government.id])
        let sent = try await store.sendNotice(
            NewNotice(
                title: "会议通知", body: "请按时报送名单", deadline: StoreFixtures.fixedDate + 86_400,
                attachments: [
                    NewAttachment(fileName: "议程.pdf", contentType: "application/pdf", bytes: Data("%PDF".utf8))
                ]),
            to: .units([government.id]), meeting: meeting.id)
        #expect(try await store.inbox(units: [office.id]).isEmpty)
        #expect(try await store.inbox(units: [government.id]).map(\.notice.id) == [sent.id])
        let firstRead = try await store.recordRead(notice: sent.id, unit: government.id, reader: "unit:g")
        let secondRead = try await store.recordRead(notice: sent.id, unit: government.id, reader: "unit:other")
        #expect(firstRead == secondRead)
        let board = try await store.deliveryBoard(meeting: meeting.id, notice: sent.id)
        #expect(board.first { $0.unitID == government.id }?.readAt == firstRead)
        let reminders = try await store.queueReadReminders(notice: sent.id, units: nil)
        #expect(reminders.queued.isEmpty)
        let attachment = try #require(sent.attachments.first)
        #expect(try await store.attachment(attachment.id).bytes == Data("%PDF".utf8))
    }

    @Test(arguments: BackendUnderTest.available)
    func accountsActivateSignInAndLockAsTheServerExpects(_ backend: BackendUnderTest) async throws {
        let (store, _) = try await Self.meeting(on: backend)
        let account = try await store.createAccount(
            NewAccount(login: "Dongqiao", kind: .unit, unitName: Self.government, displayName: Self.government),
            activation: ActivationHash(hash: String(repeating: "c", count: 64), expiresAt: StoreFixtures.fixedDate + 60)
        )
        await #expect(throws: ExchangeStoreError.self) {
            _ = try await store.createAccount(
                NewAccount(login: "dongqiao", kind: .staff, displayName: "重复"),
                activation: ActivationHash(hash: String(repeating: "d", count: 64), expiresAt: StoreFixtures.fixedDate))
        }
        let active = try await store.activateAccount(codeHash: String(repeating: "c", count: 64), passwordHash: "h")
        #expect(active.id == account.id)
        #expect(try await store.signInRecord(login: "DONGQIAO")?.passwordHash == "h")
        try await store.startSession(
            tokenHash: String(repeating: "e", count: 64), account: account.id, expiresAt: StoreFixtures.fixedDate + 3600
        )
        #expect(try await store.session(tokenHash: String(repeating: "e", count: 64))?.account.id == account.id)
        try await store.endSession(tokenHash: String(repeating: "e", count: 64))
        #expect(try await store.session(tokenHash: String(repeating: "e", count: 64)) == nil)
    }

    @Test(arguments: BackendUnderTest.available)
    func outboxMessagesAreClaimedOnceAndDeliveredOnce(_ backend: BackendUnderTest) async throws {
        let (store, meeting) = try await Self.meeting(on: backend)
        let queued = try await store.queueReminders(meeting: meeting.id, deadline: nil, units: nil)
        #expect(queued.queued.count == 2)
        let again = try await store.queueReminders(meeting: meeting.id, deadline: nil, units: nil)
        #expect(again.queued.isEmpty && again.alreadyQueued.count == 2)
        let claim = try await store.claimDueMessages(limit: 10, worker: "w1", lease: .seconds(60))
        #expect(claim.messages.count == 2)
        #expect(try await store.claimDueMessages(limit: 10, worker: "w2", lease: .seconds(60)).messages.isEmpty)
        let message = try #require(claim.messages.first)
        #expect(try await store.recordDelivered(message.id, token: message.claimToken, via: "log"))
        #expect(try await !store.recordDelivered(message.id, token: message.claimToken, via: "log"))
    }

    @Test(arguments: BackendUnderTest.available)
    func everyWriteIsAuditedAndCountsAreKept(_ backend: BackendUnderTest) async throws {
        let (store, meeting) = try await Self.meeting(on: backend)
        _ = try await store.submitRosterCSV(
            unitNamed: Self.office, meeting: meeting.id, fileName: "a.csv",
            raw: StoreFixtures.rosterCSV(PushTests.people().filter { $0.unit == Self.office }))
        let actions = try await store.auditLog(limit: 20).map(\.action)
        #expect(actions.contains("submission.receive") && actions.contains("submission.parse"))
        let counts = Dictionary(uniqueKeysWithValues: try await store.rowCounts().map { ($0.table, $0.rows) })
        #expect(counts["units"] == 2 && counts["submission_rows"] == 2 && counts["roster_submissions"] == 1)
    }
}
