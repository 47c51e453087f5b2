import Foundation
import GRDB

extension ExchangeStore {
    /// Seals every personal field still stored in plain text (after `seatplan keys init`), in
    /// one transaction, and returns how many values it sealed; audited as `units.seal` with the
    /// count (never a value).
    ///
    /// No plain copy is left in the store's files: the connections run with
    /// `PRAGMA secure_delete = ON` (overwritten content is zeroed), and the WAL is checkpointed
    /// and truncated afterwards, so the old pages leave the `-wal` file too.
    ///
    /// - Throws: ``ExchangeStoreError/Kind/invalidInput`` without
    ///   ``ExchangeStoreOptions/fieldSealer``; ``ExchangeStoreError/Kind/busy`` when readers
    ///   kept the WAL from being truncated (the values are sealed; run it again).
    public func sealPersonalFields() throws(ExchangeStoreError) -> Int {
        let fields = personalFields
        try fields.requireSealer()
        let count = try write { db in
            var count = 0
            for var record in try UnitRecord.fetchAll(db, sql: "SELECT * FROM units ORDER BY id") {
                guard let sealed = try fields.sealingPlain(record.contact, unit: record.name) else { continue }
                record.contact = sealed.values
                try record.update(db, columns: PersonalFields.columns)
                count += sealed.count
            }
            if count > 0 {
                try appendAudit(
                    db, action: "units.seal", subject: "units", meeting: nil, detail: ["sealed": .number(Int64(count))])
            }
            return count
        }
        try truncateWAL()
        return count
    }

    /// Checkpoints the WAL into the database file and truncates it to nothing, retrying while
    /// readers hold old pages.
    private func truncateWAL() throws(ExchangeStoreError) {
        for attempt in 1...20 {
            let busy: Bool
            do {
                busy = try database.writeWithoutTransaction { db in
                    try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)").map { ($0[0] as Int) != 0 } ?? true
                }
            } catch {
                throw ExchangeStoreError(translating: error, store: path)
            }
            if !busy { return }
            Thread.sleep(forTimeInterval: 0.05 * Double(attempt))
        }
        throw ExchangeStoreError(
            .busy, store: path,
            "sealed the contact details, but readers kept the write-ahead log from being emptied; run it again")
    }
}
