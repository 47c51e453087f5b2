import ExchangeBridge
import Foundation
import PostgresNIO

/// The PostgreSQL store's migrations, applied in order and recorded in `schema_migrations`.
/// Servers starting at once take an advisory lock, so that exactly one of them migrates.
enum PostgresSchema {
    /// Every migration by name, oldest first.
    static let migrations: [(name: String, sql: String)] = [
        ("pg-v1", PostgresSchemaV1.sql), ("pg-v2-row-security", PostgresSchemaV2RowSecurity.sql),
        ("pg-v3-keys-scans", PostgresSchemaV3KeysScans.sql),
    ]
    /// The advisory lock key the migrations run under ("SPEX").
    static let lockKey: Int64 = 0x5350_4558
    /// The tables of the store, for row counts and copies.
    static var tables: [String] { ExchangeSchema.tables }

    /// Applies the migrations `database` lacks.
    static func migrate(_ database: PostgresDatabase) async throws(ExchangeStoreError) {
        let store = database.location.description
        let names = Set(migrations.map(\.name))
        // On a connection of its own: a wrong password or an unreachable server fails here at once.
        let connection = try await database.connectDirectly()
        do {
            // The lock is taken before the transaction starts, so that its snapshot sees what a
            // server that migrated meanwhile committed.
            try await connection.query("SELECT pg_advisory_lock(\(lockKey))", logger: PostgresDatabase.logger)
            try await PostgresDatabase.transaction(on: connection, .write, reach: nil) { connection in
                try await apply(on: connection, store: store, names: names)
            }
            try await connection.query("SELECT pg_advisory_unlock(\(lockKey))", logger: PostgresDatabase.logger)
            try? await connection.close()
        } catch {
            try? await connection.close()
            throw ExchangeStoreError(translatingPostgres: error, store: store)
        }
    }

    private static func apply(on connection: PostgresConnection, store: String, names: Set<String>) async throws {
        try await connection.query(
            "CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL)",
            logger: PostgresDatabase.logger)
        var applied = Set<String>()
        for try await name in try await connection.query(
            "SELECT name FROM schema_migrations", logger: PostgresDatabase.logger
        ).decode(String.self) {
            applied.insert(name)
        }
        if let unknown = applied.subtracting(names).sorted().first {
            throw ExchangeStoreError(
                .newerSchema, store: store,
                "was migrated by a newer SeatPlan (migration '\(unknown)' is unknown here); update SeatPlan")
        }
        for migration in migrations where !applied.contains(migration.name) {
            for statement in statements(migration.sql) {
                try await connection.query(PostgresQuery(unsafeSQL: statement), logger: PostgresDatabase.logger)
            }
            try await connection.query(
                "INSERT INTO schema_migrations (name, applied_at) VALUES (\(migration.name), \(Date()))",
                logger: PostgresDatabase.logger)
        }
    }

    /// The statements of a migration's script, one by one (the extended protocol takes one at a
    /// time): split at each `;` that ends a line outside a `$$` function body.
    static func statements(_ script: String) -> [String] {
        var statements: [String] = []
        var current = ""
        var inBody = false
        for line in script.split(separator: "\n", omittingEmptySubsequences: false) {
            current += line + "\n"
            if line.components(separatedBy: "$$").count % 2 == 0 { inBody.toggle() }
            if !inBody, line.hasSuffix(";") {
                statements.append(current.trimmingCharacters(in: .whitespacesAndNewlines))
                current = ""
            }
        }
        let rest = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !rest.isEmpty { statements.append(rest) }
        return statements
    }

    /// The names of the applied migrations, in the order applied.
    static func applied(_ connection: PostgresConnection) async throws -> [String] {
        var names: [String] = []
        for try await name in try await connection.query(
            "SELECT name FROM schema_migrations ORDER BY applied_at, name", logger: PostgresDatabase.logger
        ).decode(String.self) {
            names.append(name)
        }
        return names
    }
}
