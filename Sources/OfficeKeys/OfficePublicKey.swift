import ExchangeBridge
import Foundation
import NationalCrypto

/// The office's public key: all that verifying a document or a pass needs (no passphrase).
public struct OfficePublicKey: Sendable {
    /// SM3 of the key's DER, lowercase hex.
    public let fingerprint: String
    let key: SM2PublicKey

    /// The public key of a stored office key record; checks that the fingerprint matches.
    public init(_ record: OfficeKeyRecord) throws(OfficeKeyError) {
        do {
            key = try SM2PublicKey(derRepresentation: record.publicKey)
            fingerprint = try OfficeKeyMaker.fingerprint(of: record.publicKey)
        } catch {
            throw .damagedKey("the public key does not read as an SM2 key (\(error))")
        }
        guard fingerprint == record.fingerprint else {
            throw .damagedKey("the public key does not match its fingerprint")
        }
    }

    /// Whether `signature` is this key's SM2-with-SM3 signature of `message` (standard id).
    func isValid(_ signature: Data, for message: Data) -> Bool {
        key.isValidSignature(signature, for: message)
    }

    /// Whether a stored document's signature is genuine and the document unchanged: the statement
    /// rebuilt from what the store holds now (`current`) must equal the signed one, and the
    /// signature must be this key's.
    public func verify(_ signature: DocumentSignature?, current: Data) -> DocumentVerdict {
        guard let signature else { return .unsigned }
        guard signature.keyFingerprint == fingerprint else { return .otherKey(signature.keyFingerprint) }
        guard isValid(signature.signature, for: signature.statement) else { return .badSignature }
        guard signature.statement == current else { return .altered }
        return .genuine(signedAt: signature.signedAt)
    }
}

/// What verifying a document found.
public enum DocumentVerdict: Sendable, Equatable, CustomStringConvertible {
    /// Signed by the office key and unchanged since.
    case genuine(signedAt: Date)
    /// Signed, but what the store holds now differs from what was signed.
    case altered
    /// The signature does not verify with the office key (forged or damaged).
    case badSignature
    /// Signed by another key than this store's office key (fingerprint given).
    case otherKey(String)
    /// Published without a signature (before `keys init`).
    case unsigned

    /// Whether the document is genuine and unchanged.
    public var isGenuine: Bool {
        if case .genuine = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case .genuine: "genuine and unchanged (SM2 signature by the office key verified)"
        case .altered: "ALTERED: the document differs from what the office key signed"
        case .badSignature: "FORGED OR DAMAGED: the signature does not verify with the office key"
        case .otherKey(let fingerprint): "NOT THE OFFICE'S: signed by another key (\(fingerprint.prefix(16))…)"
        case .unsigned: "unsigned: published before the office key was made (`seatplan keys init`)"
        }
    }
}
