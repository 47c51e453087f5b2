import CCrypto
import Foundation

/// The SM3 hash function (GB/T 32905-2016), through OpenSSL's `EVP_sm3`.
public enum SM3 {
    /// The size of an SM3 digest: 32 bytes.
    public static let byteCount = 32

    /// The 32-byte SM3 digest of `data`.
    public static func hash(_ data: Data) throws(NationalCryptoError) -> Data {
        Data(try digest([UInt8](data)))
    }

    /// The 32-byte SM3 digest of `bytes`.
    static func digest(_ bytes: [UInt8]) throws(NationalCryptoError) -> [UInt8] {
        let context = try DigestContext()
        try OpenSSLErrorQueue.check(EVP_DigestInit_ex2(context.pointer, EVP_sm3(), nil), "EVP_DigestInit_ex2(SM3)")
        try OpenSSLErrorQueue.check(EVP_DigestUpdate(context.pointer, bytes, bytes.count), "EVP_DigestUpdate")
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        try OpenSSLErrorQueue.check(EVP_DigestFinal_ex(context.pointer, &output, &length), "EVP_DigestFinal_ex")
        guard Int(length) == byteCount else {
            throw .openSSL(operation: "EVP_DigestFinal_ex", reason: "SM3 gave \(length) bytes, not \(byteCount)")
        }
        return Array(output.prefix(byteCount))
    }
}
