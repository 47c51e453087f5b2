import Foundation

/// An SM2 private key sealed under a passphrase, for storing the office key at rest.
///
/// The passphrase (normalised to Unicode NFC, then UTF-8) goes through PBKDF2-HMAC-SM3 with a
/// random 16-byte salt to a 32-byte ``DataKey``, which seals the PKCS#8 bytes as a
/// ``SealedValue`` (SM4-CTR + HMAC-SM3) bound to the envelope's format and algorithm names.
/// Codable (JSON: the salt and sealed key in base64); no field holds the passphrase, the derived
/// key or a private byte in the clear.
public struct ProtectedPrivateKey: Codable, Sendable, Hashable, CustomStringConvertible {
    /// The only key-derivation function written and read: "pbkdf2-hmac-sm3".
    public static let kdfName = "pbkdf2-hmac-sm3"
    /// The only cipher written and read: "sm4-ctr+hmac-sm3".
    public static let cipherName = "sm4-ctr+hmac-sm3"
    /// The envelope format this build writes and reads.
    public static let currentFormatVersion = 1
    /// The iteration count used unless one is given: 200,000.
    public static let defaultIterations = 200_000
    /// The salt size written: 16 bytes (at least this many are required to open).
    public static let saltByteCount = 16

    /// The envelope format version.
    public let formatVersion: Int
    /// The key-derivation function's name.
    public let kdf: String
    /// PBKDF2's iteration count.
    public let iterations: Int
    /// PBKDF2's salt.
    public let salt: Data
    /// The cipher's name.
    public let cipher: String
    /// The sealed PKCS#8 bytes (a ``SealedValue``'s combined form).
    public let sealedKey: Data

    /// Seals `key` under `passphrase` (which must not be empty). Tests may pass few iterations;
    /// real key files should keep the default or more.
    public static func seal(
        _ key: SM2PrivateKey, passphrase: String, iterations: Int = defaultIterations
    ) throws(NationalCryptoError) -> ProtectedPrivateKey {
        guard !passphrase.isEmpty else { throw .invalidArgument("the passphrase is empty") }
        let salt = Data(try SecureRandom.bytes(count: saltByteCount))
        let dataKey = try deriveKey(passphrase: passphrase, salt: salt, iterations: iterations)
        let sealed = try SealedValue.seal(
            key.derRepresentation, using: dataKey, associatedData: associatedData(currentFormatVersion))
        return ProtectedPrivateKey(
            formatVersion: currentFormatVersion, kdf: kdfName, iterations: iterations, salt: salt, cipher: cipherName,
            sealedKey: sealed.combined)
    }

    /// Opens the envelope. A wrong passphrase, or any change to the envelope's bytes, gives
    /// `.wrongPassphrase`; unknown names or versions give `.unsupportedAlgorithm`/`.unsupportedVersion`.
    public func open(passphrase: String) throws(NationalCryptoError) -> SM2PrivateKey {
        guard formatVersion == Self.currentFormatVersion else { throw .unsupportedVersion(formatVersion) }
        guard kdf == Self.kdfName else { throw .unsupportedAlgorithm(kdf) }
        guard cipher == Self.cipherName else { throw .unsupportedAlgorithm(cipher) }
        guard salt.count >= Self.saltByteCount else {
            throw .invalidLength(
                of: "a key file's salt", expected: "at least \(Self.saltByteCount) bytes", actual: salt.count)
        }
        let sealed: SealedValue
        do {
            sealed = try SealedValue(combined: sealedKey)
        } catch {
            throw .wrongPassphrase
        }
        let dataKey = try Self.deriveKey(passphrase: passphrase, salt: salt, iterations: iterations)
        let der: Data
        do throws(NationalCryptoError) {
            der = try sealed.open(using: dataKey, associatedData: Self.associatedData(formatVersion))
        } catch .authenticationFailed {
            throw .wrongPassphrase
        }
        return try SM2PrivateKey(derRepresentation: der)
    }

    private static func deriveKey(
        passphrase: String, salt: Data, iterations: Int
    ) throws(NationalCryptoError) -> DataKey {
        var bytes = Array(passphrase.precomposedStringWithCanonicalMapping.utf8)
        defer { Bytes.wipe(&bytes) }
        var derived = try PBKDF2SM3.derive(passphrase: bytes, salt: [UInt8](salt), iterations, DataKey.byteCount)
        defer { Bytes.wipe(&derived) }
        return try DataKey(rawRepresentation: Data(derived))
    }

    private static func associatedData(_ version: Int) -> Data {
        Data("SeatPlan ProtectedPrivateKey v\(version) \(kdfName) \(cipherName)".utf8)
    }

    /// The names and iteration count only: never the salt or the sealed bytes.
    public var description: String {
        "ProtectedPrivateKey(v\(formatVersion), \(kdf) × \(iterations), \(cipher))"
    }
}
