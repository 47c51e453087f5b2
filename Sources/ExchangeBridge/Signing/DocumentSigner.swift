import Foundation

/// Signs what the store publishes (plan versions, notices) with the office's key. The store
/// stays free of cryptography: it builds the ``SignedStatement`` and keeps the signature; the
/// signer (SM2 with SM3 in the `OfficeKeys` module) makes it.
public protocol DocumentSigner: Sendable {
    /// The fingerprint of the public key that verifies this signer's signatures.
    var keyFingerprint: String { get }
    /// The signature over `statement`'s bytes.
    func sign(_ statement: Data) throws -> Data
}

/// What a signature is about.
public enum SignedSubject: Hashable, Sendable, CustomStringConvertible {
    /// A stored plan version.
    case planVersion(PlanVersionID)
    /// A notice (staff's, or a plan version's seat notice).
    case notice(NoticeID)

    /// The kind as the store keeps it: `plan-version` or `notice`.
    public var kind: String {
        switch self {
        case .planVersion: "plan-version"
        case .notice: "notice"
        }
    }

    /// The subject's row id.
    public var id: Int64 {
        switch self {
        case .planVersion(let id): id.rawValue
        case .notice(let id): id.rawValue
        }
    }

    /// A readable form for messages, e.g. `plan version #3`.
    public var description: String {
        switch self {
        case .planVersion(let id): id.description
        case .notice(let id): id.description
        }
    }

    /// The subject of a stored `kind` and `id`, or `nil` for an unknown kind.
    public init?(kind: String, id: Int64) {
        switch kind {
        case "plan-version": self = .planVersion(PlanVersionID(rawValue: id))
        case "notice": self = .notice(NoticeID(rawValue: id))
        default: return nil
        }
    }
}

/// A signature as the store keeps it.
public struct DocumentSignature: Sendable, Equatable {
    /// What it signs.
    public var subject: SignedSubject
    /// The fingerprint of the key that made it (``OfficeKeyRecord/fingerprint``).
    public var keyFingerprint: String
    /// The signed statement, byte for byte (``SignedStatement``).
    public var statement: Data
    /// The signature (DER).
    public var signature: Data
    /// When it was made.
    public var signedAt: Date

    /// A signature with every field given.
    public init(subject: SignedSubject, keyFingerprint: String, statement: Data, signature: Data, signedAt: Date) {
        self.subject = subject
        self.keyFingerprint = keyFingerprint
        self.statement = statement
        self.signature = signature
        self.signedAt = signedAt
    }
}
