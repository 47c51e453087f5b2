import Foundation
import NationalCrypto
import Testing

@Suite("Passphrase-protected SM2 private keys")
struct ProtectedPrivateKeyTests {
    static let passphrase = "会场 Seat-Plan 2024!"
    static let iterations = 1000

    @Test("Seal, encode as JSON, decode and open gives the same key")
    func roundTrip() throws {
        let key = try SM2PrivateKey()
        let envelope = try ProtectedPrivateKey.seal(key, passphrase: Self.passphrase, iterations: Self.iterations)
        #expect(envelope.kdf == "pbkdf2-hmac-sm3" && envelope.cipher == "sm4-ctr+hmac-sm3")
        #expect(envelope.iterations == Self.iterations && envelope.salt.count == 16)
        let json = try JSONEncoder().encode(envelope)
        let decoded = try JSONDecoder().decode(ProtectedPrivateKey.self, from: json)
        let opened = try decoded.open(passphrase: Self.passphrase)
        #expect(opened.publicKey == key.publicKey)
        let signature = try opened.signature(for: Data("x".utf8))
        #expect(key.publicKey.isValidSignature(signature, for: Data("x".utf8)))
    }

    @Test("The passphrase is compared after NFC normalisation")
    func normalisation() throws {
        let key = try SM2PrivateKey()
        let envelope = try ProtectedPrivateKey.seal(key, passphrase: "caf\u{E9}", iterations: 10)
        #expect(try envelope.open(passphrase: "cafe\u{301}").publicKey == key.publicKey)
    }

    @Test("A wrong passphrase, or any changed field, is .wrongPassphrase")
    func wrongPassphrase() throws {
        let key = try SM2PrivateKey()
        let envelope = try ProtectedPrivateKey.seal(key, passphrase: Self.passphrase, iterations: Self.iterations)
        for wrong in ["", "会场 Seat-Plan 2024", "会场 seat-plan 2024!", Self.passphrase + " "] {
            #expect(throws: NationalCryptoError.wrongPassphrase) { try envelope.open(passphrase: wrong) }
        }
        var object = try #require(
            JSONSerialization.jsonObject(with: JSONEncoder().encode(envelope)) as? [String: Any])
        object["iterations"] = Self.iterations + 1
        let changedIterations = try JSONDecoder().decode(
            ProtectedPrivateKey.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(throws: NationalCryptoError.wrongPassphrase) {
            try changedIterations.open(passphrase: Self.passphrase)
        }
        var sealed = envelope.sealedKey
        sealed[sealed.count / 2] ^= 0x04
        object["iterations"] = Self.iterations
        object["sealedKey"] = sealed.base64EncodedString()
        let changedKey = try JSONDecoder().decode(
            ProtectedPrivateKey.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(throws: NationalCryptoError.wrongPassphrase) { try changedKey.open(passphrase: Self.passphrase) }
        object["sealedKey"] = envelope.sealedKey.base64EncodedString()
        object["kdf"] = "pbkdf2-hmac-sha1"
        let otherKDF = try JSONDecoder().decode(
            ProtectedPrivateKey.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(throws: NationalCryptoError.unsupportedAlgorithm("pbkdf2-hmac-sha1")) {
            try otherKDF.open(passphrase: Self.passphrase)
        }
    }

    @Test("The serialized envelope holds neither the PKCS#8 bytes nor the passphrase")
    func noSecretsSerialized() throws {
        let key = try SM2PrivateKey()
        let envelope = try ProtectedPrivateKey.seal(key, passphrase: Self.passphrase, iterations: Self.iterations)
        let json = try JSONEncoder().encode(envelope)
        let text = String(decoding: json, as: UTF8.self)
        let der = try key.derRepresentation
        let marker = Data([0x02, 0x01, 0x01, 0x04, 0x20])
        let scalarStart = try #require(der.range(of: marker)).upperBound
        let scalar = der[scalarStart..<(scalarStart + 32)]
        #expect(json.range(of: der) == nil)
        #expect(json.range(of: Data(scalar.prefix(16))) == nil)
        #expect(!text.contains(der.base64EncodedString()))
        #expect(!text.contains(Data(scalar).base64EncodedString().prefix(20)))
        #expect(!text.contains(Hex.encode(Data(scalar)).prefix(16)))
        #expect(!text.contains(Self.passphrase) && !text.contains("Seat-Plan"))
        let escaped = String(decoding: try JSONEncoder().encode(Self.passphrase), as: UTF8.self)
        #expect(!text.contains(escaped.dropFirst().dropLast()))
        #expect(!envelope.description.contains(Self.passphrase))
        #expect(!envelope.description.contains(envelope.sealedKey.base64EncodedString().prefix(12)))
    }

    @Test("An empty passphrase cannot seal; the default iteration count is 200,000")
    func arguments() throws {
        let key = try SM2PrivateKey()
        #expect(throws: NationalCryptoError.invalidArgument("the passphrase is empty")) {
            try ProtectedPrivateKey.seal(key, passphrase: "", iterations: 10)
        }
        #expect(ProtectedPrivateKey.defaultIterations == 200_000)
        #expect(throws: NationalCryptoError.self) { try ProtectedPrivateKey.seal(key, passphrase: "p", iterations: 0) }
    }
}
