import Foundation
import GRDB

/// The exchange store in an SQLite file: the embedded default of the information-exchange
/// system through which units submit rosters and receive plans, documents and notices.
///
/// Opening creates the file when it is missing and brings its schema up to date with named
/// migrations. Connections run in WAL mode (readers never wait for the writer), with a busy
/// timeout (writers from other processes wait their turn instead of failing) and foreign keys
/// enforced; every write is one IMMEDIATE transaction that also appends to the audit log.
///
/// The value is cheap to copy and safe to share between threads and tasks; connections close
/// when the last copy goes away.
public struct ExchangeStore: Sendable {
    /// The database file's path, as given.
    public let path: String
    /// The name the audit log records for writes made through this value.
    public let actor: String
    /// The network address the audit log records for writes made through this value, if any.
    public let address: String?
    let database: DatabasePool
    let now: @Sendable () -> Date
    /// Signs what this value publishes (``ExchangeStoreOptions/signer``).
    let signer: (any DocumentSigner)?
    /// Seals and opens personal fields (``ExchangeStoreOptions/fieldSealer``).
    let fieldSealer: (any FieldSealer)?

    /// Opens the exchange store at `path`, creating it (but not its directory) when missing.
    ///
    /// - Throws: ``ExchangeStoreError`` naming the file when it is not an SQLite database,
    ///   belongs to another application, was created by a newer SeatPlan, or cannot be opened
    ///   or written.
    public init(path: String, options: ExchangeStoreOptions = ExchangeStoreOptions()) throws(ExchangeStoreError) {
        try StoreFileProbe.check(path, busyTimeoutSeconds: options.busyTimeoutSeconds)
        var configuration = Configuration()
        configuration.busyMode = .timeout(options.busyTimeoutSeconds)
        configuration.foreignKeysEnabled = true
        configuration.journalMode = .wal
        configuration.maximumReaderCount = max(1, options.maximumReaderCount)
        configuration.label = "ExchangeStore"
        // Deleted and overwritten content is zeroed, so that a value once sealed leaves no plain
        // copy in the file (see `sealPersonalFields`).
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA secure_delete = ON") }
        do {
            database = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw ExchangeStoreError(translating: error, store: path)
        }
        self.path = path
        self.actor = options.actor
        self.address = nil
        self.now = options.now
        self.signer = options.signer
        self.fieldSealer = options.fieldSealer
        try migrate()
    }

    private init(copying store: ExchangeStore, actor: String, address: String?) {
        path = store.path
        database = store.database
        now = store.now
        signer = store.signer
        fieldSealer = store.fieldSealer
        self.actor = actor
        self.address = address
    }

    /// The same store, with writes recorded in the audit log as made by `actor` from `address`
    /// (for a web app: one value per request, sharing the connections).
    public func acting(as actor: String, from address: String? = nil) -> ExchangeStore {
        ExchangeStore(copying: self, actor: actor, address: address)
    }

    /// Applies missing migrations. Two processes creating the same new file at once may race
    /// here; the loser finds the schema complete and carries on.
    private func migrate() throws(ExchangeStoreError) {
        let migrator = ExchangeSchema.migrator
        // Fast path: an up-to-date store is only read (WAL readers never wait), so many
        // processes opening it at once never contend for the write lock here.
        if (try? database.read { db in try migrator.hasCompletedMigrations(db) }) == true { return }
        do {
            try migrator.migrate(database)
        } catch {
            let completed = (try? database.read { db in try migrator.hasCompletedMigrations(db) }) ?? false
            if !completed { throw ExchangeStoreError(translating: error, store: path) }
        }
    }

    /// Runs `body` in one IMMEDIATE write transaction: all of it is committed, or none.
    ///
    /// Another process's write makes this one wait up to the busy timeout; should SQLite still
    /// report the store busy (it does in a few cases without calling the busy handler), the
    /// whole transaction is retried a few times before failing with
    /// ``ExchangeStoreError/Kind/busy``. `beforeCommit` runs last inside the transaction
    /// (crash tests use it to hold a transaction open).
    func write<T>(
        beforeCommit: (() -> Void)? = nil, _ body: (Database) throws -> T
    ) throws(ExchangeStoreError) -> T {
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try database.writeWithoutTransaction { db in
                    var result: T?
                    try db.inTransaction(.immediate) {
                        result = try body(db)
                        beforeCommit?()
                        return .commit
                    }
                    guard let result else {
                        throw DatabaseError(message: "the write transaction ended without a result")
                    }
                    return result
                }
            } catch let error as DatabaseError where Self.isBusy(error) && attempt < Self.busyAttempts {
                Thread.sleep(forTimeInterval: Double.random(in: 0.005...0.05) * Double(attempt))
            } catch {
                throw ExchangeStoreError(translating: error, store: path)
            }
        }
    }

    /// How many times a write is tried when the store stays busy.
    static let busyAttempts = 3

    private static func isBusy(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
    }

    /// Runs `body` on a consistent snapshot of the store, concurrently with writes.
    func read<T>(_ body: (Database) throws -> T) throws(ExchangeStoreError) -> T {
        do {
            return try database.read(body)
        } catch {
            throw ExchangeStoreError(translating: error, store: path)
        }
    }

    /// The current time as stored text.
    func timestamp() -> String { Timestamp.text(now()) }

    /// Reads back the settings the store's connections run with (WAL, busy timeout, ...).
    public func connectionSettings() throws(ExchangeStoreError) -> ConnectionSettings {
        let migrations = ExchangeSchema.migrator
        do {
            // The writer's own connection, outside any transaction: reading settings takes no lock.
            return try database.writeWithoutTransaction { db in
                ConnectionSettings(
                    journalMode: try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "",
                    busyTimeoutMilliseconds: try Int.fetchOne(db, sql: "PRAGMA busy_timeout") ?? 0,
                    foreignKeysEnabled: try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") ?? false,
                    appliedMigrations: try migrations.appliedMigrations(db),
                    sqliteVersion: try String.fetchOne(db, sql: "SELECT sqlite_version()") ?? "")
            }
        } catch {
            throw ExchangeStoreError(translating: error, store: path)
        }
    }
}
