import Foundation
import TestSupport
import Testing

@testable import ExchangeBridge

/// Door scans and check-ins, and the immutability of the tables of "5 of 6", on every backend
/// from the same code.
@Suite struct DoorScanStoreTests {
    /// A scan of `attendee`'s pass at `door`.
    static func scan(
        _ id: String, meeting: MeetingID, attendee: String?, door: String = "东门", verdict: DoorScan.Verdict = .admitted
    ) -> DoorScan {
        DoorScan(
            meeting: meeting, scanID: id, door: door, attendee: attendee, planVersion: 1, seatLabel: "一楼 3排15号",
            verdict: verdict, reason: verdict == .refused ? "座位已变更" : nil,
            codeSHA256: SHA256.hex(Data("code of \(attendee ?? "?")".utf8)))
    }

    @Test(arguments: BackendUnderTest.available)
    func aScanIsRecordedOnceAndThePersonsFirstCheckInIsKept(_ backend: BackendUnderTest) async throws {
        let (_, store, meeting) = try await KeyedStores.meeting(on: backend, keyed: false)
        let first = try await store.recordScan(Self.scan("s1", meeting: meeting.id, attendee: "A1"))
        #expect(!first.wasRecordedBefore && !first.isRepeat && first.checkedInAt == StoreFixtures.fixedDate)
        #expect(first.scannedAt == StoreFixtures.fixedDate)

        let again = try await store.recordScan(Self.scan("s1", meeting: meeting.id, attendee: "A1", door: "西门"))
        #expect(again.wasRecordedBefore && again.id == first.id && !again.isRepeat)
        #expect(again.checkedInAt == first.checkedInAt)

        let second = try await store.recordScan(Self.scan("s2", meeting: meeting.id, attendee: "A1", door: "西门"))
        #expect(!second.wasRecordedBefore && second.isRepeat && second.id != first.id)
        #expect(second.checkedInAt == StoreFixtures.fixedDate)
        let secondAgain = try await store.recordScan(Self.scan("s2", meeting: meeting.id, attendee: "A1"))
        #expect(secondAgain.wasRecordedBefore && secondAgain.isRepeat)

        let refused = try await store.recordScan(
            Self.scan("s3", meeting: meeting.id, attendee: "A2", verdict: .refused))
        #expect(refused.checkedInAt == nil && !refused.isRepeat && !refused.wasRecordedBefore)
        let unreadable = try await store.recordScan(
            Self.scan("s4", meeting: meeting.id, attendee: nil, verdict: .refused))
        #expect(unreadable.checkedInAt == nil)

        let checkIns = try await store.checkIns(meeting: meeting.id)
        #expect(checkIns == [CheckIn(attendee: "A1", at: StoreFixtures.fixedDate, door: "东门", planVersion: 1)])
        #expect(try await KeyedStores.count("door_scans", store) == 4)
        #expect(try await KeyedStores.count("checkins", store) == 1)
        // No audit entry per scan: door_scans is the record.
        #expect(try await store.auditLog(limit: 50).allSatisfy { !$0.action.contains("scan") })
    }

