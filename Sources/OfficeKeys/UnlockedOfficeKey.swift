import ExchangeBridge
import Foundation
import NationalCrypto

/// The office key opened with its passphrase: it signs plan versions, notices and passes, and
/// seals and opens personal fields. Keep it in memory only; it never prints its secrets.
public struct UnlockedOfficeKey: Sendable, CustomStringConvertible {
    /// The public half.
    public let publicKey: OfficePublicKey
    let privateKey: SM2PrivateKey
    let dataKey: DataKey

    /// Opens `record` with `passphrase`.
    public init(_ record: OfficeKeyRecord, passphrase: String) throws(OfficeKeyError) {
        publicKey = try OfficePublicKey(record)
        let envelope: ProtectedPrivateKey
        do {
            envelope = try JSONDecoder().decode(ProtectedPrivateKey.self, from: record.protectedPrivateKey)
        } catch {
            throw .damagedKey("the sealed private key is not a key envelope")
        }
        do {
            privateKey = try envelope.open(passphrase: passphrase)
        } catch NationalCryptoError.wrongPassphrase {
            throw .wrongPassphrase
        } catch {
            throw .crypto(error)
        }
        guard privateKey.publicKey.derRepresentation == record.publicKey else {
            throw .damagedKey("the private key does not belong to the public key")
        }
        do {
            dataKey = try DataKey(rawRepresentation: try privateKey.decrypt(record.wrappedDataKey))
        } catch {
            throw .damagedKey("the data key does not unwrap (\(error))")
        }
    }

    /// The signer the store uses for plan versions and notices.
    public var signer: any DocumentSigner { OfficeSigner(key: self) }
    /// The sealer the store uses for personal fields.
    public var fieldSealer: any FieldSealer { OfficeFieldSealer(dataKey: dataKey) }

    public var description: String { "UnlockedOfficeKey(\(publicKey.fingerprint.prefix(16))…)" }
}

/// Signs documents with the office key: SM2 with SM3 and the standard distinguishing id, DER.
struct OfficeSigner: DocumentSigner {
    let key: UnlockedOfficeKey

    var keyFingerprint: String { key.publicKey.fingerprint }

    func sign(_ statement: Data) throws -> Data {
        try key.privateKey.signature(for: statement)
    }
}

/// Seals personal fields with SM4-CTR and HMAC-SM3 under the data key; the field's name is the
/// associated data, so a value moved to another column does not open.
struct OfficeFieldSealer: FieldSealer {
    let dataKey: DataKey

    func seal(_ value: String, field: String) throws -> String {
        let sealed = try SealedValue.seal(value, using: dataKey, associatedData: Data(field.utf8))
        return Self.sealedPrefix + sealed.combined.base64EncodedString()
    }

    func open(_ stored: String, field: String) throws -> String {
        guard stored.hasPrefix(Self.sealedPrefix),
            let bytes = Data(base64Encoded: String(stored.dropFirst(Self.sealedPrefix.count)))
        else { throw NationalCryptoError.malformedData("\(field) is not a sealed value") }
        return try SealedValue(combined: bytes).openString(using: dataKey, associatedData: Data(field.utf8))
    }
}
