import Foundation
import TestSupport
import Testing

@testable import ExchangeBridge

/// A sealer without cryptography: `sm4:` and the base64 of the field name and the value (the
/// real SM4 one lives in `OfficeKeys`). Opening checks the field, as the real one does.
struct TestSealer: FieldSealer {
    struct Failure: Error {}

    func seal(_ value: String, field: String) throws -> String {
        Self.sealedPrefix + Data("\(field)\n\(value)".utf8).base64EncodedString()
    }

    func open(_ stored: String, field: String) throws -> String {
        guard stored.hasPrefix(Self.sealedPrefix),
            let data = Data(base64Encoded: String(stored.dropFirst(Self.sealedPrefix.count)))
        else { throw Failure() }
        let text = String(decoding: data, as: UTF8.self)
        guard text.hasPrefix(field + "\n") else { throw Failure() }
        return String(text.dropFirst(field.count + 1))
    }
}

/// A sealer that can neither seal nor open.
struct FailingSealer: FieldSealer {
    struct Failure: Error {}

    func seal(_ value: String, field: String) throws -> String { throw Failure() }
    func open(_ stored: String, field: String) throws -> String { throw Failure() }
}

/// Personal fields sealed at rest, on every backend from the same code.
@Suite struct SealedFieldsStoreTests {
    static let office = StoreBehaviourTests.office
    static let government = StoreBehaviourTests.government
    static let officeContact = UnitDetails(
        name: office, officialOrder: 1, contactPerson: "张联络", officePhone: "0571-87654321", mobile: "13811112222")

