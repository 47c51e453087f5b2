import CCrypto
import Foundation

/// An SM2 private key: signs with SM2-with-SM3 and decrypts what was encrypted to its public key.
///
/// Its description and mirror never show private bytes; `derRepresentation` is the only way out.
public struct SM2PrivateKey: Sendable, CustomStringConvertible, CustomReflectable {
    let handle: PKeyHandle
    /// The matching public key.
    public let publicKey: SM2PublicKey

    /// Generates a fresh key on the SM2 curve.
    public init() throws(NationalCryptoError) {
        let context = try PKeyContext(algorithm: "SM2")
        try OpenSSLErrorQueue.check(EVP_PKEY_keygen_init(context.pointer), "EVP_PKEY_keygen_init(SM2)")
        var generated: OpaquePointer?
        try OpenSSLErrorQueue.check(EVP_PKEY_generate(context.pointer, &generated), "EVP_PKEY_generate(SM2)")
        guard let generated else { throw .openSSL(operation: "EVP_PKEY_generate", reason: "no key returned") }
        try self.init(checked: PKeyHandle(taking: generated))
    }

    /// Reads a DER PKCS#8 PrivateKeyInfo; throws `.invalidKey` unless it is a valid SM2 key.
    public init(derRepresentation: Data) throws(NationalCryptoError) {
        var bytes = [UInt8](derRepresentation)
        defer { Bytes.wipe(&bytes) }
        let info = try Bytes.decodeDER(
            bytes, "a PKCS#8 private key", decode: { d2i_PKCS8_PRIV_KEY_INFO(nil, $0, $1) },
            owner: PKCS8Info.init(taking:), failure: { .invalidKey($0) })
        guard let key = EVP_PKCS82PKEY(info.pointer) else {
            throw .invalidKey("PKCS#8 does not hold a usable key: \(OpenSSLErrorQueue.drain())")
        }
        let handle = PKeyHandle(taking: key)
        try SM2.requireSM2(handle, { EVP_PKEY_check($0) }, "the private key")
        try self.init(checked: handle)
    }

    /// The key with this 32-byte big-endian private scalar (as published in test vectors);
    /// throws `.invalidKey` for 0 or a scalar not below the curve order.
    public init(rawRepresentation: Data) throws(NationalCryptoError) {
        var scalar = [UInt8](rawRepresentation)
        defer { Bytes.wipe(&scalar) }
        try Bytes.require(scalar, count: SM2.scalarByteCount, "an SM2 private scalar")
        var der = SM2.privateKeyInfoPrefix + scalar
        defer { Bytes.wipe(&der) }
        try self.init(derRepresentation: Data(der))
    }

    private init(checked handle: PKeyHandle) throws(NationalCryptoError) {
        self.handle = handle
        let publicDER = try Bytes.encodeDER("i2d_PUBKEY") { i2d_PUBKEY(handle.pointer, $0) }
        publicKey = try SM2PublicKey(derRepresentation: Data(publicDER))
    }

    /// The DER PKCS#8 PrivateKeyInfo. Secret: store it only sealed (``ProtectedPrivateKey``).
    public var derRepresentation: Data {
        get throws(NationalCryptoError) {
            guard let info = EVP_PKEY2PKCS8(handle.pointer) else { throw OpenSSLErrorQueue.failure("EVP_PKEY2PKCS8") }
            let owner = PKCS8Info(taking: info)
            var der = try Bytes.encodeDER("i2d_PKCS8_PRIV_KEY_INFO") { i2d_PKCS8_PRIV_KEY_INFO(owner.pointer, $0) }
            defer { Bytes.wipe(&der) }
            return Data(der)
        }
    }

    /// The SM2-with-SM3 signature of `message` under the distinguishing identifier `id`, in DER
    /// (GM/T 0009: `SEQUENCE { r, s }`, 70 to 72 bytes). Signatures are randomised.
    public func signature(for message: Data, id: Data = SM2.defaultID) throws(NationalCryptoError) -> Data {
        Data(try sign([UInt8](message), id: [UInt8](id)))
    }

    /// The same signature in compact form r‖s (64 bytes), for QR codes.
    public func compactSignature(for message: Data, id: Data = SM2.defaultID) throws(NationalCryptoError) -> Data {
        Data(try SM2SignatureEncoding.compact(fromDER: sign([UInt8](message), id: [UInt8](id))))
    }

    private func sign(_ message: [UInt8], id: [UInt8]) throws(NationalCryptoError) -> [UInt8] {
        let context = try SM2.digestContext(signing: true, key: handle, id: id)
        var length = 0
        try OpenSSLErrorQueue.check(
            EVP_DigestSign(context.pointer, nil, &length, message, message.count), "EVP_DigestSign(size)")
        var output = [UInt8](repeating: 0, count: length)
        try OpenSSLErrorQueue.check(
            EVP_DigestSign(context.pointer, &output, &length, message, message.count), "EVP_DigestSign(SM2)")
        return Array(output.prefix(length))
    }

    /// Decrypts an SM2 ciphertext (GM/T 0009 DER) made with ``SM2PublicKey/encrypt(_:)``.
    public func decrypt(_ ciphertext: Data) throws(NationalCryptoError) -> Data {
        let input = [UInt8](ciphertext)
        guard !input.isEmpty else { throw .decryptionFailed(reason: "the ciphertext is empty") }
        let context = try PKeyContext(for: handle)
        try OpenSSLErrorQueue.check(EVP_PKEY_decrypt_init(context.pointer), "EVP_PKEY_decrypt_init(SM2)")
        var length = 0
        guard EVP_PKEY_decrypt(context.pointer, nil, &length, input, input.count) == 1 else {
            throw .decryptionFailed(reason: OpenSSLErrorQueue.drain())
        }
        var output = [UInt8](repeating: 0, count: length)
        defer { Bytes.wipe(&output) }
        guard EVP_PKEY_decrypt(context.pointer, &output, &length, input, input.count) == 1 else {
            throw .decryptionFailed(reason: OpenSSLErrorQueue.drain())
        }
        return Data(output.prefix(length))
    }

    /// "SM2PrivateKey(public 04…)": the public point only.
    public var description: String { "SM2PrivateKey(public \(Bytes.hex(publicKey.uncompressedPoint)))" }

    /// A mirror showing only the public key, so `dump` and debuggers never print private bytes.
    public var customMirror: Mirror { Mirror(self, children: ["publicKey": publicKey], displayStyle: .struct) }
}
