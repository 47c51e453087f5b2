import ExchangeBridge
import Foundation
import OfficeKeys
import Testing

@Suite("The office key: made, sealed, unlocked")
struct OfficeKeyTests {
    @Test("The record keeps the private key sealed and opens only with the passphrase")
    func theRecordOpensOnlyWithThePassphrase() throws {
        let record = OfficeKeyFixtures.record
        #expect(record.fingerprint.count == 64)
        let envelope = String(decoding: record.protectedPrivateKey, as: UTF8.self)
        #expect(envelope.contains("pbkdf2-hmac-sm3"))
        #expect(!envelope.contains(OfficeKeyFixtures.passphrase))
        #expect(throws: OfficeKeyError.wrongPassphrase) {
            try UnlockedOfficeKey(record, passphrase: "wrong passphrase, long enough")
        }
        let key = try OfficeKeyFixtures.unlocked()
        #expect(key.publicKey.fingerprint == record.fingerprint)
        #expect(!String(describing: key).contains(OfficeKeyFixtures.passphrase))
    }

    @Test("A short passphrase is refused")
    func aShortPassphraseIsRefused() {
        #expect(throws: OfficeKeyError.weakPassphrase(minimumLength: OfficeKeyMaker.minimumPassphraseLength)) {
            try OfficeKeyMaker.make(passphrase: "short", createdBy: "tester", at: Date(), iterations: 1_000)
        }
    }

    @Test("A record whose public key was swapped is refused")
    func aSwappedPublicKeyIsRefused() throws {
        var record = OfficeKeyFixtures.record
        record.publicKey = try OfficeKeyFixtures.otherRecord().publicKey
        #expect(throws: OfficeKeyError.self) { try OfficePublicKey(record) }
    }

    @Test("Sealed fields open only as the field they were sealed for, and never repeat")
    func sealedFieldsAreBoundToTheirField() throws {
        let sealer = try OfficeKeyFixtures.unlocked().fieldSealer
        let first = try sealer.seal("13812345678", field: "units.mobile")
        let second = try sealer.seal("13812345678", field: "units.mobile")
        #expect(first.hasPrefix("sm4:"))
        #expect(first != second)
        #expect(!first.contains("13812345678"))
        #expect(try sealer.open(first, field: "units.mobile") == "13812345678")
        #expect(throws: (any Error).self) { try sealer.open(first, field: "units.office_phone") }
        let otherSealer = try OfficeKeyFixtures.otherKey().fieldSealer
        #expect(throws: (any Error).self) { try otherSealer.open(first, field: "units.mobile") }
    }
}
