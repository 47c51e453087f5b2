import Foundation
import NationalCrypto
import Testing

/// Pins the stored byte format of ``SealedValue`` by recomputing everything with the `openssl`
/// command line: the two subkeys, the tag, and the plaintext.
@Suite("Sealed value byte format, recomputed by openssl")
struct SealedValueFormatTests {
    @Test("Subkeys = HMAC-SM3(data key, label); tag = HMAC-SM3 over version|nonce|AD length|AD|ciphertext")
    func formatMatchesDocumentation() throws {
        let openssl = try OpenSSLCommand()
        defer { openssl.cleanUp() }
        let dataKey = try DataKey()
        let associatedData = Data("members/id_number/42".utf8)
        let plaintext = Data("110101199003071234 张三".utf8)
        let sealed = try SealedValue.seal(plaintext, using: dataKey, associatedData: associatedData).combined
        let bytes = [UInt8](sealed)
        let nonce = Data(bytes[1..<17])
        let ciphertext = Data(bytes[17..<(bytes.count - 32)])
        let tag = Data(bytes[(bytes.count - 32)...])
        #expect(bytes[0] == 1 && ciphertext.count == plaintext.count)

        func hmac(key: Data, message: Data) throws -> Data {
            let file = try openssl.write(message, to: "mac-input")
            let output = try openssl.succeed([
                "mac", "-digest", "SM3", "-macopt", "hexkey:\(Hex.encode(key))", "-in", file, "HMAC",
            ])
            return try #require(Hex.decode(output.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        let encryptionKey = try hmac(
            key: dataKey.rawRepresentation, message: Data("SeatPlan SealedValue v1 SM4-CTR encryption key".utf8)
        ).prefix(16)
        let authenticationKey = try hmac(
            key: dataKey.rawRepresentation, message: Data("SeatPlan SealedValue v1 HMAC-SM3 authentication key".utf8))

        let length = UInt64(associatedData.count)
        let lengthBytes = Data((0..<8).map { UInt8(truncatingIfNeeded: length >> (56 - 8 * $0)) })
        let tagInput = Data([1]) + nonce + lengthBytes + associatedData + ciphertext
        #expect(try hmac(key: authenticationKey, message: tagInput) == tag)

        let input = try openssl.write(ciphertext, to: "ciphertext")
        _ = try openssl.succeed([
            "enc", "-d", "-sm4-ctr", "-K", Hex.encode(Data(encryptionKey)), "-iv", Hex.encode(nonce), "-in", input,
            "-out", openssl.path("plaintext"),
        ])
        #expect(try openssl.read("plaintext") == plaintext)
    }
}
