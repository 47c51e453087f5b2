import Foundation
import GRDB

/// Looks at an existing file through one plain SQLite connection before the store opens its
/// pool, so that a foreign SQLite database, a garbage file or a store from a newer SeatPlan is
/// refused with a clear error and left as it was (opening a pool would switch it to WAL mode).
enum StoreFileProbe {
    /// Throws unless `path` is absent, empty, or an exchange store this version can open.
    static func check(_ path: String, busyTimeoutSeconds: TimeInterval = 5) throws(ExchangeStoreError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ExchangeStoreError(
                .cannotOpen, store: path, "is a directory; give the path of a store file inside it")
        }
        guard let size = fileSize(path), size > 0 else { return }
        // The file is never opened outside SQLite: closing any descriptor of a database file
        // drops every POSIX lock this process holds on it, including those of stores already
        // open here, and another process could then write under them. SQLite itself reports a
        // file that is not a database (SQLITE_NOTADB).
        //
        // A read-write connection that only reads: it leaves the file as it is (no journal mode
        // change), waits like any connection when another process holds a lock, and can recover
        // the write-ahead log a killed process left behind, which a read-only one cannot.
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeoutSeconds)
        configuration.label = "ExchangeStore.probe"
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            try queue.read { db in try checkIdentity(db, path: path) }
        } catch {
            throw ExchangeStoreError(translating: error, store: path)
        }
    }

    /// Checks the application id, or for a database without one that it holds no tables.
    private static func checkIdentity(_ db: Database, path: String) throws {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if applicationID != ExchangeSchema.applicationID {
            let tableCount =
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'grdb_%'") ?? 0
            let isBlank = applicationID == 0 && tableCount == 0
            if !isBlank {
                throw ExchangeStoreError(
                    .notAnExchangeStore, store: path,
                    "is an SQLite database of another application, not a SeatPlan exchange store")
            }
        }
        guard try db.tableExists("grdb_migrations") else { return }
        let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
        let unknown = applied.filter { !ExchangeSchema.knownMigrations.contains($0) }
        if !unknown.isEmpty {
            throw ExchangeStoreError(
                .newerSchema, store: path,
                "was created by a newer SeatPlan (schema steps \(unknown.joined(separator: ", ")) are unknown here); "
                    + "upgrade seatplan to use it")
        }
    }

    private static func fileSize(_ path: String) -> Int? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        return (attributes[.size] as? NSNumber)?.intValue
    }
}
