import Foundation

/// Authenticated encryption of a short value (a personal field such as an ID-card number)
/// under a ``DataKey``: SM4-CTR, then HMAC-SM3 over the result (encrypt-then-MAC).
///
/// Byte format, version 1: `0x01 | nonce (16) | ciphertext (as long as the plaintext) | tag (32)`.
/// The nonce is fresh and random for every value and is SM4-CTR's initial counter block. The
/// tag is HMAC-SM3, under the key's authentication key, of
/// `0x01 | nonce | associated-data length (8 bytes, big-endian) | associated data | ciphertext`,
/// so the associated data (e.g. "table/column/row id") is bound to the value without being
/// stored in it. The plaintext's length is not hidden.
public struct SealedValue: Sendable, Hashable, Codable {
    /// The format version this build writes and reads.
    public static let formatVersion: UInt8 = 1
    /// Nonce size in bytes.
    public static let nonceByteCount = SM4.blockSize
    /// Tag size in bytes.
    public static let tagByteCount = HMACSM3.byteCount
    /// The size of a sealed empty value: version, nonce and tag.
    public static let overheadByteCount = 1 + nonceByteCount + tagByteCount

    /// The whole sealed value, as stored.
    public let combined: Data

    /// Reads a stored sealed value; checks its version and length (not yet its tag).
    public init(combined: Data) throws(NationalCryptoError) {
        guard let version = combined.first else { throw .malformedData("a sealed value is empty") }
        guard version == Self.formatVersion else { throw .unsupportedVersion(Int(version)) }
        guard combined.count >= Self.overheadByteCount else {
            throw .invalidLength(
                of: "a sealed value", expected: "at least \(Self.overheadByteCount) bytes", actual: combined.count)
        }
        self.combined = Data(combined)
    }

    /// Encrypts and authenticates `plaintext` under `key`, binding `associatedData` to it.
    public static func seal(
        _ plaintext: Data, using key: DataKey, associatedData: Data = Data()
    ) throws(NationalCryptoError) -> SealedValue {
        var plainBytes = [UInt8](plaintext)
        defer { Bytes.wipe(&plainBytes) }
        let nonce = try SecureRandom.bytes(count: nonceByteCount)
        let ciphertext = try SM4.ctr(plainBytes, key: key.encryptionKey, iv: nonce)
        let header = [formatVersion] + nonce
        let tag = try Self.tag(header: header, associatedData: [UInt8](associatedData), ciphertext, key)
        return try SealedValue(combined: Data(header + ciphertext + tag))
    }

    /// Encrypts and authenticates the UTF-8 bytes of `text`.
    public static func seal(
        _ text: String, using key: DataKey, associatedData: Data = Data()
    ) throws(NationalCryptoError) -> SealedValue {
        try seal(Data(text.utf8), using: key, associatedData: associatedData)
    }

    /// Checks the tag in constant time, then decrypts. Throws `.authenticationFailed` if any byte
    /// was changed, or if `key` or `associatedData` differ from those used to seal.
    public func open(using key: DataKey, associatedData: Data = Data()) throws(NationalCryptoError) -> Data {
        let bytes = [UInt8](combined)
        let headerCount = 1 + Self.nonceByteCount
        let header = Array(bytes[0..<headerCount])
        let ciphertext = Array(bytes[headerCount..<(bytes.count - Self.tagByteCount)])
        let tag = Array(bytes[(bytes.count - Self.tagByteCount)...])
        let expected = try Self.tag(header: header, associatedData: [UInt8](associatedData), ciphertext, key)
        guard Bytes.constantTimeEqual(expected, tag) else { throw .authenticationFailed }
        var plaintext = try SM4.ctr(ciphertext, key: key.encryptionKey, iv: Array(header.dropFirst()))
        defer { Bytes.wipe(&plaintext) }
        return Data(plaintext)
    }

    /// Opens the value and decodes it as UTF-8 text.
    public func openString(using key: DataKey, associatedData: Data = Data()) throws(NationalCryptoError) -> String {
        let plaintext = try open(using: key, associatedData: associatedData)
        guard let text = String(data: plaintext, encoding: .utf8) else {
            throw .malformedData("the opened value is not UTF-8 text")
        }
        return text
    }

    private static func tag(
        header: [UInt8], associatedData: [UInt8], _ ciphertext: [UInt8], _ key: DataKey
    ) throws(NationalCryptoError) -> [UInt8] {
        let length = UInt64(associatedData.count)
        let lengthBytes = (0..<8).map { UInt8(truncatingIfNeeded: length >> (56 - 8 * $0)) }
        return try HMACSM3.code(
            forParts: [header, lengthBytes, associatedData, ciphertext], key: key.authenticationKey)
    }

    /// Decodes the combined bytes (base64 in JSON), with the same checks as ``init(combined:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        try self.init(combined: container.decode(Data.self))
    }

    /// Encodes the combined bytes as a single value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(combined)
    }
}
