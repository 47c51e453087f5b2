import Foundation
import NationalCrypto
import TestSupport
import Testing

/// Cross-checks against the `openssl` command line (pkeyutl), both directions.
@Suite("SM2 against the openssl command line")
struct SM2CommandLineTests {
    static let message = Data("SeatPlan pass: 代表 0042, 第3排 第12座".utf8)

    @Test("Signatures made here verify with `openssl pkeyutl -verify -rawin -digest sm3 -pkeyopt distid:…`")
    func swiftSignsOpenSSLVerifies() throws {
        let openssl = try OpenSSLCommand()
        defer { openssl.cleanUp() }
        let key = try SM2PrivateKey()
        let publicKey = try openssl.write(key.publicKey.derRepresentation, to: "pub.der")
        let message = try openssl.write(Self.message, to: "message")
        for id in ["1234567812345678", "door-01"] {
            let signature = try openssl.write(key.signature(for: Self.message, id: Data(id.utf8)), to: "sig")
            let verify = [
                "pkeyutl", "-verify", "-rawin", "-digest", "sm3", "-pubin", "-keyform", "DER", "-inkey", publicKey,
                "-in", message, "-sigfile", signature,
            ]
            #expect(try openssl.run(verify + ["-pkeyopt", "distid:\(id)"]).status == 0, "id \(id)")
            #expect(try openssl.run(verify + ["-pkeyopt", "distid:\(id)x"]).status != 0, "wrong id \(id)x")
        }
    }

    @Test("Signatures made by `openssl pkeyutl -sign` verify here, with the PKCS#8 key read from openssl")
    func openSSLSignsSwiftVerifies() throws {
        let openssl = try OpenSSLCommand()
        defer { openssl.cleanUp() }
        // genpkey's own DER output is SEC1 for EC keys; pkcs8 -topk8 gives the PKCS#8 form read here.
        _ = try openssl.succeed(["genpkey", "-algorithm", "SM2", "-out", openssl.path("key.pem")])
        _ = try openssl.succeed([
            "pkcs8", "-topk8", "-nocrypt", "-in", openssl.path("key.pem"), "-outform", "DER", "-out",
            openssl.path("key.der"),
        ])
        let key = try SM2PrivateKey(derRepresentation: openssl.read("key.der"))
        let message = try openssl.write(Self.message, to: "message")
        for id in ["1234567812345678", "door-01"] {
            _ = try openssl.succeed([
                "pkeyutl", "-sign", "-rawin", "-digest", "sm3", "-keyform", "DER", "-inkey", openssl.path("key.der"),
                "-in", message, "-out", openssl.path("sig"), "-pkeyopt", "distid:\(id)",
            ])
            let signature = try openssl.read("sig")
            #expect(key.publicKey.isValidSignature(signature, for: Self.message, id: Data(id.utf8)))
            #expect(!key.publicKey.isValidSignature(signature, for: Self.message, id: Data("other".utf8)))
        }
    }

    @Test("Encryption both ways: openssl decrypts what is encrypted here, and the reverse")
    func encryptionBothWays() throws {
        let openssl = try OpenSSLCommand()
        defer { openssl.cleanUp() }
        let key = try SM2PrivateKey()
        let keyFile = try openssl.write(key.derRepresentation, to: "key.der")
        let publicFile = try openssl.write(key.publicKey.derRepresentation, to: "pub.der")
        let secret = sampleBytes(32, seed: 11)

        let wrapped = try openssl.write(key.publicKey.encrypt(secret), to: "wrapped")
        _ = try openssl.succeed([
            "pkeyutl", "-decrypt", "-keyform", "DER", "-inkey", keyFile, "-in", wrapped, "-out", openssl.path("plain"),
        ])
        #expect(try openssl.read("plain") == secret)

        let plain = try openssl.write(secret, to: "secret")
        _ = try openssl.succeed([
            "pkeyutl", "-encrypt", "-pubin", "-keyform", "DER", "-inkey", publicFile, "-in", plain, "-out",
            openssl.path("fromopenssl"),
        ])
        #expect(try key.decrypt(openssl.read("fromopenssl")) == secret)
    }
}
