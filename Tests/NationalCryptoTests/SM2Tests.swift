import Foundation
import NationalCrypto
import Testing

@Suite("SM2 keys, signatures and encryption")
struct SM2Tests {
    static let message = Data("入场凭证 pass 0042: 张三, 主席台 第1排 第5座".utf8)

    @Test("Sign and verify round trip, DER and compact, default and custom ids")
    func roundTrip() throws {
        let key = try SM2PrivateKey()
        let der = try key.signature(for: Self.message)
        let compact = try key.compactSignature(for: Self.message)
        #expect(der.first == 0x30 && (70...72).contains(der.count))
        #expect(compact.count == 64)
        #expect(key.publicKey.isValidSignature(der, for: Self.message))
        #expect(key.publicKey.isValidSignature(compact, for: Self.message))
        let id = Data("seatplan-door-01".utf8)
        let withID = try key.compactSignature(for: Self.message, id: id)
        #expect(key.publicKey.isValidSignature(withID, for: Self.message, id: id))
        #expect(!key.publicKey.isValidSignature(withID, for: Self.message))
        #expect(!key.publicKey.isValidSignature(compact, for: Self.message, id: id))
    }

    @Test("A changed message, signature byte or key fails")
    func tampering() throws {
        let key = try SM2PrivateKey()
        let signature = try key.compactSignature(for: Self.message)
        var message = Self.message
        message[3] ^= 0x20
        #expect(!key.publicKey.isValidSignature(signature, for: message))
        for index in [0, 17, 31, 32, 50, 63] {
            var changed = signature
            changed[index] ^= 0x01
            #expect(!key.publicKey.isValidSignature(changed, for: Self.message), "byte \(index)")
        }
        let other = try SM2PrivateKey()
        #expect(!other.publicKey.isValidSignature(signature, for: Self.message))
    }

    @Test("Garbage signatures are false, never a throw or a trap")
    func garbageSignatures() throws {
        let key = try SM2PrivateKey()
        let der = try key.signature(for: Self.message)
        let garbage: [Data] = [
            Data(), Data([0x30]), Data([0x30, 0x00]), Data(count: 64), Data(repeating: 0xFF, count: 64),
            Data(repeating: 0xFF, count: 72), der.dropLast(), der + Data([0x00]), sampleBytes(71, seed: 5),
            Data([0x30, 0x06, 0x02, 0x01, 0x00, 0x02, 0x01, 0x00]),
        ]
        for signature in garbage {
            #expect(!key.publicKey.isValidSignature(signature, for: Self.message))
        }
        #expect(!key.publicKey.isValidSignature(der, for: Self.message, id: Data(count: 9000)))
    }

    @Test("PKCS#8, SubjectPublicKeyInfo and point encodings round trip")
    func encodings() throws {
        let key = try SM2PrivateKey()
        let restored = try SM2PrivateKey(derRepresentation: key.derRepresentation)
        #expect(restored.publicKey == key.publicKey)
        let publicKey = try SM2PublicKey(derRepresentation: key.publicKey.derRepresentation)
        #expect(publicKey == key.publicKey)
        #expect(try SM2PublicKey(uncompressedPoint: key.publicKey.uncompressedPoint) == key.publicKey)
        #expect(key.publicKey.uncompressedPoint.count == 65 && key.publicKey.uncompressedPoint.first == 0x04)
        let signature = try restored.signature(for: Self.message)
        #expect(key.publicKey.isValidSignature(signature, for: Self.message))
    }

    @Test("Malformed or foreign keys are refused with an error")
    func invalidKeys() throws {
        var point = try SM2PrivateKey().publicKey.uncompressedPoint
        point[64] ^= 0x01
        #expect(throws: NationalCryptoError.self) { try SM2PublicKey(uncompressedPoint: point) }
        #expect(throws: NationalCryptoError.self) { try SM2PublicKey(uncompressedPoint: Data(count: 64)) }
        #expect(throws: NationalCryptoError.self) { try SM2PublicKey(derRepresentation: sampleBytes(91, seed: 3)) }
        #expect(throws: NationalCryptoError.self) { try SM2PrivateKey(derRepresentation: Data([0x30, 0x00])) }
        #expect(throws: NationalCryptoError.self) { try SM2PrivateKey(rawRepresentation: Data(count: 32)) }
        let order = try #require(Hex.decode("FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123"))
        #expect(throws: NationalCryptoError.self) { try SM2PrivateKey(rawRepresentation: order) }
        let der = try SM2PrivateKey().derRepresentation
        #expect(throws: NationalCryptoError.self) { try SM2PrivateKey(derRepresentation: der + Data([0])) }
    }

    @Test("A P-256 key is not taken for an SM2 key")
    func foreignCurve() throws {
        let openssl = try OpenSSLCommand()
        defer { openssl.cleanUp() }
        _ = try openssl.succeed([
            "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", openssl.path("p256.pem"),
        ])
        _ = try openssl.succeed([
            "pkcs8", "-topk8", "-nocrypt", "-in", openssl.path("p256.pem"), "-outform", "DER", "-out",
            openssl.path("p256.der"),
        ])
        _ = try openssl.succeed([
            "pkey", "-inform", "DER", "-in", openssl.path("p256.der"), "-pubout", "-outform", "DER", "-out",
            openssl.path("p256.pub.der"),
        ])
        #expect(throws: NationalCryptoError.invalidKey("the private key is not on the SM2 curve")) {
            try SM2PrivateKey(derRepresentation: openssl.read("p256.der"))
        }
        #expect(throws: NationalCryptoError.invalidKey("the public key is not on the SM2 curve")) {
            try SM2PublicKey(derRepresentation: openssl.read("p256.pub.der"))
        }
    }

    @Test("Encrypt and decrypt a data key; a changed ciphertext or another key is refused")
    func encryption() throws {
        let key = try SM2PrivateKey()
        let dataKey = try DataKey()
        let wrapped = try key.publicKey.encrypt(dataKey.rawRepresentation)
        #expect(wrapped.count > 97)
        #expect(try key.decrypt(wrapped) == dataKey.rawRepresentation)
        #expect(try key.publicKey.encrypt(dataKey.rawRepresentation) != wrapped)
        var changed = wrapped
        changed[changed.count - 1] ^= 0x01
        #expect(throws: NationalCryptoError.self) { try key.decrypt(changed) }
        #expect(throws: NationalCryptoError.self) { try SM2PrivateKey().decrypt(wrapped) }
        #expect(throws: NationalCryptoError.self) { try key.decrypt(Data()) }
        #expect(throws: NationalCryptoError.self) { try key.publicKey.encrypt(Data()) }
    }

    @Test("Descriptions and mirrors show no private bytes")
    func noSecretsInDescriptions() throws {
        let key = try SM2PrivateKey(rawRepresentation: #require(Hex.decode(SM2StandardVectorTests.privateScalar)))
        var dumped = ""
        dump(key, to: &dumped)
        let scalar = SM2StandardVectorTests.privateScalar.lowercased()
        for text in [key.description, String(reflecting: key), dumped] {
            #expect(!text.lowercased().contains(scalar))
            #expect(!text.lowercased().contains(scalar.prefix(16)))
        }
    }
}
