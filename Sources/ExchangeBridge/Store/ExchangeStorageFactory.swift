/// Opens an exchange store by where it lives, as the backend that serves that kind of location.
///
/// The `seatplan` commands open stores only through here and then use nothing but the
/// ``ExchangeStorage`` requirements, so a backend (PostgreSQL next) plugs in by implementing
/// the protocol and being chosen here by its location (e.g. a `postgres://` URL). Today every
/// location is the path of an SQLite file, served by ``ExchangeStore``.
public enum ExchangeStorageFactory {
    /// Opens the exchange store at `location`, creating it when missing, with `options`
    /// (notably the actor the audit log names for its writes).
    ///
    /// - Throws: ``ExchangeStoreError`` naming the store when it cannot be opened, as
    ///   ``ExchangeStore/init(path:options:)`` describes.
    public static func open(
        _ location: String, options: ExchangeStoreOptions = ExchangeStoreOptions()
    ) async throws(ExchangeStoreError) -> any ExchangeStorage {
        try ExchangeStore(path: location, options: options)
    }
}
