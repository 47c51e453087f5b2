import CCrypto
import Foundation

/// The SM4 block cipher (GB/T 32907-2016), through OpenSSL's `EVP_sm4_ecb` and `EVP_sm4_ctr`.
///
/// SM4 alone gives no integrity: use ``SealedValue`` to protect stored values.
public enum SM4 {
    /// The SM4 block size: 16 bytes.
    public static let blockSize = 16
    /// The SM4 key size: 16 bytes.
    public static let keySize = 16

    /// Encrypts exactly one 16-byte block under a 16-byte key (ECB, no padding). For known-answer
    /// tests and building blocks; never use it to encrypt data directly.
    public static func encryptBlock(_ block: Data, key: Data) throws(NationalCryptoError) -> Data {
        let encryptor = try SM4BlockEncryptor(key: [UInt8](key))
        return Data(try encryptor.encrypt([UInt8](block)))
    }

    /// SM4 in counter mode with a 16-byte initial counter block `iv`: the same call encrypts and
    /// decrypts. Never reuse a key and `iv` pair for two different messages.
    public static func ctr(_ data: Data, key: Data, iv: Data) throws(NationalCryptoError) -> Data {
        Data(try ctr([UInt8](data), key: [UInt8](key), iv: [UInt8](iv)))
    }

    /// Counter mode on byte arrays.
    static func ctr(_ data: [UInt8], key: [UInt8], iv: [UInt8]) throws(NationalCryptoError) -> [UInt8] {
        try Bytes.require(key, count: keySize, "an SM4 key")
        try Bytes.require(iv, count: blockSize, "an SM4-CTR initial counter block")
        try Bytes.requireIntLength(data, "SM4-CTR input")
        let context = try CipherContext()
        try OpenSSLErrorQueue.check(
            EVP_EncryptInit_ex2(context.pointer, EVP_sm4_ctr(), key, iv, nil), "EVP_EncryptInit_ex2(SM4-CTR)")
        var output = [UInt8](repeating: 0, count: data.count + blockSize)
        var written: Int32 = 0
        if !data.isEmpty {
            try OpenSSLErrorQueue.check(
                EVP_EncryptUpdate(context.pointer, &output, &written, data, Int32(data.count)), "EVP_EncryptUpdate")
        }
        var final: Int32 = 0
        let status = output.withUnsafeMutableBufferPointer { buffer in
            EVP_EncryptFinal_ex(context.pointer, buffer.baseAddress.map { $0 + Int(written) }, &final)
        }
        try OpenSSLErrorQueue.check(status, "EVP_EncryptFinal_ex")
        guard Int(written + final) == data.count else {
            throw .openSSL(operation: "SM4-CTR", reason: "wrote \(written + final) bytes for \(data.count)")
        }
        return Array(output.prefix(data.count))
    }
}

/// One SM4-ECB encryption context, reused block after block (no padding).
final class SM4BlockEncryptor {
    private let context: CipherContext

    init(key: [UInt8]) throws(NationalCryptoError) {
        try Bytes.require(key, count: SM4.keySize, "an SM4 key")
        context = try CipherContext()
        try OpenSSLErrorQueue.check(
            EVP_EncryptInit_ex2(context.pointer, EVP_sm4_ecb(), key, nil, nil), "EVP_EncryptInit_ex2(SM4-ECB)")
        try OpenSSLErrorQueue.check(EVP_CIPHER_CTX_set_padding(context.pointer, 0), "EVP_CIPHER_CTX_set_padding")
    }

    /// Encrypts one 16-byte block.
    func encrypt(_ block: [UInt8]) throws(NationalCryptoError) -> [UInt8] {
        try encrypt(block, times: 1)
    }

    /// Encrypts `block`, then its ciphertext, and so on, `times` times in all.
    func encrypt(_ block: [UInt8], times: Int) throws(NationalCryptoError) -> [UInt8] {
        try Bytes.require(block, count: SM4.blockSize, "an SM4 block")
        var current = block
        // ECB encrypts in place (OpenSSL allows the output to be exactly the input).
        let context = self.context
        let status = current.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return 0 }
            for _ in 0..<max(times, 0) {
                var written: Int32 = 0
                guard EVP_EncryptUpdate(context.pointer, base, &written, base, Int32(SM4.blockSize)) == 1,
                    written == Int32(SM4.blockSize)
                else { return 0 }
            }
            return 1
        }
        try OpenSSLErrorQueue.check(status, "EVP_EncryptUpdate(SM4-ECB)")
        return current
    }
}
