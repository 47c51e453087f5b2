import ExchangeBridge
import Foundation
import OfficeKeys
import Testing

@Suite("Signed documents: genuine, altered, forged, another key's, unsigned")
struct DocumentVerdictTests {
    static func signature(_ statement: Data, by key: UnlockedOfficeKey) throws -> DocumentSignature {
        DocumentSignature(
            subject: .planVersion(PlanVersionID(rawValue: 7)), keyFingerprint: key.signer.keyFingerprint,
            statement: statement, signature: try key.signer.sign(statement), signedAt: Date())
    }

    static let statement =
        (try? SignedStatement.planVersion(
            id: PlanVersionID(rawValue: 7), meeting: MeetingID(rawValue: 1), version: 3, planSHA256: "ab12")) ?? Data()

    @Test("The office key's signature of an unchanged statement is genuine")
    func genuine() throws {
        let key = try OfficeKeyFixtures.unlocked()
        let verdict = key.publicKey.verify(try Self.signature(Self.statement, by: key), current: Self.statement)
        #expect(verdict.isGenuine)
    }

    @Test("A statement rebuilt from changed content is altered")
    func altered() throws {
        let key = try OfficeKeyFixtures.unlocked()
        let changed = try SignedStatement.planVersion(
            id: PlanVersionID(rawValue: 7), meeting: MeetingID(rawValue: 1), version: 3, planSHA256: "cd34")
        #expect(key.publicKey.verify(try Self.signature(Self.statement, by: key), current: changed) == .altered)
    }

    @Test("A signature changed in one byte, or made over another statement, does not verify")
    func forged() throws {
        let key = try OfficeKeyFixtures.unlocked()
        var signature = try Self.signature(Self.statement, by: key)
        signature.signature[signature.signature.count - 3] ^= 0x01
        #expect(key.publicKey.verify(signature, current: Self.statement) == .badSignature)
        var swapped = try Self.signature(Self.statement, by: key)
        swapped.statement = Data("{}".utf8)
        #expect(key.publicKey.verify(swapped, current: Data("{}".utf8)) == .badSignature)
    }

    @Test("Another office's signature and no signature are told apart")
    func otherKeyAndUnsigned() throws {
        let key = try OfficeKeyFixtures.unlocked()
        let other = try OfficeKeyFixtures.otherKey()
        let verdict = key.publicKey.verify(try Self.signature(Self.statement, by: other), current: Self.statement)
        #expect(verdict == .otherKey(other.publicKey.fingerprint))
        #expect(key.publicKey.verify(nil, current: Self.statement) == .unsigned)
    }
}
