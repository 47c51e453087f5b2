import ExchangeBridge
import Foundation
import PostgresNIO

extension PostgresExchangeStore {
    /// Stores the office key (`seatplan keys init`), once: a store has one office key.
    ///
    /// - Throws: ``ExchangeStoreError/Kind/conflict`` naming the stored key's fingerprint when
    ///   the store already has one; ``ExchangeStoreError/Kind/invalidInput`` for a key without
    ///   fingerprint or key material.
    public func saveOfficeKey(_ key: OfficeKeyRecord) async throws(ExchangeStoreError) {
        try OfficeKeyCheck.validate(key, store: path)
        try await write { connection in
            let inserted = try await connection.firstRow(
                """
                INSERT INTO office_keys
                    (id, fingerprint, public_key, protected_private_key, wrapped_data_key, created_at, created_by)
                VALUES (1, \(key.fingerprint), \(key.publicKey), \(key.protectedPrivateKey), \(key.wrappedDataKey),
                    \(key.createdAt), \(key.createdBy))
                ON CONFLICT (id) DO NOTHING RETURNING id
                """)
            guard inserted != nil else {
                throw OfficeKeyCheck.alreadyThere(try await officeKeyFingerprint(connection) ?? "?", store: path)
            }
            try await appendAudit(
                connection, action: "keys.init", subject: "office_key", meeting: nil,
                detail: ["fingerprint": .text(key.fingerprint)])
        }
    }

    /// The office key, or `nil` before `seatplan keys init`.
    public func officeKey() async throws(ExchangeStoreError) -> OfficeKeyRecord? {
        try await read { connection in
            try await connection.firstRow(
                """
                SELECT fingerprint, public_key, protected_private_key, wrapped_data_key, created_at, created_by
                FROM office_keys WHERE id = 1
                """
            ).map { row in
                OfficeKeyRecord(
                    fingerprint: try row.value("fingerprint"), publicKey: try row.value("public_key"),
                    protectedPrivateKey: try row.value("protected_private_key"),
                    wrappedDataKey: try row.value("wrapped_data_key"), createdAt: try row.value("created_at"),
                    createdBy: try row.value("created_by"))
            }
        }
    }

    /// The office key's fingerprint, or `nil` without one, read inside the caller's transaction.
    func officeKeyFingerprint(_ connection: PostgresConnection) async throws -> String? {
        try await connection.scalar("SELECT fingerprint FROM office_keys WHERE id = 1", as: String.self)
    }
}
