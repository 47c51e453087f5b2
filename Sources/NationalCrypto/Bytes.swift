import CCrypto
import Foundation

/// Small byte helpers shared by the algorithms.
enum Bytes {
    /// Compares two byte strings in time that depends only on their lengths (`CRYPTO_memcmp`).
    static func constantTimeEqual(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        guard lhs.count == rhs.count else { return false }
        guard !lhs.isEmpty else { return true }
        return CRYPTO_memcmp(lhs, rhs, lhs.count) == 0
    }

    /// Lower-case hexadecimal, for descriptions of public values only.
    static func hex(_ data: Data) -> String {
        let digits = Array("0123456789abcdef")
        return String(data.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0F)]] })
    }

    /// Overwrites secret bytes before the buffer is released (best effort: Swift may have
    /// copied them before).
    static func wipe(_ bytes: inout [UInt8]) {
        let count = bytes.count
        guard count > 0 else { return }
        bytes.withUnsafeMutableBytes { buffer in
            if let base = buffer.baseAddress { OPENSSL_cleanse(base, count) }
        }
    }

    /// Throws `.invalidLength` unless `bytes` has exactly `count` elements.
    static func require(_ bytes: [UInt8], count: Int, _ what: String) throws(NationalCryptoError) {
        guard bytes.count == count else {
            throw .invalidLength(of: what, expected: "\(count) bytes", actual: bytes.count)
        }
    }

    /// Throws `.invalidLength` when a buffer is too large for OpenSSL's `int` length parameters.
    static func requireIntLength(_ bytes: [UInt8], _ what: String) throws(NationalCryptoError) {
        guard bytes.count <= Int(Int32.max) else {
            throw .invalidLength(of: what, expected: "at most \(Int32.max) bytes", actual: bytes.count)
        }
    }

    /// Encodes with an OpenSSL `i2d_*`-style function: called once for the length, then to write.
    static func encodeDER(
        _ operation: String, _ encode: (UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>?) -> Int32
    ) throws(NationalCryptoError) -> [UInt8] {
        let length = encode(nil)
        guard length > 0 else { throw OpenSSLErrorQueue.failure(operation) }
        var output = [UInt8](repeating: 0, count: Int(length))
        let written = output.withUnsafeMutableBufferPointer { buffer -> Int32 in
            var cursor = buffer.baseAddress
            return encode(&cursor)
        }
        guard written == length else { throw OpenSSLErrorQueue.failure(operation) }
        return output
    }

    /// Decodes with an OpenSSL `d2i_*`-style function, hands the object to its owner at once,
    /// and then insists that the decoder read every byte (the owner frees it if not). Failures
    /// are reported through `failure` (`.malformedData` unless the caller reads a key).
    static func decodeDER<Owner>(
        _ bytes: [UInt8], _ what: String,
        decode: (UnsafeMutablePointer<UnsafePointer<UInt8>?>, Int) -> OpaquePointer?,
        owner: (OpaquePointer) -> Owner,
        failure: (String) -> NationalCryptoError = { .malformedData($0) }
    ) throws(NationalCryptoError) -> Owner {
        guard !bytes.isEmpty else { throw failure("\(what) is empty") }
        let outcome = bytes.withUnsafeBufferPointer { buffer -> (OpaquePointer?, Int) in
            guard let base = buffer.baseAddress else { return (nil, 0) }
            var cursor: UnsafePointer<UInt8>? = base
            let object = decode(&cursor, buffer.count)
            return (object, cursor.map { $0 - base } ?? 0)
        }
        guard let object = outcome.0 else {
            throw failure("\(what) is not valid DER: \(OpenSSLErrorQueue.drain())")
        }
        let owned = owner(object)
        guard outcome.1 == bytes.count else { throw failure("\(what) has bytes after its DER encoding") }
        return owned
    }
}
