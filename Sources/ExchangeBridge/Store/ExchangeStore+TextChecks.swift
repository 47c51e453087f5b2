extension ExchangeStore {
    /// The checks made before the database is touched, naming this store in their errors.
    var inputCheck: StoreInputCheck { StoreInputCheck(store: path) }

    /// Refuses text holding a NUL character (see ``StoreInputCheck/requireStorableText(_:in:)``).
    func requireStorableText(_ values: KeyValuePairs<String, String?>, in context: String) throws(ExchangeStoreError) {
        try inputCheck.requireStorableText(values, in: context)
    }
}
