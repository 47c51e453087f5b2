import ExchangePostgres
import Foundation
import SeatPlanCore
import TestSupport
import Testing

@testable import ExchangeBridge

/// A signer without cryptography: its "signature" is the SHA-256 of its fingerprint and the
/// statement (the real SM2 signer lives in `OfficeKeys`).
struct TestSigner: DocumentSigner {
    let keyFingerprint: String

    func sign(_ statement: Data) throws -> Data { Self.signature(keyFingerprint, statement) }

    static func signature(_ fingerprint: String, _ statement: Data) -> Data {
        Data(SHA256.hex(Data(fingerprint.utf8) + statement).utf8)
    }
}

/// A signer whose every signature fails.
struct FailingSigner: DocumentSigner {
    let keyFingerprint: String

    struct Failure: Error {}

    func sign(_ statement: Data) throws -> Data { throw Failure() }
}

/// One fresh store location of a backend, opened as often as a test needs (other options, a
/// second "door"), and read behind the API: SQL through GRDB for SQLite, `psql` for PostgreSQL.
struct StoreLocation {
    let backend: BackendUnderTest
    let location: String

    /// A new, empty location of `backend`.
    init(_ backend: BackendUnderTest) throws {
        self.backend = backend
        location =
            switch backend {
            case .sqlite: try StoreFixtures.freshPath()
            case .postgres: try PostgresTestServer.freshDatabase()
            }
    }

    /// The store there, its clock fixed, with `signer` and `sealer`.
    func open(
        signer: (any DocumentSigner)? = nil, sealer: (any FieldSealer)? = nil
    ) async throws -> any ExchangeStorage {
        let options = ExchangeStoreOptions(
            actor: "tester", now: { StoreFixtures.fixedDate },
            databasePassword: ProcessInfo.processInfo.environment["PGPASSWORD"], signer: signer, fieldSealer: sealer)
        return try await ExchangeStorageFactory.open(location, options: options)
    }

    /// The first column of `sql`'s rows, as text, read behind the API.
    func texts(_ sql: String) throws -> [String] {
        switch backend {
        case .sqlite:
            return try ExchangeStore(path: location, options: StoreFixtures.options()).fetchTexts(sql)
        case .postgres:
            let output = try PostgresTestServer.psql(location, sql)
            return output.isEmpty ? [] : output.components(separatedBy: "\n")
        }
    }

    /// Runs `sql` behind the API (as the store's owner).
    func execute(_ sql: String) throws {
        switch backend {
        case .sqlite: try ExchangeStore(path: location, options: StoreFixtures.options()).executeRawSQL(sql)
        case .postgres: try PostgresTestServer.psql(location, sql)
        }
    }
}

/// Fixtures of a store with an office key.
enum KeyedStores {
    static let fingerprint = String(repeating: "ab", count: 32)

    /// An office key record with fake key material.
    static func key(_ fingerprint: String = fingerprint) -> OfficeKeyRecord {
        OfficeKeyRecord(
            fingerprint: fingerprint, publicKey: Data([0x30, 0x59, 1, 2]),
            protectedPrivateKey: Data(#"{"kdf":"pbkdf2-sm3"}"#.utf8), wrappedDataKey: Data([9, 8, 7]),
            createdAt: StoreFixtures.fixedDate, createdBy: "staff:admin")
    }

    /// A store at a fresh location of `backend` with a meeting and two units, given an office
    /// key when `keyed`, opened with a signer of that key (when keyed) and `sealer`.
    static func meeting(
        on backend: BackendUnderTest, keyed: Bool = true, sealer: (any FieldSealer)? = nil
    ) async throws -> (StoreLocation, any ExchangeStorage, Meeting) {
        let location = try StoreLocation(backend)
        let store = try await location.open(
            signer: keyed ? TestSigner(keyFingerprint: fingerprint) : nil, sealer: sealer)
        if keyed { try await store.saveOfficeKey(key()) }
        let meeting = try await store.findOrCreateMeeting(named: "测试会议")
        _ = try await store.saveUnits(
            [
                UnitDetails(name: StoreBehaviourTests.office, officialOrder: 1),
                UnitDetails(name: StoreBehaviourTests.government, officialOrder: 2, parent: StoreBehaviourTests.office),
            ],
            meeting: meeting.id)
        return (location, store, meeting)
    }

    /// The plan of ``PushTests/people()``.
    static func planJSON() throws -> Data { try StoreFixtures.plan(seating: PushTests.people()).jsonData() }

    /// A staff notice to every unit.
    static let notice = NewNotice(
        title: "会议通知", body: "请按时报送名单", deadline: StoreFixtures.fixedDate + 86_400,
        attachments: [NewAttachment(fileName: "议程.pdf", contentType: "application/pdf", bytes: Data("%PDF".utf8))])

    /// The rows of `table`.
    static func count(_ table: String, _ store: any ExchangeStorage) async throws -> Int {
        try await store.rowCounts().first { $0.table == table }?.rows ?? -1
    }
}

/// The office key and signed publishing, on every backend from the same code.
@Suite struct SigningStoreTests {
    @Test(arguments: BackendUnderTest.available)
    func theOfficeKeyIsSavedOnceAndAuditedByItsFingerprint(_ backend: BackendUnderTest) async throws {
        let store = try await StoreLocation(backend).open()
        #expect(try await store.officeKey() == nil)
        try await store.saveOfficeKey(KeyedStores.key())
        #expect(try await store.officeKey() == KeyedStores.key())
        let other = KeyedStores.key(String(repeating: "cd", count: 32))
        let error = await #expect(throws: ExchangeStoreError.self) { try await store.saveOfficeKey(other) }
        #expect(error?.kind == .conflict)
        #expect(error?.message == "already has an office key (fingerprint \(KeyedStores.fingerprint))")
        #expect(try await store.officeKey() == KeyedStores.key())
        let audit = try await store.auditLog(limit: 10).filter { $0.action == "keys.init" }
        #expect(audit.count == 1)
        #expect(audit.first?.detail.contains(KeyedStores.fingerprint) == true)
        #expect(audit.first?.subject == "office_key")
        let bad = await #expect(throws: ExchangeStoreError.self) {
            try await StoreLocation(backend).open().saveOfficeKey(KeyedStores.key("NOT HEX"))
        }
        #expect(bad?.kind == .invalidInput)
    }

