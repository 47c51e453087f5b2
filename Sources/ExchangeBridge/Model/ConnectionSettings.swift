/// The settings a store connection actually runs with, read back from the database (for
/// ``ExchangeStore``, SQLite's pragmas), for status output and for tests that the store is
/// opened the way it must be.
public struct ConnectionSettings: Sendable, Equatable {
    /// `PRAGMA journal_mode`: `wal` for an exchange store.
    public var journalMode: String
    /// `PRAGMA busy_timeout` in milliseconds.
    public var busyTimeoutMilliseconds: Int
    /// `PRAGMA foreign_keys`: whether foreign keys are enforced.
    public var foreignKeysEnabled: Bool
    /// The applied schema migrations, oldest first (e.g. `["v1"]`).
    public var appliedMigrations: [String]
    /// The SQLite library version in use.
    public var sqliteVersion: String

    /// Every stored property, as given (the memberwise initializer, for the package's backends).
    package init(
        journalMode: String, busyTimeoutMilliseconds: Int, foreignKeysEnabled: Bool, appliedMigrations: [String],
        sqliteVersion: String
    ) {
        self.journalMode = journalMode
        self.busyTimeoutMilliseconds = busyTimeoutMilliseconds
        self.foreignKeysEnabled = foreignKeysEnabled
        self.appliedMigrations = appliedMigrations
        self.sqliteVersion = sqliteVersion
    }
}
