import Crypto
import Foundation

/// Random secrets (session tokens, activation codes) and the hashes the store keeps of them.
enum SecretTokens {
    /// 32 random bytes as 64 lowercase hex characters.
    static func sessionToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return hex((0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }

    /// A one-time activation code: 20 characters of an unambiguous alphabet (about 100 bits),
    /// in groups of five for reading aloud over the phone.
    static func activationCode() -> String {
        let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        let characters = (0..<20).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
        return stride(from: 0, to: 20, by: 5).map { String(characters[$0..<$0 + 5]) }.joined(separator: "-")
    }

    /// An activation code as typed (any case, with or without dashes and spaces) in the form
    /// it was issued.
    static func normalizedCode(_ typed: String) -> String {
        let characters = Array(typed.uppercased().filter { $0.isLetter || $0.isNumber })
        guard characters.count == 20 else { return String(characters) }
        return stride(from: 0, to: 20, by: 5).map { String(characters[$0..<$0 + 5]) }.joined(separator: "-")
    }

    /// SHA-256 of `secret`'s UTF-8, lowercase hex: what the store keeps.
    static func hash(_ secret: String) -> String {
        hex(Array(SHA256.hash(data: Array(secret.utf8))))
    }

    /// The CSRF token of a session: derived from the session token, so it needs no storage and
    /// tells nothing about the session token itself.
    static func csrfToken(forSession token: String) -> String {
        hash("seatplan-csrf:" + token)
    }

    /// Compares in time independent of where the values differ.
    static func same(_ left: [UInt8], _ right: [UInt8]) -> Bool {
        guard left.count == right.count else { return false }
        return zip(left, right).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// Compares strings in time independent of where they differ.
    static func same(_ left: String, _ right: String) -> Bool {
        same(Array(left.utf8), Array(right.utf8))
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        var text = ""
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return text
    }
}