    @Test(arguments: BackendUnderTest.available)
    func personalFieldsAreStoredSealedAndReadOpened(_ backend: BackendUnderTest) async throws {
        let (location, store, meeting) = try await KeyedStores.meeting(on: backend, sealer: TestSealer())
        let saved = try await store.saveUnits([Self.officeContact], meeting: meeting.id)
        #expect(saved.updated == 1)
        let raw = try location.texts(
            "SELECT contact_person || '|' || office_phone || '|' || mobile FROM units ORDER BY official_order")
        let officeRaw = try #require(raw.first).components(separatedBy: "|")
        #expect(officeRaw.allSatisfy { $0.hasPrefix("sm4:") })
        #expect(try TestSealer().open(officeRaw[2], field: "units.mobile") == "13811112222")
        #expect(raw.last == "||")
        let units = try await store.units(meeting: meeting.id)
        #expect(
            units.first?.details
                == UnitDetails(
                    name: Self.office, officialOrder: 1, contactPerson: "张联络", officePhone: "0571-87654321",
                    mobile: "13811112222"))
        #expect(try await store.unit(try #require(units.first).id)?.details.mobile == "13811112222")
        // Unchanged values are compared opened: saving them again changes nothing.
        #expect(try await store.saveUnits([Self.officeContact], meeting: meeting.id).unchanged == 1)
        var changed = Self.officeContact
        changed.mobile = "13899990000"
        #expect(try await store.saveUnits([changed], meeting: meeting.id).updated == 1)
        let audit = try #require(try await store.auditLog(limit: 1).first)
        #expect(audit.action == "unit.update" && audit.detail.contains("mobile") && !audit.detail.contains("1389"))
        #expect(try location.texts("SELECT mobile FROM units ORDER BY official_order").first?.hasPrefix("sm4:") == true)
        #expect(try await store.units(meeting: meeting.id).first?.details.mobile == "13899990000")
    }

    @Test(arguments: BackendUnderTest.available)
    func withoutTheSealerSealedValuesReadAsSuchWritesAreRefusedAndClaimsWait(
        _ backend: BackendUnderTest
    ) async throws {
        let (location, sealed, meeting) = try await KeyedStores.meeting(on: backend, sealer: TestSealer())
        _ = try await sealed.saveUnits([Self.officeContact], meeting: meeting.id)
        let unsealed = try await location.open(signer: TestSigner(keyFingerprint: KeyedStores.fingerprint))
        let units = try await unsealed.units(meeting: meeting.id)
        let office = try #require(units.first)
        #expect(office.details.contactPerson == "（已加密）" && office.details.mobile == "（已加密）")
        #expect(units.last?.details.mobile == "")
        // What was read is saved back unchanged (e.g. a new official order only)...
        var reordered = units.map(\.details)
        reordered[1].officialOrder = 3
        let result = try await unsealed.saveUnits(reordered, meeting: meeting.id)
        #expect(result.unchanged == 1 && result.updated == 1)
        #expect(try await sealed.units(meeting: meeting.id).first?.details == Self.officeContact)
        // ... but a contact detail is not written in plain text.
        var plain = office.details
        plain.mobile = "13700000000"
        let error = await #expect(throws: ExchangeStoreError.self) {
            _ = try await unsealed.saveUnits([plain], meeting: meeting.id)
        }
        #expect(error?.kind == .invalidInput)
        #expect(
            error?.message
                == "this store keeps contact details encrypted: unlock the office key "
                + "(--key-passphrase-file FILE or SEATPLAN_KEY_PASSPHRASE)")
        let newUnit = UnitDetails(name: "新单位", officialOrder: 4, mobile: "13700000000")
        await #expect(throws: ExchangeStoreError.self) {
            _ = try await unsealed.saveUnits([newUnit], meeting: meeting.id)
        }

        // The outbox: without the sealer a sealed mobile is not handed out, and its message waits.
        let notice = try await sealed.sendNotice(KeyedStores.notice, to: .all, meeting: meeting.id)
        #expect(try await sealed.queueReadReminders(notice: notice.id, units: nil).queued.count == 2)
        let waiting = try await unsealed.claimDueMessages(limit: 10, worker: "w1", lease: .seconds(60))
        #expect(waiting.messages.isEmpty && waiting.unreachable.count == 1)
        let claimed = try await sealed.claimDueMessages(limit: 10, worker: "w2", lease: .seconds(60))
        #expect(claimed.messages.map(\.mobile) == ["13811112222"] && claimed.unreachable.isEmpty)
        #expect(claimed.messages.first?.unitID == office.id)
    }

    @Test(arguments: BackendUnderTest.available)
    func sealingPersonalFieldsLeavesNoPlainCopy(_ backend: BackendUnderTest) async throws {
        let (location, plain, meeting) = try await KeyedStores.meeting(on: backend, keyed: false)
        let government = UnitDetails(
            name: Self.government, officialOrder: 2, parent: Self.office, mobile: "13933334444")
        _ = try await plain.saveUnits([Self.officeContact, government], meeting: meeting.id)
        var replaced = government
        replaced.mobile = "13955556666"
        _ = try await plain.saveUnits([replaced], meeting: meeting.id)
        try await plain.saveOfficeKey(KeyedStores.key())
        let refused = await #expect(throws: ExchangeStoreError.self) { _ = try await plain.sealPersonalFields() }
        #expect(refused?.kind == .invalidInput)

        let store = try await location.open(
            signer: TestSigner(keyFingerprint: KeyedStores.fingerprint), sealer: TestSealer())
        #expect(try await store.sealPersonalFields() == 4)
        if backend == .sqlite {
            // Neither the database file nor its write-ahead log holds a byte of the plain values.
            var bytes = try Data(contentsOf: URL(fileURLWithPath: location.location))
            bytes += (try? Data(contentsOf: URL(fileURLWithPath: location.location + "-wal"))) ?? Data()
            for value in ["13811112222", "0571-87654321", "张联络", "13933334444", "13955556666"] {
                #expect(bytes.range(of: Data(value.utf8)) == nil, "\(value) is still in the store's files")
            }
            #expect(bytes.range(of: Data(Self.office.utf8)) != nil)
            // Every connection zeroes what it deletes or overwrites.
            let sqlite = try ExchangeStore(path: location.location, options: StoreFixtures.options())
            #expect(try sqlite.fetchInteger("PRAGMA secure_delete") == 1)
            #expect(try sqlite.connectionSettings().journalMode == "wal")
        }
        #expect(try await store.sealPersonalFields() == 0)
        let raw = try location.texts("SELECT contact_person || office_phone || mobile FROM units WHERE mobile <> ''")
        #expect(raw.count == 2 && raw.allSatisfy { $0.hasPrefix("sm4:") })
        #expect(try await store.units(meeting: meeting.id).map(\.details) == [Self.officeContact, replaced])
        let audit = try await store.auditLog(limit: 10).filter { $0.action == "units.seal" }
        #expect(audit.count == 1 && audit.first?.detail.contains("4") == true)
    }

    @Test(arguments: BackendUnderTest.available)
    func aFailingSealerNamesTheFieldNeverTheValue(_ backend: BackendUnderTest) async throws {
        let (location, sealed, meeting) = try await KeyedStores.meeting(on: backend, sealer: TestSealer())
        let failing = try await location.open(sealer: FailingSealer())
        let write = await #expect(throws: ExchangeStoreError.self) {
            _ = try await failing.saveUnits([Self.officeContact], meeting: meeting.id)
        }
        #expect(write?.kind == .invalidInput)
        #expect(write?.message.contains("units.contact_person of unit '\(Self.office)'") == true)
        #expect(write?.message.contains("张联络") == false)
        _ = try await sealed.saveUnits([Self.officeContact], meeting: meeting.id)
        let read = await #expect(throws: ExchangeStoreError.self) { _ = try await failing.units(meeting: meeting.id) }
        #expect(read?.kind == .corrupt && read?.message.contains("units.contact_person") == true)
        #expect(read?.message.contains("张联络") == false && read?.message.contains("sm4:") == false)
    }
}
