import ArgumentParser
import ExchangeBridge
import ExchangePostgres
import Foundation
import OfficeKeys

/// `seatplan keys`: the office's key for signatures and sealed personal fields.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "The office key (SM2): signs plans, notices and passes; seals phone numbers in the store.",
        subcommands: [KeysInitCommand.self])
}

/// `seatplan keys init --db STORE`.
struct KeysInitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Make the office's SM2 key pair and seal the store's phone numbers with it.",
        discussion: """
            The private key is kept in the store only sealed under the passphrase (SM4 with a key \
            derived by PBKDF2 over HMAC-SM3), read from --key-passphrase-file's first line or \
            SEATPLAN_KEY_PASSPHRASE (at least \(OfficeKeyMaker.minimumPassphraseLength) characters). \
            From then on every plan version pushed and every notice sent is signed (SM2 with SM3), \
            and units' contact people and phone numbers are stored encrypted (SM4-CTR with \
            HMAC-SM3): publishing and reading them need the passphrase. A store has one office \
            key; keep the passphrase safe: without it nothing can be signed any more.
            """)

    @OptionGroup var location: StoreLocation

    func run() async throws {
        guard let passphrase = try KeyPassphrase.resolve(file: location.keyPassphraseFile) else {
            throw ValidationError(
                "give the office key's passphrase with --key-passphrase-file FILE or "
                    + KeyPassphrase.environmentVariable
            )
        }
        let options = try StoreLocation.options(
            actor: "seatplan keys init", db: location.db, passwordFile: location.dbPasswordFile)
        let store = try await ExchangeStorageFactory.open(location.db, options: options)
        if let existing = try await store.officeKey() {
            throw ExchangeStoreError(
                .conflict, store: location.db, "already has an office key (fingerprint \(existing.fingerprint))")
        }
        let record = try OfficeKeyMaker.make(passphrase: passphrase, createdBy: options.actor, at: Date())
        try await store.saveOfficeKey(record)
        let (unlocked, _) = try await OfficeKeyUnlocking.options(options, for: store, passphrase: passphrase)
        let sealed = try await ExchangeStorageFactory.open(location.db, options: unlocked).sealPersonalFields()
        print("office key made: SM2, fingerprint \(record.fingerprint)")
        print("the private key is stored sealed under the passphrase; \(sealed) contact fields sealed (SM4)")
    }
}
