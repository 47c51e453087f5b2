import Foundation
import Testing

@testable import NationalCrypto

@Suite("SM4 block cipher (GB/T 32907)")
struct SM4Tests {
    static let standardKey = "0123456789abcdeffedcba9876543210"

    @Test("The standard's example: key = plaintext = 0123…3210 gives 681edf34…4246")
    func standardBlock() throws {
        let key = try #require(Hex.decode(Self.standardKey))
        let ciphertext = try SM4.encryptBlock(key, key: key)
        #expect(Hex.encode(ciphertext) == "681edf34d206965e86b3e94f536e4246")
    }

    @Test("The standard's second example: the same block encrypted 1,000,000 times gives 595298c7…3f66")
    func millionfold() throws {
        let key = try #require(Hex.decode(Self.standardKey))
        let encryptor = try SM4BlockEncryptor(key: [UInt8](key))
        let result = try encryptor.encrypt([UInt8](key), times: 1_000_000)
        #expect(Hex.encode(Data(result)) == "595298c7c6fd271f0402f804c33d3f66")
    }

    @Test("Blocks, keys and counters of the wrong size are refused")
    func wrongSizes() throws {
        let key = Data(count: 16)
        #expect(throws: NationalCryptoError.invalidLength(of: "an SM4 block", expected: "16 bytes", actual: 15)) {
            try SM4.encryptBlock(Data(count: 15), key: key)
        }
        #expect(throws: NationalCryptoError.invalidLength(of: "an SM4 key", expected: "16 bytes", actual: 32)) {
            try SM4.ctr(Data(count: 5), key: Data(count: 32), iv: Data(count: 16))
        }
        #expect(throws: NationalCryptoError.self) { try SM4.ctr(Data(count: 5), key: key, iv: Data(count: 12)) }
    }

    @Test("SM4-CTR matches `openssl enc -sm4-ctr`, including a counter that carries across bytes")
    func ctrMatchesCommandLine() throws {
        let openssl = try OpenSSLCommand()
        defer { openssl.cleanUp() }
        let ivs = ["000102030405060708090a0b0c0d0e0f", "00000000000000000000fffffffffffe"]
        for (index, ivHex) in ivs.enumerated() {
            for length in [1, 16, 17, 100, 4099] {
                let key = sampleBytes(16, seed: UInt64(index + 1))
                let iv = try #require(Hex.decode(ivHex))
                let plaintext = sampleBytes(length, seed: UInt64(length))
                let input = try openssl.write(plaintext, to: "plain")
                _ = try openssl.succeed([
                    "enc", "-sm4-ctr", "-K", Hex.encode(key), "-iv", ivHex, "-in", input, "-out", openssl.path("out"),
                ])
                let ciphertext = try SM4.ctr(plaintext, key: key, iv: iv)
                #expect(ciphertext == (try openssl.read("out")), "length \(length), iv \(ivHex)")
                #expect(try SM4.ctr(ciphertext, key: key, iv: iv) == plaintext)
            }
        }
    }

    @Test("SM4-CTR of nothing is nothing")
    func emptyCTR() throws {
        #expect(try SM4.ctr(Data(), key: Data(count: 16), iv: Data(count: 16)).isEmpty)
    }
}
