import CCrypto
import Foundation

/// HMAC (RFC 2104) with SM3, through OpenSSL's `EVP_MAC` "HMAC" with digest "SM3".
public enum HMACSM3 {
    /// The size of an HMAC-SM3 code: 32 bytes.
    public static let byteCount = 32

    /// The 32-byte authentication code of `message` under `key` (which must not be empty).
    public static func code(for message: Data, key: Data) throws(NationalCryptoError) -> Data {
        Data(try code(forParts: [[UInt8](message)], key: [UInt8](key)))
    }

    /// Whether `code` is the authentication code of `message` under `key`, compared in
    /// constant time.
    public static func isValidCode(_ code: Data, for message: Data, key: Data) throws(NationalCryptoError) -> Bool {
        let expected = try self.code(forParts: [[UInt8](message)], key: [UInt8](key))
        return Bytes.constantTimeEqual(expected, [UInt8](code))
    }

    /// The code of the concatenation of `parts` under `key`, without building the concatenation.
    static func code(forParts parts: [[UInt8]], key: [UInt8]) throws(NationalCryptoError) -> [UInt8] {
        guard !key.isEmpty else {
            throw .invalidLength(of: "an HMAC-SM3 key", expected: "at least 1 byte", actual: 0)
        }
        let context = try MACContext(MACAlgorithm(name: "HMAC"))
        try OpenSSLErrorQueue.check(
            CCrypto_EVP_MAC_init_with_digest(context.pointer, key, key.count, "SM3"), "EVP_MAC_init(HMAC, SM3)")
        for part in parts where !part.isEmpty {
            try OpenSSLErrorQueue.check(EVP_MAC_update(context.pointer, part, part.count), "EVP_MAC_update")
        }
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length = 0
        try OpenSSLErrorQueue.check(EVP_MAC_final(context.pointer, &output, &length, output.count), "EVP_MAC_final")
        guard length == byteCount else {
            throw .openSSL(operation: "EVP_MAC_final", reason: "HMAC-SM3 gave \(length) bytes, not \(byteCount)")
        }
        return Array(output.prefix(byteCount))
    }
}
