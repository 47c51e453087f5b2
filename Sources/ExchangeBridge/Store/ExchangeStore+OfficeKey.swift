import Foundation
import GRDB

extension ExchangeStore {
    /// Stores the office key (`seatplan keys init`), once: a store has one office key.
    ///
    /// - Throws: ``ExchangeStoreError/Kind/conflict`` naming the stored key's fingerprint when
    ///   the store already has one; ``ExchangeStoreError/Kind/invalidInput`` for a key without
    ///   fingerprint or key material.
    public func saveOfficeKey(_ key: OfficeKeyRecord) throws(ExchangeStoreError) {
        try OfficeKeyCheck.validate(key, store: path)
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO office_keys
                        (id, fingerprint, public_key, protected_private_key, wrapped_data_key, created_at, created_by)
                    VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING
                    """,
                arguments: [
                    key.fingerprint, key.publicKey, key.protectedPrivateKey, key.wrappedDataKey,
                    Timestamp.text(key.createdAt), key.createdBy,
                ])
            guard db.changesCount > 0 else {
                throw OfficeKeyCheck.alreadyThere(try officeKeyFingerprint(db) ?? "?", store: path)
            }
            try appendAudit(
                db, action: "keys.init", subject: "office_key", meeting: nil,
                detail: ["fingerprint": .text(key.fingerprint)])
        }
    }

    /// The office key, or `nil` before `seatplan keys init`.
    public func officeKey() throws(ExchangeStoreError) -> OfficeKeyRecord? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM office_keys WHERE id = 1").map { row in
                OfficeKeyRecord(
                    fingerprint: row["fingerprint"], publicKey: row["public_key"],
                    protectedPrivateKey: row["protected_private_key"], wrappedDataKey: row["wrapped_data_key"],
                    createdAt: Timestamp.date(row["created_at"]) ?? .distantPast, createdBy: row["created_by"])
            }
        }
    }

    /// The office key's fingerprint, or `nil` without one, read inside the caller's transaction.
    func officeKeyFingerprint(_ db: Database) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT fingerprint FROM office_keys WHERE id = 1"))
    }
}
