import GRDB

/// Raw SQL for tests and maintenance tools inside the package (`@testable import`): it
/// bypasses the audit log and the API's checks, so it is not public.
extension ExchangeStore {
    /// Runs `sql` on the writer connection, outside any transaction the API would open.
    func executeRawSQL(_ sql: String) throws(ExchangeStoreError) {
        do {
            try database.writeWithoutTransaction { db in try db.execute(sql: sql) }
        } catch {
            throw ExchangeStoreError(translating: error, store: path)
        }
    }

    /// The first column of every row `sql` returns, as text.
    func fetchTexts(_ sql: String) throws(ExchangeStoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: sql) }
    }

    /// The single integer `sql` returns.
    func fetchInteger(_ sql: String) throws(ExchangeStoreError) -> Int? {
        try read { db in try Int.fetchOne(db, sql: sql) }
    }

    /// Runs `sql` in one IMMEDIATE write transaction and calls `whileHolding` before
    /// committing, so tests can keep the write lock taken while others read and write.
    func executeRawSQL(_ sql: String, whileHolding: () -> Void) throws(ExchangeStoreError) {
        try write { db in
            try db.execute(sql: sql)
            whileHolding()
        }
    }
}