    @Test(arguments: BackendUnderTest.available)
    func pushAndNoticesAreSignedAsStored(_ backend: BackendUnderTest) async throws {
        let (_, store, meeting) = try await KeyedStores.meeting(on: backend)
        let pushed = try await store.push(
            planJSON: try KeyedStores.planJSON(), fileName: "PLAN.json", documents: [], meeting: meeting.id,
            beforeCommit: nil)
        let info = pushed.plan.info
        let planSignature = try #require(try await store.signature(of: .planVersion(info.id)))
        let statement = try SignedStatement.planVersion(
            id: info.id, meeting: meeting.id, version: info.version, planSHA256: info.contentHash)
        #expect(planSignature.statement == statement)
        #expect(planSignature.keyFingerprint == KeyedStores.fingerprint)
        #expect(planSignature.signature == TestSigner.signature(KeyedStores.fingerprint, statement))
        #expect(planSignature.signedAt == StoreFixtures.fixedDate)
        let seatNotice = try #require(try await store.notices(meeting: meeting.id).first { $0.category == .seatNotice })
        let seatSignature = try #require(try await store.signature(of: .notice(seatNotice.id)))
        #expect(seatSignature.statement == (try SignedStatement.notice(seatNotice)))

        let sent = try await store.sendNotice(KeyedStores.notice, to: .all, meeting: meeting.id)
        let noticeSignature = try #require(try await store.signature(of: .notice(sent.id)))
        #expect(noticeSignature.statement == (try SignedStatement.notice(try await store.notice(sent.id))))
        #expect(noticeSignature.signature == TestSigner.signature(KeyedStores.fingerprint, noticeSignature.statement))
        #expect(try await KeyedStores.count("document_signatures", store) == 3)

        // An idempotent re-push adds no signature.
        _ = try await store.push(
            planJSON: try KeyedStores.planJSON(), fileName: "PLAN.json", documents: [], meeting: meeting.id,
            beforeCommit: nil)
        #expect(try await KeyedStores.count("document_signatures", store) == 3)
    }

