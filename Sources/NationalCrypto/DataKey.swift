import Foundation

/// A 32-byte secret key for ``SealedValue``, from which separate SM4 encryption and HMAC-SM3
/// keys are derived (HMAC-SM3 of a distinct label each), so one secret never serves two uses.
///
/// Its description and mirror never show the bytes. Store it only wrapped: encrypted to an
/// ``SM2PublicKey`` or inside a ``ProtectedPrivateKey``-style envelope.
public struct DataKey: Sendable, CustomStringConvertible, CustomReflectable {
    /// The size of a data key: 32 bytes.
    public static let byteCount = 32

    private static let encryptionLabel = Array("SeatPlan SealedValue v1 SM4-CTR encryption key".utf8)
    private static let authenticationLabel = Array("SeatPlan SealedValue v1 HMAC-SM3 authentication key".utf8)

    /// The 32 secret bytes, for wrapping the key (e.g. `SM2PublicKey.encrypt`).
    public let rawRepresentation: Data
    /// The SM4 key derived for encryption (16 bytes).
    let encryptionKey: [UInt8]
    /// The HMAC-SM3 key derived for authentication (32 bytes).
    let authenticationKey: [UInt8]

    /// A fresh random key (`RAND_bytes`).
    public init() throws(NationalCryptoError) {
        var bytes = try SecureRandom.bytes(count: Self.byteCount)
        defer { Bytes.wipe(&bytes) }
        try self.init(bytes: bytes)
    }

    /// The key with these 32 bytes (as unwrapped from storage).
    public init(rawRepresentation: Data) throws(NationalCryptoError) {
        var bytes = [UInt8](rawRepresentation)
        defer { Bytes.wipe(&bytes) }
        try self.init(bytes: bytes)
    }

    private init(bytes: [UInt8]) throws(NationalCryptoError) {
        try Bytes.require(bytes, count: Self.byteCount, "a data key")
        rawRepresentation = Data(bytes)
        encryptionKey = Array(try HMACSM3.code(forParts: [Self.encryptionLabel], key: bytes).prefix(SM4.keySize))
        authenticationKey = try HMACSM3.code(forParts: [Self.authenticationLabel], key: bytes)
    }

    /// "DataKey(redacted)": never the bytes.
    public var description: String { "DataKey(redacted)" }

    /// An empty mirror, so `dump` and debuggers do not print the bytes.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
