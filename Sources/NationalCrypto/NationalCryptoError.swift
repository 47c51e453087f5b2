/// What went wrong in the national-algorithm crypto layer.
///
/// No case ever carries key material, a passphrase or a plaintext: the strings are names of
/// operations, fixed explanations and OpenSSL's own error text.
public enum NationalCryptoError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An OpenSSL call failed; `operation` names the call, `reason` is OpenSSL's error text.
    case openSSL(operation: String, reason: String)
    /// The operating system's random generator, through `RAND_bytes`, could not deliver bytes.
    case randomGenerationFailed(reason: String)
    /// Key bytes that are not a usable key of the expected kind (e.g. not on the SM2 curve).
    case invalidKey(String)
    /// An input of the wrong size: what it was, the size it must have, and the size it had.
    case invalidLength(of: String, expected: String, actual: Int)
    /// An argument outside its allowed range, such as a zero iteration count.
    case invalidArgument(String)
    /// Bytes that do not follow the expected encoding (a truncated sealed value, bad DER).
    case malformedData(String)
    /// A sealed value or envelope written in a format version this build does not read.
    case unsupportedVersion(Int)
    /// An envelope that names an algorithm this build does not implement.
    case unsupportedAlgorithm(String)
    /// A sealed value whose tag does not match: it was changed, or the key or associated data
    /// differ from those it was sealed with.
    case authenticationFailed
    /// A protected private key that does not open with the passphrase given (or was changed).
    case wrongPassphrase
    /// SM2 decryption refused the ciphertext (wrong key, or changed ciphertext).
    case decryptionFailed(reason: String)

    /// A one-line explanation for logs and error messages.
    public var description: String {
        switch self {
        case .openSSL(let operation, let reason):
            return "OpenSSL call \(operation) failed: \(reason)"
        case .randomGenerationFailed(let reason):
            return "the random generator failed: \(reason)"
        case .invalidKey(let reason):
            return "invalid key: \(reason)"
        case .invalidLength(let what, let expected, let actual):
            return "\(what) must be \(expected), not \(actual) bytes"
        case .invalidArgument(let reason):
            return "invalid argument: \(reason)"
        case .malformedData(let reason):
            return "malformed data: \(reason)"
        case .unsupportedVersion(let version):
            return "unsupported format version \(version)"
        case .unsupportedAlgorithm(let name):
            return "unsupported algorithm \"\(name)\""
        case .authenticationFailed:
            return "authentication failed: the value was changed, or the key or associated data differ"
        case .wrongPassphrase:
            return "wrong passphrase (or a changed key file)"
        case .decryptionFailed(let reason):
            return "SM2 decryption failed: \(reason)"
        }
    }
}
