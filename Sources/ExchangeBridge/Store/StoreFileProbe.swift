import Foundation
import GRDB

/// Looks at an existing file read-only before the store opens it for writing, so that a
/// foreign SQLite database, a garbage file or a store from a newer SeatPlan is refused with a
/// clear error and left exactly as it was (opening a pool would switch it to WAL mode).
enum StoreFileProbe {
    /// The 16-byte header every SQLite database file starts with.
    private static let sqliteHeader = Data("SQLite format 3\u{0}".utf8)

    /// Throws unless `path` is absent, empty, or an exchange store this version can open.
    static func check(_ path: String) throws(ExchangeStoreError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ExchangeStoreError(.cannotOpen, store: path, "is a directory; give the path of a store file inside it")
        }
        guard let size = fileSize(path), size > 0 else { return }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ExchangeStoreError(.cannotOpen, store: path, "cannot be read: check its permissions")
        }
        let header = (try? handle.read(upToCount: sqliteHeader.count)) ?? Data()
        try? handle.close()
        guard header == sqliteHeader else {
            throw ExchangeStoreError(
                .notADatabase, store: path, "is not an SQLite database (an exchange store is an SQLite file)")
        }
        var configuration = Configuration()
        configuration.readonly = true
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
            let tableCount = try Int.fetchOne(
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