    @Test(arguments: BackendUnderTest.available)
    func aStoreWithAnOfficeKeyRefusesToPublishUnsigned(_ backend: BackendUnderTest) async throws {
        let (location, _, meeting) = try await KeyedStores.meeting(on: backend)
        let unsigned = try await location.open()
        let push = await #expect(throws: ExchangeStoreError.self) {
            _ = try await unsigned.push(
                planJSON: try KeyedStores.planJSON(), fileName: "PLAN.json", documents: [], meeting: meeting.id,
                beforeCommit: nil)
        }
        #expect(push?.kind == .invalidInput)
        #expect(
            push?.message
                == "this store signs what it publishes (office key \(KeyedStores.fingerprint.prefix(16))…): "
                + "unlock the office key (--key-passphrase-file FILE or SEATPLAN_KEY_PASSPHRASE)")
        let notice = await #expect(throws: ExchangeStoreError.self) {
            _ = try await unsigned.sendNotice(KeyedStores.notice, to: .all, meeting: meeting.id)
        }
        #expect(notice?.message == push?.message)
        #expect(try await unsigned.planVersions(meeting: meeting.id).isEmpty)
        #expect(try await unsigned.notices(meeting: meeting.id).isEmpty)
    }

    @Test(arguments: BackendUnderTest.available)
    func aSignerOfAnotherKeyIsRefused(_ backend: BackendUnderTest) async throws {
        let (location, _, meeting) = try await KeyedStores.meeting(on: backend)
        let otherKey = String(repeating: "cd", count: 32)
        let wrong = try await location.open(signer: TestSigner(keyFingerprint: otherKey))
        let error = await #expect(throws: ExchangeStoreError.self) {
            _ = try await wrong.sendNotice(KeyedStores.notice, to: .all, meeting: meeting.id)
        }
        #expect(error?.kind == .invalidInput)
        #expect(error?.message.contains(otherKey) == true && error?.message.contains(KeyedStores.fingerprint) == true)
        #expect(try await wrong.notices(meeting: meeting.id).isEmpty)
    }

    @Test(arguments: BackendUnderTest.available)
    func aFailingSignerLeavesNothingPublished(_ backend: BackendUnderTest) async throws {
        let (location, _, meeting) = try await KeyedStores.meeting(on: backend)
        let failing = try await location.open(signer: FailingSigner(keyFingerprint: KeyedStores.fingerprint))
        let error = await #expect(throws: ExchangeStoreError.self) {
            _ = try await failing.push(
                planJSON: try KeyedStores.planJSON(), fileName: "PLAN.json", documents: [], meeting: meeting.id,
                beforeCommit: nil)
        }
        #expect(error?.kind == .invalidInput)
        #expect(error?.message.hasPrefix("cannot sign plan version #") == true)
        // The signature is made in the push's transaction: without it, nothing was stored.
        #expect(try await failing.planVersions(meeting: meeting.id).isEmpty)
        #expect(try await KeyedStores.count("outbox", failing) == 0)
        await #expect(throws: ExchangeStoreError.self) {
            _ = try await failing.sendNotice(KeyedStores.notice, to: .all, meeting: meeting.id)
        }
        #expect(try await failing.notices(meeting: meeting.id).isEmpty)
    }

    @Test(arguments: BackendUnderTest.available)
    func aStoreWithoutAnOfficeKeyPublishesUnsigned(_ backend: BackendUnderTest) async throws {
        let (location, store, meeting) = try await KeyedStores.meeting(on: backend, keyed: false)
        let pushed = try await store.push(
            planJSON: try KeyedStores.planJSON(), fileName: "PLAN.json", documents: [], meeting: meeting.id,
            beforeCommit: nil)
        #expect(try await store.signature(of: .planVersion(pushed.plan.info.id)) == nil)
        #expect(try await KeyedStores.count("document_signatures", store) == 0)
        // A signer needs the store's office key to check it against.
        let signing = try await location.open(signer: TestSigner(keyFingerprint: KeyedStores.fingerprint))
        let error = await #expect(throws: ExchangeStoreError.self) {
            _ = try await signing.sendNotice(KeyedStores.notice, to: .all, meeting: meeting.id)
        }
        #expect(error?.kind == .invalidInput)
    }

    @Test(.enabled(if: PostgresTestServer.isAvailable, "no PostgreSQL test cluster: run `make test`"))
    func storeMigrateCopiesKeysSignaturesScansAndSealedFields() async throws {
        let sealer = TestSealer()
        let (location, store, meeting) = try await KeyedStores.meeting(on: .sqlite, sealer: sealer)
        _ = try await store.saveUnits(
            [UnitDetails(name: StoreBehaviourTests.office, officialOrder: 1, mobile: "13912345678")],
            meeting: meeting.id)
        _ = try await store.push(
            planJSON: try KeyedStores.planJSON(), fileName: "PLAN.json", documents: [], meeting: meeting.id,
            beforeCommit: nil)
        _ = try await store.recordScan(DoorScanStoreTests.scan("s1", meeting: meeting.id, attendee: "A1"))
        let source = try ExchangeStore(path: location.location, options: StoreFixtures.options())
        let target = try await PostgresExchangeStore(
            location: try PostgresLocation(try PostgresTestServer.freshDatabase()),
            options: ExchangeStoreOptions(
                now: { StoreFixtures.fixedDate }, databasePassword: ProcessInfo.processInfo.environment["PGPASSWORD"],
                fieldSealer: sealer))
        let copies = try await PostgresStoreCopy.copy(from: source, to: target)
        let rows = Dictionary(uniqueKeysWithValues: copies.map { ($0.table, $0.rows) })
        #expect(rows["office_keys"] == 1 && rows["document_signatures"] == 2)
        #expect(rows["door_scans"] == 1 && rows["checkins"] == 1)
        #expect(try await target.officeKey() == KeyedStores.key())
        #expect(try await target.units(meeting: meeting.id).first?.details.mobile == "13912345678")
        #expect(try await target.checkIns(meeting: meeting.id).map(\.attendee) == ["A1"])
    }
}