    @Test(arguments: BackendUnderTest.available)
    func malformedScansAndUnknownMeetingsAreRefused(_ backend: BackendUnderTest) async throws {
        let (_, store, meeting) = try await KeyedStores.meeting(on: backend, keyed: false)
        var scans: [DoorScan] = []
        for scanID in ["", String(repeating: "x", count: 101), "a\u{0}b"] {
            scans.append(Self.scan(scanID, meeting: meeting.id, attendee: "A1"))
        }
        scans.append(Self.scan("s1", meeting: meeting.id, attendee: "A1", door: "  "))
        scans.append(Self.scan("s2", meeting: meeting.id, attendee: nil))
        var badHash = Self.scan("s3", meeting: meeting.id, attendee: "A1")
        badHash.codeSHA256 = "abc"
        scans.append(badHash)
        for scan in scans {
            let error = await #expect(throws: ExchangeStoreError.self) { _ = try await store.recordScan(scan) }
            #expect(error?.kind == .invalidInput)
        }
        let unknown = await #expect(throws: ExchangeStoreError.self) {
            _ = try await store.recordScan(Self.scan("s9", meeting: MeetingID(rawValue: 999), attendee: "A1"))
        }
        #expect(unknown?.kind == .notFound)
        #expect(try await KeyedStores.count("door_scans", store) == 0)
        _ = try await store.recordScan(
            Self.scan(String(repeating: "x", count: 100), meeting: meeting.id, attendee: "A1"))
    }

    @Test(arguments: BackendUnderTest.available)
    func eightScansOfOnePersonAtTwoDoorsAtOnceCheckInOnce(_ backend: BackendUnderTest) async throws {
        let (location, _, meeting) = try await KeyedStores.meeting(on: backend, keyed: false)
        let doors = [try await location.open(), try await location.open()]
        let receipts = try await withThrowingTaskGroup(of: ScanReceipt.self) { group in
            for index in 0..<8 {
                let door = doors[index % 2]
                group.addTask {
                    try await door.recordScan(
                        Self.scan(
                            "door-\(index % 2)-\(index)", meeting: meeting.id, attendee: "A1", door: "门\(index % 2)"))
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(receipts.count == 8)
        #expect(receipts.filter { !$0.isRepeat }.count == 1)
        #expect(receipts.allSatisfy { $0.checkedInAt == StoreFixtures.fixedDate && !$0.wasRecordedBefore })
        #expect(try await doors[0].checkIns(meeting: meeting.id).map(\.attendee) == ["A1"])
        #expect(try await KeyedStores.count("door_scans", doors[1]) == 8)
        #expect(try await KeyedStores.count("checkins", doors[1]) == 1)
    }

    @Test(arguments: BackendUnderTest.available)
    func keysSignaturesScansAndCheckInsAreNeverChangedOrDeleted(_ backend: BackendUnderTest) async throws {
        let (location, store, meeting) = try await KeyedStores.meeting(on: backend)
        _ = try await store.sendNotice(KeyedStores.notice, to: .all, meeting: meeting.id)
        _ = try await store.recordScan(Self.scan("s1", meeting: meeting.id, attendee: "A1"))
        let tables = [
            ("office_keys", "created_by = 'x'"), ("document_signatures", "key_fingerprint = 'x'"),
            ("door_scans", "door = 'x'"), ("checkins", "attendee_id = 'x'"),
        ]
        for (table, change) in tables {
            #expect(try location.texts("SELECT count(*) FROM \(table)") == ["1"], "\(table)")
            #expect(throws: (any Error).self, "UPDATE \(table)") {
                try location.execute("UPDATE \(table) SET \(change)")
            }
            #expect(throws: (any Error).self, "DELETE \(table)") { try location.execute("DELETE FROM \(table)") }
            #expect(try location.texts("SELECT count(*) FROM \(table)") == ["1"], "\(table)")
        }
    }

    @Test(.enabled(if: PostgresTestServer.isAvailable, "no PostgreSQL test cluster: run `make test`"))
    func theUnitRoleReadsTheKeyAndSignaturesAndNothingOfTheDoor() async throws {
        let (location, store, meeting) = try await KeyedStores.meeting(on: .postgres)
        _ = try await store.sendNotice(KeyedStores.notice, to: .all, meeting: meeting.id)
        _ = try await store.recordScan(Self.scan("s1", meeting: meeting.id, attendee: "A1"))
        let unit = StoreBehaviourTests.government
        for table in ["office_keys", "document_signatures"] {
            #expect(
                try PostgresRowSecurityTests.asUnit(unit, location.location, "SELECT count(*) FROM \(table)") == "1")
        }
        for table in ["door_scans", "checkins"] {
            #expect(throws: (any Error).self, "\(table)") {
                try PostgresRowSecurityTests.asUnit(unit, location.location, "SELECT count(*) FROM \(table)")
            }
        }
    }
}
