import NationalCrypto

/// Why the office key could not be made, unlocked or used. Messages never hold a passphrase,
/// a key or a personal value.
public enum OfficeKeyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The passphrase does not open the stored private key.
    case wrongPassphrase
    /// The passphrase is too short to protect the key.
    case weakPassphrase(minimumLength: Int)
    /// The stored key record is damaged (named part).
    case damagedKey(String)
    /// The national-algorithm library failed.
    case crypto(NationalCryptoError)
    /// The passphrase file could not be used (the message names the file, never its content).
    case passphraseFile(String)

    public var description: String {
        switch self {
        case .wrongPassphrase:
            "the passphrase does not unlock the office key"
        case .weakPassphrase(let minimum):
            "the passphrase is too short: use at least \(minimum) characters"
        case .damagedKey(let part):
            "the stored office key is damaged: \(part)"
        case .crypto(let error):
            "the national-algorithm library failed: \(error)"
        case .passphraseFile(let problem):
            "the key passphrase file \(problem)"
        }
    }
}
