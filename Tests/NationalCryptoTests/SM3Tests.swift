import Foundation
import NationalCrypto
import Testing

@Suite("SM3 hash (GB/T 32905)")
struct SM3Tests {
    @Test("The standard's two examples: \"abc\" and \"abcd\" × 16")
    func standardVectors() throws {
        #expect(
            Hex.encode(try SM3.hash(Data("abc".utf8)))
                == "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0")
        #expect(
            Hex.encode(try SM3.hash(Data(String(repeating: "abcd", count: 16).utf8)))
                == "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732")
    }

    @Test("Inputs of many lengths hash as `openssl dgst -sm3` does")
    func matchesCommandLine() throws {
        let openssl = try OpenSSLCommand()
        defer { openssl.cleanUp() }
        for length in [0, 1, 55, 56, 63, 64, 65, 1000] {
            let data = sampleBytes(length, seed: UInt64(length) + 7)
            let file = try openssl.write(data, to: "in-\(length)")
            let output = try openssl.succeed(["dgst", "-sm3", "-r", file])
            let expected = String(output.prefix(64))
            #expect(Hex.encode(try SM3.hash(data)) == expected, "length \(length)")
        }
    }
}
