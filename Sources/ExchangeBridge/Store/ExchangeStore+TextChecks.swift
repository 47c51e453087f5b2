extension ExchangeStore {
    /// Refuses text holding a NUL character: SQLite text reads stop at NUL, so such a value
    /// would come back cut short. Everything else (quotes, emoji, characters outside the BMP,
    /// very long fields) is stored and returned intact.
    func requireStorableText(_ values: KeyValuePairs<String, String?>, in context: String) throws(ExchangeStoreError) {
        for (field, value) in values where value?.utf8.contains(0) == true {
            throw ExchangeStoreError(
                .invalidInput, store: path,
                "\(context): field '\(field)' contains a NUL character, which cannot be stored intact; remove it")
        }
    }
}
