import Foundation

/// How an ``ExchangeStore`` connects: busy timeout, readers, who is acting, and the clock.
public struct ExchangeStoreOptions: Sendable {
    /// How long a write waits for another process's write to finish before failing with
    /// ``ExchangeStoreError/Kind/busy``. Default 5 seconds.
    public var busyTimeout: Duration
    /// How many connections may read at once while one writes (WAL). Default 5.
    public var maximumReaderCount: Int
    /// Who the audit log names as the author of writes (a user, or a command such as
    /// `seatplan store submit`). Default `seatplan`.
    public var actor: String
    /// The clock that stamps created/received times; tests pass a fixed one.
    public var now: @Sendable () -> Date
    /// The password of a PostgreSQL store (from `PGPASSWORD` or `--db-password-file`, never a
    /// URL); unused by SQLite.
    public var databasePassword: String?
    /// Signs every plan version pushed and every notice sent (the office key, unlocked with its
    /// passphrase); `nil` when this process cannot sign. A store with an office key refuses to
    /// publish unsigned.
    public var signer: (any DocumentSigner)?
    /// Seals personal fields before they are written and opens them when read; `nil` when this
    /// process holds no data key.
    public var fieldSealer: (any FieldSealer)?

    /// Creates options; every parameter has the documented default.
    public init(
        busyTimeout: Duration = .seconds(5), maximumReaderCount: Int = 5, actor: String = "seatplan",
        now: @escaping @Sendable () -> Date = { Date() }, databasePassword: String? = nil,
        signer: (any DocumentSigner)? = nil, fieldSealer: (any FieldSealer)? = nil
    ) {
        self.busyTimeout = busyTimeout
        self.maximumReaderCount = maximumReaderCount
        self.actor = actor
        self.now = now
        self.databasePassword = databasePassword
        self.signer = signer
        self.fieldSealer = fieldSealer
    }

    /// The busy timeout in seconds, as SQLite configuration takes it.
    var busyTimeoutSeconds: Double {
        let parts = busyTimeout.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
