import ExchangeBridge

extension PostgresExchangeStore {
    /// Refuses text holding a NUL character, which PostgreSQL text cannot hold, with the SQLite
    /// store's message for such text, before the database is touched.
    func requireNetworkText(_ values: KeyValuePairs<String, String?>, in context: String) throws(ExchangeStoreError) {
        for (field, value) in values where Self.holdsNUL(value) {
            throw ExchangeStoreError(
                .invalidInput, store: path,
                "\(context): field '\(field)' contains a NUL character, which cannot be stored intact; remove it")
        }
    }

    /// Whether `value` holds a NUL character: no stored text does, so a lookup by it finds nothing.
    static func holdsNUL(_ value: String?) -> Bool {
        value?.utf8.contains(0) == true
    }
}
