import CCrypto
import Foundation

/// An SM2 public key: verifies SM2-with-SM3 signatures and encrypts to the key's owner.
public struct SM2PublicKey: Sendable, Hashable, CustomStringConvertible {
    let handle: PKeyHandle
    /// The DER SubjectPublicKeyInfo (id-ecPublicKey on the SM2 curve).
    public let derRepresentation: Data
    /// The uncompressed point 04‖x‖y (65 bytes).
    public let uncompressedPoint: Data

    /// Reads a DER SubjectPublicKeyInfo; throws `.invalidKey` unless it is a valid SM2 point.
    public init(derRepresentation: Data) throws(NationalCryptoError) {
        let handle = try Bytes.decodeDER(
            [UInt8](derRepresentation), "an SM2 public key", decode: { d2i_PUBKEY(nil, $0, $1) },
            owner: PKeyHandle.init(taking:), failure: { .invalidKey($0) })
        try SM2.requireSM2(handle, { EVP_PKEY_public_check($0) }, "the public key")
        try self.init(handle: handle)
    }

    /// Reads an uncompressed point 04‖x‖y (65 bytes) on the SM2 curve.
    public init(uncompressedPoint: Data) throws(NationalCryptoError) {
        let point = [UInt8](uncompressedPoint)
        try Bytes.require(point, count: SM2.uncompressedPointByteCount, "an uncompressed SM2 point")
        guard point[0] == 0x04 else { throw .invalidKey("an uncompressed point starts with 04") }
        try self.init(derRepresentation: Data(SM2.publicKeyInfoPrefix + point))
    }

    /// Wraps a checked SM2 key and records its encodings.
    init(handle: PKeyHandle) throws(NationalCryptoError) {
        self.handle = handle
        derRepresentation = Data(try Bytes.encodeDER("i2d_PUBKEY") { i2d_PUBKEY(handle.pointer, $0) })
        var point = [UInt8](repeating: 0, count: SM2.uncompressedPointByteCount + 1)
        var length = 0
        try OpenSSLErrorQueue.check(
            EVP_PKEY_get_octet_string_param(
                handle.pointer, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, &point, point.count, &length),
            "EVP_PKEY_get_octet_string_param(encoded-pub-key)")
        guard length == SM2.uncompressedPointByteCount, point[0] == 0x04 else {
            throw .invalidKey("OpenSSL gave a \(length)-byte public point, not an uncompressed one")
        }
        uncompressedPoint = Data(point.prefix(length))
    }

    /// Whether `signature` (DER, or compact r‖s of 64 bytes) is this key's SM2-with-SM3 signature
    /// of `message` under the distinguishing identifier `id`. Never throws: anything malformed,
    /// and any OpenSSL failure, is simply `false`.
    public func isValidSignature(_ signature: Data, for message: Data, id: Data = SM2.defaultID) -> Bool {
        let bytes = [UInt8](signature)
        var candidates: [[UInt8]] = [bytes]
        if bytes.count == SM2.compactSignatureByteCount, let der = try? SM2SignatureEncoding.der(fromCompact: bytes) {
            candidates.insert(der, at: 0)
        }
        let messageBytes = [UInt8](message)
        let idBytes = [UInt8](id)
        let valid = candidates.contains { verify(der: $0, message: messageBytes, id: idBytes) }
        OpenSSLErrorQueue.clear()
        return valid
    }

    private func verify(der: [UInt8], message: [UInt8], id: [UInt8]) -> Bool {
        guard !der.isEmpty, let context = try? SM2.digestContext(signing: false, key: handle, id: id) else {
            return false
        }
        return EVP_DigestVerify(context.pointer, der, der.count, message, message.count) == 1
    }

    /// Encrypts `plaintext` (such as a ``DataKey``'s bytes) with SM2 public-key encryption; the
    /// result is the GM/T 0009 DER form (C1 point, C3 SM3 hash, C2 ciphertext), 97+ bytes longer.
    public func encrypt(_ plaintext: Data) throws(NationalCryptoError) -> Data {
        var input = [UInt8](plaintext)
        defer { Bytes.wipe(&input) }
        guard !input.isEmpty else { throw .invalidArgument("SM2 cannot encrypt an empty message") }
        let context = try PKeyContext(for: handle)
        try OpenSSLErrorQueue.check(EVP_PKEY_encrypt_init(context.pointer), "EVP_PKEY_encrypt_init(SM2)")
        var length = 0
        try OpenSSLErrorQueue.check(
            EVP_PKEY_encrypt(context.pointer, nil, &length, input, input.count), "EVP_PKEY_encrypt(size)")
        var output = [UInt8](repeating: 0, count: length)
        try OpenSSLErrorQueue.check(
            EVP_PKEY_encrypt(context.pointer, &output, &length, input, input.count), "EVP_PKEY_encrypt(SM2)")
        return Data(output.prefix(length))
    }

    /// Keys are equal when their points are.
    public static func == (lhs: SM2PublicKey, rhs: SM2PublicKey) -> Bool {
        lhs.uncompressedPoint == rhs.uncompressedPoint
    }

    /// Hashes the point.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(uncompressedPoint)
    }

    /// "SM2PublicKey(04…)" with the point in hex.
    public var description: String {
        "SM2PublicKey(\(Bytes.hex(uncompressedPoint)))"
    }
}
