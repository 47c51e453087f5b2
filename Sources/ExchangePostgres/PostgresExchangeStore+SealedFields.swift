import ExchangeBridge
import Foundation
import PostgresNIO

extension PostgresExchangeStore {
    /// Seals every personal field still stored in plain text (after `seatplan keys init`), in
    /// one transaction, and returns how many values it sealed; audited as `units.seal` with the
    /// count (never a value).
    ///
    /// Then `VACUUM units` (outside the transaction, as VACUUM must run) removes the dead row
    /// versions that still hold the plain values.
    ///
    /// - Throws: ``ExchangeStoreError/Kind/invalidInput`` without
    ///   ``ExchangeStoreOptions/fieldSealer``.
    public func sealPersonalFields() async throws(ExchangeStoreError) -> Int {
        let fields = personalFields
        try fields.requireSealer()
        let count = try await write { connection in
            var count = 0
            let records = try await connection.rows(
                "SELECT \(unescaped: PostgresUnitRows.Record.columns) FROM units ORDER BY id"
            ).map(PostgresUnitRows.Record.init)
            for record in records {
                guard let sealed = try fields.sealingPlain(record.contact, unit: record.name) else { continue }
                let values = sealed.values
                try await connection.run(
                    """
                    UPDATE units SET contact_person = \(values.contactPerson), office_phone = \(values.officePhone),
                        mobile = \(values.mobile)
                    WHERE id = \(record.id)
                    """)
                count += sealed.count
            }
            if count > 0 {
                try await appendAudit(
                    connection, action: "units.seal", subject: "units", meeting: nil,
                    detail: ["sealed": .number(Int64(count))])
            }
            return count
        }
        do {
            try await database.client.withConnection { connection in try await connection.run("VACUUM units") }
        } catch {
            throw ExchangeStoreError(translatingPostgres: error, store: path)
        }
        return count
    }
}
