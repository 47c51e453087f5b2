import CCrypto
import Foundation

/// PBKDF2 (RFC 8018) with HMAC-SM3 as its pseudo-random function, through OpenSSL's
/// `PKCS5_PBKDF2_HMAC` with `EVP_sm3`.
public enum PBKDF2SM3 {
    /// The largest iteration count accepted (a bound on the work a changed key file can cause).
    public static let maximumIterations = 10_000_000
    /// The largest key accepted, in bytes.
    public static let maximumByteCount = 1024

    /// Derives `byteCount` bytes from the UTF-8 bytes of `passphrase` (used exactly as given;
    /// normalise it first if it may arrive in several Unicode forms) and `salt`.
    public static func deriveKey(
        passphrase: String, salt: Data, iterations: Int, byteCount: Int
    ) throws(NationalCryptoError) -> Data {
        var key = try derive(passphrase: Array(passphrase.utf8), salt: [UInt8](salt), iterations, byteCount)
        defer { Bytes.wipe(&key) }
        return Data(key)
    }

    /// The derivation on byte arrays.
    static func derive(
        passphrase: [UInt8], salt: [UInt8], _ iterations: Int, _ byteCount: Int
    ) throws(NationalCryptoError) -> [UInt8] {
        guard (1...maximumIterations).contains(iterations) else {
            throw .invalidArgument("PBKDF2 iterations must be 1...\(maximumIterations), not \(iterations)")
        }
        guard (1...maximumByteCount).contains(byteCount) else {
            throw .invalidLength(of: "a derived key", expected: "1...\(maximumByteCount) bytes", actual: byteCount)
        }
        try Bytes.requireIntLength(passphrase, "a passphrase")
        try Bytes.requireIntLength(salt, "a salt")
        var output = [UInt8](repeating: 0, count: byteCount)
        let status = passphrase.withUnsafeBufferPointer { pass in
            pass.withMemoryRebound(to: CChar.self) { pass in
                PKCS5_PBKDF2_HMAC(
                    pass.baseAddress, Int32(pass.count), salt, Int32(salt.count), Int32(iterations), EVP_sm3(),
                    Int32(byteCount), &output)
            }
        }
        try OpenSSLErrorQueue.check(status, "PKCS5_PBKDF2_HMAC(SM3)")
        return output
    }
}
