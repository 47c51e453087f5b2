import ExchangeBridge

/// Opens an exchange store by where it lives, as the backend that serves that kind of location:
/// a `postgres://USER@HOST:PORT/DB` URL is a ``PostgresExchangeStore``, anything else the path
/// of an SQLite file served by ``ExchangeStore``.
///
/// The `seatplan` commands and the workbench open stores only through here and then use nothing
/// but the ``ExchangeStorage`` requirements.
public enum ExchangeStorageFactory {
    /// Opens the exchange store at `location`, creating it (or its tables) when missing, with
    /// `options` (notably the actor the audit log names for its writes, and a PostgreSQL password).
    ///
    /// - Throws: ``ExchangeStoreError`` naming the store when it cannot be opened or reached.
    public static func open(
        _ location: String, options: ExchangeStoreOptions = ExchangeStoreOptions()
    ) async throws(ExchangeStoreError) -> any ExchangeStorage {
        if PostgresLocation.isPostgres(location) {
            return try await PostgresExchangeStore(location: try PostgresLocation(location), options: options)
        }
        return try ExchangeStore(path: location, options: options)
    }
}
