import Crypto
import Foundation
import _CryptoExtras

/// Slow, salted password hashes: PBKDF2-HMAC-SHA256 (swift-crypto) with a random 16-byte salt,
/// stored as `pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>` so the cost can rise later
/// without breaking stored hashes.
struct PasswordHasher: Sendable {
    /// The cost of new hashes; the server never runs with fewer than ``minimumIterations``.
    let iterations: Int

    /// OWASP's 2023 figure for PBKDF2-HMAC-SHA256, and the floor for a serving workbench.
    static let minimumIterations = 600_000

    /// The shortest password accepted.
    static let minimumPasswordLength = 10

    /// A hasher at `iterations` rounds (tests may go lower; the server refuses to).
    init(iterations: Int = PasswordHasher.minimumIterations) {
        self.iterations = max(1, iterations)
    }

    /// Why `password` is not acceptable, or `nil`.
    static func weakness(of password: String) -> String? {
        if password.count < minimumPasswordLength {
            return "a password has at least \(minimumPasswordLength) characters"
        }
        if password.count > 200 { return "a password has at most 200 characters" }
        return nil
    }

    /// The stored form of `password` with a fresh salt.
    func hash(_ password: String) throws -> String {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let key = try derive(password, salt: salt, iterations: iterations)
        return "pbkdf2-sha256$\(iterations)$\(Data(salt).base64EncodedString())$\(key.base64EncodedString())"
    }

    /// Whether `password` matches `stored` (compared in constant time); a malformed stored hash
    /// matches nothing.
    func verify(_ password: String, against stored: String) -> Bool {
        let parts = stored.split(separator: "$")
        guard parts.count == 4, parts[0] == "pbkdf2-sha256", let rounds = Int(parts[1]), rounds >= 1,
            let salt = Data(base64Encoded: String(parts[2])), let expected = Data(base64Encoded: String(parts[3])),
            let key = try? derive(password, salt: Array(salt), iterations: rounds)
        else { return false }
        return SecretTokens.same(Array(key), Array(expected))
    }

    /// Spends the time a real check would, for sign-ins of unknown logins (no timing oracle).
    func spendEquivalentTime(_ password: String) {
        _ = try? derive(password, salt: Array(repeating: 0, count: 16), iterations: iterations)
    }

    private func derive(_ password: String, salt: [UInt8], iterations: Int) throws -> Data {
        let key = try KDF.Insecure.PBKDF2.deriveKey(
            from: Array(password.utf8), salt: salt, using: .sha256, outputByteCount: 32,
            unsafeUncheckedRounds: iterations)
        return key.withUnsafeBytes { Data($0) }
    }
}
