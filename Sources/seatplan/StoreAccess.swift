import ArgumentParser
import ExchangeBridge
import ExchangePostgres
import Foundation
import OfficeKeys

/// The options every store command takes: the store (an SQLite file or a PostgreSQL URL), its
/// password file, and optionally the meeting.
struct StoreLocation: ParsableArguments {
    @Option(name: .long, help: StoreLocation.dbHelp)
    var db: String

    @Option(name: .long, help: StoreLocation.passwordFileHelp)
    var dbPasswordFile: String?

    static let dbHelp = ArgumentHelp(
        "The exchange store: an SQLite file, or postgres://USER@HOST:PORT/DB (password from PGPASSWORD or "
            + "--db-password-file, never in the URL).", valueName: "FILE|URL")
    static let passwordFileHelp = ArgumentHelp(
        "A file whose first line is the PostgreSQL password (instead of PGPASSWORD).", valueName: "FILE")

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The meeting to work on (default: the store's only meeting).", valueName: "NAME"))
    var meeting: String?

    @Option(name: .long, help: StoreLocation.keyPassphraseFileHelp)
    var keyPassphraseFile: String?

    static let keyPassphraseFileHelp = ArgumentHelp(
        "A file whose first line is the office key's passphrase (instead of SEATPLAN_KEY_PASSPHRASE): needed to "
            + "publish in a store with an office key (signed plans and notices) and to read its contact details.",
        valueName: "FILE")

    /// Opens the store, recording `command` as the actor of its writes in the audit log, with
    /// the office key unlocked when the store has one and a passphrase is given.
    func open(as command: String) async throws -> any ExchangeStorage {
        try await Self.open(
            db, options: try Self.options(actor: "seatplan \(command)", db: db, passwordFile: dbPasswordFile),
            keyPassphraseFile: keyPassphraseFile
        ).store
    }

    /// Opens the store at `db` with `options`, unlocking its office key with the passphrase from
    /// `keyPassphraseFile` or `SEATPLAN_KEY_PASSPHRASE` when it has one.
    static func open(
        _ db: String, options: ExchangeStoreOptions, keyPassphraseFile: String?
    ) async throws -> (store: any ExchangeStorage, key: UnlockedOfficeKey?) {
        let store = try await ExchangeStorageFactory.open(db, options: options)
        guard let passphrase = try KeyPassphrase.resolve(file: keyPassphraseFile) else { return (store, nil) }
        let (unlocked, key) = try await OfficeKeyUnlocking.options(options, for: store, passphrase: passphrase)
        guard key != nil else { return (store, nil) }
        return (try await ExchangeStorageFactory.open(db, options: unlocked), key)
    }

    /// The options of a store at `db` opened by `actor`: a PostgreSQL store's password comes
    /// from `passwordFile` or `PGPASSWORD`; an SQLite file takes no password file.
    static func options(
        actor: String, db: String, passwordFile: String?
    ) throws(ExchangeStoreError) -> ExchangeStoreOptions {
        var options = ExchangeStoreOptions(actor: actor)
        guard PostgresLocation.isPostgres(db) else {
            if passwordFile != nil {
                throw ExchangeStoreError(
                    .invalidInput, store: db, "is an SQLite file; --db-password-file is for a postgres:// store")
            }
            return options
        }
        options.databasePassword = try PostgresPassword.resolve(file: passwordFile)
        return options
    }

    /// Opens the store and chooses the meeting.
    func openMeeting(as command: String) async throws -> (any ExchangeStorage, Meeting) {
        let store = try await open(as: command)
        return (store, try await store.chooseMeeting(named: meeting))
    }
}

/// Reading `--deadline` values.
enum DeadlineOption {
    /// Parses an ISO 8601 date and time with a zone, e.g. `2025-03-01T18:00:00+08:00` or
    /// `2025-03-01T10:00:00Z` (fractional seconds allowed).
    static func parse(_ text: String?) throws -> Date? {
        guard let text else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        throw ValidationError(
            "--deadline '\(text)' is not an ISO 8601 date and time with a zone, e.g. 2025-03-01T18:00:00+08:00")
    }
}

/// Formatting of store output.
enum StoreText {
    /// `2025-03-01T10:00:00Z` style UTC time for listings.
    static func time(_ date: Date?) -> String {
        guard let date else { return "-" }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// Thousands separators: 5,300.
    static func count(_ value: Int) -> String {
        value.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))
    }
}
