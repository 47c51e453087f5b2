import ExchangeBridge
import Foundation
import OfficeKeys

/// The demo store's office key: made with a generated passphrase that is written beside the
/// store (readable by its owner only), so that a newcomer's `seatplan serve` signs what it
/// publishes and passes can be printed and checked in at once. A real office makes its own key
/// with `seatplan keys init` and keeps the passphrase elsewhere.
public enum DemoOfficeKey {
    /// The passphrase file's name, beside the embedded default store.
    public static let fileName = "office-key-passphrase.txt"

    /// The passphrase file beside the SQLite store at `storePath`.
    public static func passphraseFile(besideStore storePath: String) -> URL {
        URL(fileURLWithPath: storePath).deletingLastPathComponent().appendingPathComponent(fileName)
    }

    /// Makes and stores an office key whose new random passphrase is written to `passphraseFile`
    /// (mode 0600) first; returns the key unlocked.
    static func make(in store: any ExchangeStorage, passphraseFile: URL) async throws -> UnlockedOfficeKey {
        var bytes = [UInt8](repeating: 0, count: 24)
        var generator = SystemRandomNumberGenerator()
        for index in bytes.indices { bytes[index] = generator.next() }
        let passphrase = bytes.map { String(format: "%02x", $0) }.joined()
        guard
            FileManager.default.createFile(
                atPath: passphraseFile.path, contents: Data((passphrase + "\n").utf8),
                attributes: [.posixPermissions: 0o600])
        else {
            throw WorkbenchError("cannot write the demo's key passphrase to \(passphraseFile.path)")
        }
        let record = try OfficeKeyMaker.make(passphrase: passphrase, createdBy: "seatplan serve (demo)", at: Date())
        try await store.saveOfficeKey(record)
        return try UnlockedOfficeKey(record, passphrase: passphrase)
    }
}
