import Foundation
import NationalCrypto
import Testing

/// The worked examples on the SM2 curve of GB/T 32918.5-2017 / GM/T 0003.5-2012: Annex A
/// (signature) and Annex C (encryption). The same values are in OpenSSL's own
/// test/sm2_internal_test.c, which cites those annexes.
@Suite("SM2 published examples (GB/T 32918.5 Annexes A and C)")
struct SM2StandardVectorTests {
    static let privateScalar = "3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8"
    static let publicX = "09F9DF311E5421A150DD7D161E4BC5C672179FAD1833FC076BB08FF356F35020"
    static let publicY = "CCEA490CE26775A52DC6EA718CC1AA600AED05FBF35E084A6632F6072DA9AD13"
    static let r = "F5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3"
    static let s = "B1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA"
    static let message = Data("message digest".utf8)
    /// Annex C's ciphertext of "encryption standard" (k = 59276E27…BC21), in GM/T 0009 DER.
    static let ciphertext =
        "307C022004EBFC718E8D1798620432268E77FEB6415E2EDE0E073C0F4F640ECD2E149A73022100E858F9D81E5430A57B36DAAB8F"
        + "950A3C64E6EE6A63094D99283AFF767E124DF0042059983C18F809E262923C53AEC295D30383B54E39D609D160AFCB1908D0BD87"
        + "66041321886CA989CA9C7D58087307CA93092D651EFA"

    static func publicKey() throws -> SM2PublicKey {
        try SM2PublicKey(uncompressedPoint: #require(Hex.decode("04" + publicX + publicY)))
    }

    @Test("The private scalar dA gives the published public point (x, y)")
    func publicPointFromScalar() throws {
        let key = try SM2PrivateKey(rawRepresentation: #require(Hex.decode(Self.privateScalar)))
        #expect(Hex.encode(key.publicKey.uncompressedPoint) == ("04" + Self.publicX + Self.publicY).lowercased())
        #expect(key.publicKey == (try Self.publicKey()))
    }

    @Test("The published (r, s) verifies for \"message digest\" with id 1234567812345678, DER and compact")
    func publishedSignatureVerifies() throws {
        let key = try Self.publicKey()
        let compact = try #require(Hex.decode(Self.r + Self.s))
        let der = try #require(Hex.decode("30460221 00" + Self.r + "0221 00" + Self.s))
        #expect(key.isValidSignature(compact, for: Self.message))
        #expect(key.isValidSignature(der, for: Self.message, id: Data("1234567812345678".utf8)))
        #expect(!key.isValidSignature(der, for: Data("message digesT".utf8)))
        #expect(!key.isValidSignature(der, for: Self.message, id: Data("1234567812345679".utf8)))
        var changed = compact
        changed[63] ^= 0x01
        #expect(!key.isValidSignature(changed, for: Self.message))
    }

    @Test("The published ciphertext decrypts to \"encryption standard\"")
    func publishedCiphertextDecrypts() throws {
        let key = try SM2PrivateKey(rawRepresentation: #require(Hex.decode(Self.privateScalar)))
        let plaintext = try key.decrypt(#require(Hex.decode(Self.ciphertext)))
        #expect(String(decoding: plaintext, as: UTF8.self) == "encryption standard")
    }

    @Test("Signatures made here with dA verify under the published public key")
    func signWithPublishedKey() throws {
        let key = try SM2PrivateKey(rawRepresentation: #require(Hex.decode(Self.privateScalar)))
        let signature = try key.compactSignature(for: Self.message)
        #expect(signature.count == 64)
        #expect(try Self.publicKey().isValidSignature(signature, for: Self.message))
    }
}
