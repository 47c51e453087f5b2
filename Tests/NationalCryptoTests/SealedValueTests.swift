import Foundation
import NationalCrypto
import Testing

@Suite("Sealed values (SM4-CTR + HMAC-SM3)")
struct SealedValueTests {
    static let idNumber = "110101199003071234"
    static let place = Data("members/id_number/42".utf8)

    @Test("Round trip, with and without associated data, for empty and long values")
    func roundTrip() throws {
        let key = try DataKey()
        let sealed = try SealedValue.seal(Self.idNumber, using: key, associatedData: Self.place)
        #expect(sealed.combined.count == SealedValue.overheadByteCount + Self.idNumber.utf8.count)
        #expect(sealed.combined.first == 1)
        #expect(try sealed.openString(using: key, associatedData: Self.place) == Self.idNumber)
        for length in [0, 1, 16, 17, 1000] {
            let value = sampleBytes(length, seed: UInt64(length))
            #expect(try SealedValue.seal(value, using: key).open(using: key) == value)
        }
    }

    @Test("Every single flipped byte is refused (version, nonce, ciphertext, tag)")
    func everyFlippedByteRefused() throws {
        let key = try DataKey()
        let sealed = try SealedValue.seal(Self.idNumber, using: key, associatedData: Self.place)
        for index in sealed.combined.indices {
            for mask: UInt8 in [0x01, 0x80] {
                var bytes = sealed.combined
                bytes[index] ^= mask
                let opened = Result { () throws(NationalCryptoError) -> Data in
                    try SealedValue(combined: bytes).open(using: key, associatedData: Self.place)
                }
                switch opened {
                case .success: Issue.record("byte \(index) flipped with \(mask) was accepted")
                case .failure(let error):
                    #expect(error == (index == 0 ? .unsupportedVersion(Int(bytes[0])) : .authenticationFailed))
                }
            }
        }
        let truncated = sealed.combined.prefix(SealedValue.overheadByteCount - 1)
        #expect(throws: NationalCryptoError.self) { try SealedValue(combined: truncated) }
        let shortened = try SealedValue(combined: sealed.combined.dropLast())
        #expect(throws: NationalCryptoError.authenticationFailed) { try shortened.open(using: key) }
    }

    @Test("Two seals of the same value differ (fresh nonce), and both open")
    func freshNonce() throws {
        let key = try DataKey()
        let first = try SealedValue.seal(Self.idNumber, using: key)
        let second = try SealedValue.seal(Self.idNumber, using: key)
        #expect(first != second)
        #expect(first.combined[1..<17] != second.combined[1..<17])
        #expect(try first.openString(using: key) == second.openString(using: key))
    }

    @Test("Wrong associated data or a wrong key is refused")
    func wrongContext() throws {
        let key = try DataKey()
        let sealed = try SealedValue.seal(Self.idNumber, using: key, associatedData: Self.place)
        #expect(throws: NationalCryptoError.authenticationFailed) {
            try sealed.open(using: key, associatedData: Data("members/id_number/43".utf8))
        }
        #expect(throws: NationalCryptoError.authenticationFailed) { try sealed.open(using: key) }
        #expect(throws: NationalCryptoError.authenticationFailed) {
            try sealed.open(using: DataKey(), associatedData: Self.place)
        }
        let restoredKey = try DataKey(rawRepresentation: key.rawRepresentation)
        #expect(try sealed.openString(using: restoredKey, associatedData: Self.place) == Self.idNumber)
    }

    @Test("Codable as a base64 string; decoding checks the version")
    func codable() throws {
        let key = try DataKey()
        let sealed = try SealedValue.seal(Self.idNumber, using: key)
        let json = try JSONEncoder().encode([sealed])
        let decoded = try JSONDecoder().decode([SealedValue].self, from: json)
        #expect(decoded == [sealed])
        var changed = sealed.combined
        changed[0] = 2
        let badJSON = try JSONEncoder().encode([changed])
        #expect(throws: (any Error).self) { try JSONDecoder().decode([SealedValue].self, from: badJSON) }
    }

    @Test("A data key must be 32 bytes and never shows them")
    func dataKey() throws {
        #expect(throws: NationalCryptoError.invalidLength(of: "a data key", expected: "32 bytes", actual: 16)) {
            try DataKey(rawRepresentation: Data(count: 16))
        }
        let key = try DataKey()
        var dumped = ""
        dump(key, to: &dumped)
        let hex = Hex.encode(key.rawRepresentation)
        #expect(!key.description.contains(hex.prefix(8)) && !dumped.contains(hex.prefix(8)))
        #expect(!String(reflecting: key).contains(hex.prefix(8)))
    }
}
