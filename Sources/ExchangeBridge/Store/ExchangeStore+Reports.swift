import Foundation
import GRDB

extension ExchangeStore {
    /// How many rows each table holds, in schema order (for `store status`).
    public func rowCounts() throws(ExchangeStoreError) -> [TableRowCount] {
        try read { db in
            try ExchangeSchema.tables.map { table in
                TableRowCount(table: table, rows: try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0)
            }
        }
    }

    /// The newest audit entries first, at most `limit` of them.
    public func auditLog(limit: Int = 100) throws(ExchangeStoreError) -> [AuditEntry] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT at, actor, action, subject, detail, address FROM audit_log ORDER BY id DESC LIMIT ?",
                arguments: [max(0, limit)]
            ).map { row in
                AuditEntry(
                    at: Timestamp.date(row["at"]) ?? .distantPast, actor: row["actor"], action: row["action"],
                    subject: row["subject"], detail: row["detail"], address: row["address"])
            }
        }
    }
}
