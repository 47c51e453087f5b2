import CCrypto
import Foundation

/// Shared facts and helpers of the SM2 public-key algorithms (GB/T 32918), SM2 with SM3.
public enum SM2 {
    /// The default distinguishing identifier, "1234567812345678" (GM/T 0009-2012 §10).
    public static let defaultID = Data("1234567812345678".utf8)
    /// The size of a compact signature r‖s: 64 bytes.
    public static let compactSignatureByteCount = 64
    /// The size of an uncompressed public point 04‖x‖y: 65 bytes.
    public static let uncompressedPointByteCount = 65
    /// The size of a private scalar: 32 bytes.
    public static let scalarByteCount = 32
    /// The longest distinguishing identifier SM2 allows (its bit length must fit in 16 bits).
    static let maximumIDByteCount = 8191

    /// The DER prefix of a SubjectPublicKeyInfo with id-ecPublicKey on the SM2 curve
    /// (1.2.156.10197.1.301), followed by the 65-byte uncompressed point.
    static let publicKeyInfoPrefix: [UInt8] = [
        0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x02, 0x01,
        0x06, 0x08, 0x2A, 0x81, 0x1C, 0xCF, 0x55, 0x01, 0x82, 0x2D, 0x03, 0x42, 0x00,
    ]

    /// The DER prefix of a PKCS#8 PrivateKeyInfo on the SM2 curve holding an ECPrivateKey
    /// (RFC 5915) with only the 32-byte scalar, which follows; OpenSSL computes the public point.
    static let privateKeyInfoPrefix: [UInt8] = [
        0x30, 0x41, 0x02, 0x01, 0x00, 0x30, 0x13, 0x06, 0x07, 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x02, 0x01,
        0x06, 0x08, 0x2A, 0x81, 0x1C, 0xCF, 0x55, 0x01, 0x82, 0x2D, 0x04, 0x27, 0x30, 0x25, 0x02, 0x01,
        0x01, 0x04, 0x20,
    ]

    /// Throws unless `key` is an SM2 key (not, say, a P-256 key) that passes `check`.
    static func requireSM2(
        _ key: PKeyHandle, _ check: (OpaquePointer?) -> Int32, _ what: String
    ) throws(NationalCryptoError) {
        guard EVP_PKEY_is_a(key.pointer, "SM2") == 1 else {
            OpenSSLErrorQueue.clear()
            throw .invalidKey("\(what) is not on the SM2 curve")
        }
        let context = try PKeyContext(for: key)
        guard check(context.pointer) == 1 else {
            throw .invalidKey("\(what) fails OpenSSL's key check: \(OpenSSLErrorQueue.drain())")
        }
    }

    /// Throws unless the distinguishing identifier has an allowed length.
    static func requireID(_ id: [UInt8]) throws(NationalCryptoError) {
        guard id.count <= maximumIDByteCount else {
            throw .invalidLength(
                of: "an SM2 distinguishing identifier", expected: "at most \(maximumIDByteCount) bytes",
                actual: id.count)
        }
    }

    /// A signing or verification context for SM2 with SM3 under `key`, with the distinguishing
    /// identifier set on its key context (`EVP_PKEY_CTX_set1_id`) before any data is hashed.
    static func digestContext(
        signing: Bool, key: PKeyHandle, id: [UInt8]
    ) throws(NationalCryptoError) -> DigestContext {
        try requireID(id)
        let context = try DigestContext()
        // The key context belongs to the digest context, which frees it.
        var keyContext: OpaquePointer?
        let status =
            signing
            ? EVP_DigestSignInit(context.pointer, &keyContext, EVP_sm3(), nil, key.pointer)
            : EVP_DigestVerifyInit(context.pointer, &keyContext, EVP_sm3(), nil, key.pointer)
        try OpenSSLErrorQueue.check(status, signing ? "EVP_DigestSignInit(SM3)" : "EVP_DigestVerifyInit(SM3)")
        guard let keyContext else { throw .openSSL(operation: "EVP_DigestSignInit", reason: "no key context") }
        try OpenSSLErrorQueue.check(EVP_PKEY_CTX_set1_id(keyContext, id, Int32(id.count)), "EVP_PKEY_CTX_set1_id")
        return context
    }
}
