import ExchangeBridge

/// Opening a store with its office key unlocked: what every command that publishes (push,
/// notices, the workbench) and everything that reads personal fields needs.
public enum OfficeKeyUnlocking {
    /// `options` with the signer and field sealer of `store`'s office key unlocked by
    /// `passphrase`, and the key; `options` unchanged (and no key) when the store has no office key
    /// or no passphrase is given (the store then refuses what needs the key, saying so).
    public static func options(
        _ options: ExchangeStoreOptions, for store: any ExchangeStorage, passphrase: String?
    ) async throws -> (options: ExchangeStoreOptions, key: UnlockedOfficeKey?) {
        guard let passphrase, let record = try await store.officeKey() else { return (options, nil) }
        let key = try UnlockedOfficeKey(record, passphrase: passphrase)
        var unlocked = options
        unlocked.signer = key.signer
        unlocked.fieldSealer = key.fieldSealer
        return (unlocked, key)
    }
}
