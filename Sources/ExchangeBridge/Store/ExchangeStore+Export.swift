import Foundation
import GRDB

/// One stored value, as SQLite holds it, for copying a store to another backend.
package enum StoredValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)
}

/// The rows of one table, for copying a store to another backend (`seatplan store migrate`).
package struct ExportedTable: Sendable {
    /// The table's name.
    package var name: String
    /// Its columns, in the order of each row's values.
    package var columns: [String]
    /// Its columns that form the primary key (the order rows are listed in).
    package var primaryKey: [String]
    /// Every row, ordered by the primary key.
    package var rows: [[StoredValue]]
}

extension ExchangeStore {
    /// Every table of the store with all its rows, read in one snapshot, in the order the
    /// tables can be filled (referenced tables first).
    package func exportTables() throws(ExchangeStoreError) -> [ExportedTable] {
        try read { db in
            try ExchangeSchema.tables.map { table in
                let columns = try db.columns(in: table).map(\.name)
                let primaryKey = try db.primaryKey(table).columns
                let order = primaryKey.map { "\"\($0)\"" }.joined(separator: ", ")
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\" ORDER BY \(order)").map { row in
                    columns.map { column in Self.storedValue(row[column] as DatabaseValue) }
                }
                return ExportedTable(name: table, columns: columns, primaryKey: primaryKey, rows: rows)
            }
        }
    }

    private static func storedValue(_ value: DatabaseValue) -> StoredValue {
        switch value.storage {
        case .null: .null
        case .int64(let number): .integer(number)
        case .double(let number): .real(number)
        case .string(let text): .text(text)
        case .blob(let data): .blob(data)
        }
    }
}
