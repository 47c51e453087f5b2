import Foundation

/// Where the office key's passphrase comes from: the first line of `--key-passphrase-file`, or
/// the environment variable `SEATPLAN_KEY_PASSPHRASE`; never a command-line argument (it would
/// show in the process list and the shell's history).
public enum KeyPassphrase {
    /// The environment variable read when no file is given.
    public static let environmentVariable = "SEATPLAN_KEY_PASSPHRASE"

    /// The passphrase from `file` (its first line) or else the environment, or `nil` for neither.
    public static func resolve(
        file: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(OfficeKeyError) -> String? {
        if let file {
            let text: String
            do {
                text = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                throw .passphraseFile("\(file): cannot be read as UTF-8 text")
            }
            let line = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let passphrase = String(line).trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
            guard !passphrase.isEmpty else { throw .passphraseFile("\(file): the first line is empty") }
            return passphrase
        }
        return environment[environmentVariable].flatMap { $0.isEmpty ? nil : $0 }
    }
}
