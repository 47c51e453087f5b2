import Foundation
import NationalCrypto
import Testing

@Suite("HMAC-SM3 and PBKDF2-HMAC-SM3")
struct HMACAndPBKDF2Tests {
    @Test("HMAC-SM3 matches `openssl mac -digest SM3 … HMAC` for short, block-sized and long keys")
    func hmacMatchesCommandLine() throws {
        let openssl = try OpenSSLCommand()
        defer { openssl.cleanUp() }
        for (keyLength, messageLength) in [(1, 0), (16, 3), (32, 100), (64, 64), (65, 1000), (200, 17)] {
            let key = sampleBytes(keyLength, seed: UInt64(keyLength))
            let message = sampleBytes(messageLength, seed: UInt64(messageLength) + 99)
            let file = try openssl.write(message, to: "message")
            let output = try openssl.succeed([
                "mac", "-digest", "SM3", "-macopt", "hexkey:\(Hex.encode(key))", "-in", file, "HMAC",
            ])
            let code = try HMACSM3.code(for: message, key: key)
            #expect(code.count == 32)
            #expect(Hex.encode(code) == output.trimmingCharacters(in: .whitespacesAndNewlines).lowercased())
            #expect(try HMACSM3.isValidCode(code, for: message, key: key))
            var changed = code
            changed[0] ^= 1
            #expect(try !HMACSM3.isValidCode(changed, for: message, key: key))
        }
    }

    @Test("An empty HMAC key is refused")
    func emptyKeyRefused() {
        let expected = NationalCryptoError.invalidLength(
            of: "an HMAC-SM3 key", expected: "at least 1 byte", actual: 0)
        #expect(throws: expected) { try HMACSM3.code(for: Data("x".utf8), key: Data()) }
    }

    @Test("PBKDF2-HMAC-SM3 matches `openssl kdf … PBKDF2`, for ASCII and Chinese passphrases")
    func pbkdf2MatchesCommandLine() throws {
        let openssl = try OpenSSLCommand()
        defer { openssl.cleanUp() }
        let cases: [(String, Int, Int, Int)] = [
            ("password", 8, 1, 32), ("correct horse battery staple", 16, 1000, 32), ("会议座次密码", 16, 2048, 16),
            ("p", 32, 3, 64),
        ]
        for (passphrase, saltLength, iterations, byteCount) in cases {
            let salt = sampleBytes(saltLength, seed: UInt64(iterations))
            let output = try openssl.succeed([
                "kdf", "-keylen", "\(byteCount)", "-kdfopt", "digest:SM3", "-kdfopt", "pass:\(passphrase)",
                "-kdfopt", "hexsalt:\(Hex.encode(salt))", "-kdfopt", "iter:\(iterations)", "PBKDF2",
            ])
            let expected = try #require(Hex.decode(output.trimmingCharacters(in: .whitespacesAndNewlines)))
            let derived = try PBKDF2SM3.deriveKey(
                passphrase: passphrase, salt: salt, iterations: iterations, byteCount: byteCount)
            #expect(derived == expected, "\(iterations) iterations")
        }
    }

    @Test("PBKDF2 refuses zero iterations and empty or huge outputs")
    func pbkdf2Arguments() {
        #expect(throws: NationalCryptoError.self) {
            try PBKDF2SM3.deriveKey(passphrase: "p", salt: Data([1]), iterations: 0, byteCount: 32)
        }
        #expect(throws: NationalCryptoError.self) {
            try PBKDF2SM3.deriveKey(passphrase: "p", salt: Data([1]), iterations: 1, byteCount: 0)
        }
        #expect(throws: NationalCryptoError.self) {
            try PBKDF2SM3.deriveKey(passphrase: "p", salt: Data([1]), iterations: 1, byteCount: 1 << 20)
        }
    }
}
