import Crypto
import ExchangeBridge
import Foundation
import PostgresNIO

/// Copies an SQLite exchange store into an empty PostgreSQL one (`seatplan store migrate`),
/// row for row with the same ids, in one transaction, then verifies the copy: the same row
/// count and the same content hash in every table, read back from PostgreSQL.
public enum PostgresStoreCopy {
    /// One table's verified copy.
    public struct TableCopy: Sendable, Equatable {
        /// The table's name.
        public var table: String
        /// Its rows, on both sides.
        public var rows: Int
        /// SHA-256 of its canonical content, on both sides.
        public var contentHash: String
    }

    /// Copies `source` into `target`, which must hold no data yet, and verifies the copy.
    ///
    /// - Throws: ``ExchangeStoreError`` when the target already holds data, a row cannot be
    ///   copied (nothing is then written), or a table's count or hash differs after the copy.
    public static func copy(
        from source: ExchangeStore, to target: PostgresExchangeStore
    ) async throws(ExchangeStoreError) -> [TableCopy] {
        let tables = try source.exportTables()
        let columnTypes = try await target.read { connection in try await Self.columnTypes(connection) }
        // Copied and verified in one transaction: a copy that differs is rolled back, and
        // nothing is written.
        return try await target.write { connection in
            for table in tables {
                guard try await connection.scalar("SELECT 1 FROM \(unescaped: table.name) LIMIT 1", as: Int.self) == nil
                else {
                    throw ExchangeStoreError(
                        .conflict, store: target.path,
                        "already holds data (table \(table.name)); migrate into an empty database")
                }
            }
            for table in tables {
                try await insert(table, types: columnTypes[table.name] ?? [:], into: connection, store: target.path)
            }
            var copies: [TableCopy] = []
            for table in tables {
                let types = columnTypes[table.name] ?? [:]
                let copied = try await readBack(table, types: types, from: connection)
                try verify(copied, against: table, types: types, store: target.path)
                copies.append(
                    TableCopy(
                        table: table.name, rows: copied.count, contentHash: hash(copied, columns: table.columns, types))
                )
            }
            return copies
        }
    }

    /// Throws unless `copied` holds the same rows as `table`, naming the first difference.
    private static func verify(
        _ copied: [[StoredValue]], against table: ExportedTable, types: [String: String], store: String
    ) throws {
        guard copied.count == table.rows.count else {
            throw ExchangeStoreError(
                .database, store: store,
                "table \(table.name) has \(copied.count) rows after the copy, the SQLite store \(table.rows.count)")
        }
        for (index, (original, copy)) in zip(table.rows, copied).enumerated() {
            for (column, name) in table.columns.enumerated() {
                let type = types[name] ?? "text"
                guard canonicalText(original[column], type: type) == canonicalText(copy[column], type: type) else {
                    throw ExchangeStoreError(
                        .database, store: store,
                        "table \(table.name) differs after the copy: row \(index + 1), column \(name)")
                }
            }
        }
        guard hash(copied, columns: table.columns, types) == hash(table.rows, columns: table.columns, types) else {
            throw ExchangeStoreError(.database, store: store, "table \(table.name): content hashes differ")
        }
    }

    /// Columns that refer to a row of their own table, which may come later: copied as NULL,
    /// then set once every row is in.
    private static let selfReferences: [String: String] = [
        "units": "parent_unit_id", "roster_submissions": "superseded_by",
    ]

    private static func insert(
        _ table: ExportedTable, types: [String: String], into connection: PostgresConnection, store: String
    ) async throws {
        let names = table.columns.map { "\"\($0)\"" }.joined(separator: ", ")
        let placeholders = table.columns.enumerated().map { index, column in
            "$\(index + 1)" + (types[column].map { "::\($0)" } ?? "")
        }.joined(separator: ", ")
        let sql = "INSERT INTO \(table.name) (\(names)) VALUES (\(placeholders))"
        let deferred = selfReferences[table.name].flatMap { table.columns.firstIndex(of: $0) }
        var later: [(id: Int64, reference: Int64)] = []
        for row in table.rows {
            var binds = PostgresBindings()
            for (index, value) in row.enumerated() {
                let column = table.columns[index]
                if index == deferred, case .integer(let reference) = value, case .integer(let id) = row[0] {
                    later.append((id, reference))
                    binds.appendNull()
                    continue
                }
                try bind(
                    value, as: types[column] ?? "text", to: &binds, table: table.name, column: column, store: store)
            }
            try await connection.run(PostgresQuery(unsafeSQL: sql, binds: binds))
        }
        if let column = selfReferences[table.name] {
            for (id, reference) in later {
                try await connection.run(
                    "UPDATE \(unescaped: table.name) SET \(unescaped: column) = \(reference) WHERE id = \(id)")
            }
        }
        if table.primaryKey == ["id"] {
            try await connection.run(
                """
                SELECT setval(pg_get_serial_sequence(\(table.name), 'id'), coalesce(max(id), 0) + 1, false)
                FROM \(unescaped: table.name)
                """)
        }
    }

