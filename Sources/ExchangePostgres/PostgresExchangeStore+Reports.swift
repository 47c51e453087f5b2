import ExchangeBridge
import Foundation
import PostgresNIO

extension PostgresExchangeStore {
    /// How many rows each table holds, in schema order (for `store status`), from one snapshot.
    public func rowCounts() async throws(ExchangeStoreError) -> [TableRowCount] {
        try await read { connection in
            var counts: [TableRowCount] = []
            for table in PostgresSchema.tables {
                // The table names are the schema's own, never input.
                let rows = try await connection.scalar("SELECT count(*) FROM \(unescaped: table)", as: Int.self)
                counts.append(TableRowCount(table: table, rows: rows ?? 0))
            }
            return counts
        }
    }

    /// The newest audit entries first, at most `limit` of them. Each entry's detail is the JSON
    /// object as PostgreSQL's `jsonb` writes it back (`detail::text`): the same keys and values
    /// as the SQLite store's, though spaced and ordered the `jsonb` way.
    public func auditLog(limit: Int) async throws(ExchangeStoreError) -> [AuditEntry] {
        try await read { connection in
            try await connection.rows(
                """
                SELECT at, actor, action, subject, detail::text AS detail, address FROM audit_log
                ORDER BY id DESC LIMIT \(max(0, limit))
                """
            ).map { row in
                AuditEntry(
                    at: try row.value("at"), actor: try row.value("actor"), action: try row.value("action"),
                    subject: try row.value("subject"), detail: try row.value("detail"),
                    address: try row.value("address"))
            }
        }
    }

    /// The settings the store runs with, in the SQLite store's terms: ``ConnectionSettings/journalMode``
    /// is `postgresql` (PostgreSQL's write-ahead log is not optional), ``ConnectionSettings/busyTimeoutMilliseconds``
    /// is 0 (a write PostgreSQL cannot serialize is retried rather than waited for),
    /// ``ConnectionSettings/foreignKeysEnabled`` is `true` (always enforced),
    /// ``ConnectionSettings/appliedMigrations`` are the names in `schema_migrations` in the order
    /// applied, and ``ConnectionSettings/sqliteVersion`` holds the server's version
    /// (`SHOW server_version`), e.g. `15.8 (Debian 15.8-0+deb12u1)`.
    public func connectionSettings() async throws(ExchangeStoreError) -> ConnectionSettings {
        try await read { connection in
            ConnectionSettings(
                journalMode: "postgresql", busyTimeoutMilliseconds: 0, foreignKeysEnabled: true,
                appliedMigrations: try await PostgresSchema.applied(connection),
                sqliteVersion: try await connection.scalar("SHOW server_version", as: String.self) ?? "")
        }
    }
}
