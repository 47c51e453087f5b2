import CCrypto

/// Random bytes from OpenSSL's generator (`RAND_bytes`, seeded by the operating system).
enum SecureRandom {
    /// `count` fresh random bytes.
    static func bytes(count: Int) throws(NationalCryptoError) -> [UInt8] {
        guard count > 0 else { return [] }
        guard count <= Int(Int32.max) else { throw .invalidArgument("too many random bytes requested") }
        var output = [UInt8](repeating: 0, count: count)
        guard RAND_bytes(&output, Int32(count)) == 1 else {
            throw .randomGenerationFailed(reason: OpenSSLErrorQueue.drain())
        }
        return output
    }
}