    private static func bind(
        _ value: StoredValue, as type: String, to binds: inout PostgresBindings, table: String, column: String,
        store: String
    ) throws {
        func refuse(_ what: String) -> ExchangeStoreError {
            ExchangeStoreError(.invalidInput, store: store, "cannot copy \(table).\(column): \(what)")
        }
        switch (value, type) {
        case (.null, _): binds.appendNull()
        case (.integer(let number), "boolean"): try binds.append(number != 0)
        case (.integer(let number), "double precision"): try binds.append(Double(number))
        case (.integer(let number), "integer"): try binds.append(Int32(clamping: number))
        case (.integer(let number), _): try binds.append(number)
        case (.real(let number), _): try binds.append(number)
        case (.text(let text), "timestamp with time zone"):
            guard let date = Timestamp.date(text) else { throw refuse("'\(text)' is not a stored timestamp") }
            try binds.append(date)
        case (.text(let text), _): try binds.append(text)
        case (.blob(let data), _): try binds.append(data)
        }
    }

    /// Every table's column types, as PostgreSQL names them (`information_schema`).
    private static func columnTypes(_ connection: PostgresConnection) async throws -> [String: [String: String]] {
        var types: [String: [String: String]] = [:]
        for row in try await connection.rows(
            """
            SELECT table_name::text AS table_name, column_name::text AS column_name, data_type::text AS data_type
            FROM information_schema.columns WHERE table_schema = current_schema()
            """)
        {
            let table = try row.value("table_name", as: String.self)
            types[table, default: [:]][try row.value("column_name", as: String.self)] = try row.value(
                "data_type", as: String.self)
        }
        return types
    }

    /// The table's rows as PostgreSQL now holds them, each value as text (NULL kept).
    private static func readBack(
        _ table: ExportedTable, types: [String: String], from connection: PostgresConnection
    ) async throws -> [[StoredValue]] {
        let selected = table.columns.map { column -> String in
            let name = "\"\(column)\""
            switch types[column] ?? "text" {
            case "timestamp with time zone":
                // To the nearest millisecond, as SQLite keeps instants.
                let rounded = "date_trunc('milliseconds', \(name) + interval '500 microseconds') AT TIME ZONE 'UTC'"
                return "to_char(\(rounded), 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"
            case "boolean": return "\(name)::int::text"
            case "bytea": return "encode(sha256(\(name)), 'hex')"
            default: return "\(name)::text"
            }
        }.joined(separator: ", ")
        // Qualified, so that the order is the stored values' and not the selected texts'.
        let order = table.primaryKey.map { column in
            let qualified = "\(table.name).\"\(column)\""
            return types[column] == "text" ? "\(qualified) COLLATE \"C\"" : qualified
        }.joined(separator: ", ")
        let rows = try await connection.rows(
            PostgresQuery(unsafeSQL: "SELECT \(selected) FROM \(table.name) ORDER BY \(order)"))
        return try rows.map { row in
            try (0..<table.columns.count).map { index -> StoredValue in
                let cell = row[index]
                return cell.bytes == nil ? .null : .text(try cell.decode(String.self))
            }
        }
    }

    /// SHA-256 over every row's canonical text: the same for a value read from SQLite and its
    /// copy read back as text from PostgreSQL.
    static func hash(_ rows: [[StoredValue]], columns: [String], _ types: [String: String]) -> String {
        var hasher = SHA256()
        for row in rows {
            for (index, value) in row.enumerated() {
                let canonical = canonicalText(value, type: types[columns[index]] ?? "text")
                hasher.update(data: Data((canonical ?? "\u{1}NULL").utf8))
                hasher.update(data: Data([0]))
            }
            hasher.update(data: Data([0x1E]))
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    private static func canonicalText(_ value: StoredValue, type: String) -> String? {
        switch value {
        case .null: return nil
        case .integer(let number): return type == "double precision" ? "\(Double(number))" : "\(number)"
        case .real(let number): return "\(number)"
        case .blob(let data): return SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        case .text(let text):
            switch type {
            case "timestamp with time zone": return Timestamp.date(text).map(Timestamp.text) ?? text
            case "double precision": return Double(text).map { "\($0)" } ?? text
            case "boolean": return text == "t" ? "1" : text == "f" ? "0" : text
            case "jsonb": return canonicalJSON(text)
            default: return text
            }
        }
    }

    /// JSON with sorted keys and no spaces, so that SQLite's text and PostgreSQL's jsonb agree.
    private static func canonicalJSON(_ text: String) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]),
            let data = try? JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes])
        else { return text }
        return String(decoding: data, as: UTF8.self)
    }
}
