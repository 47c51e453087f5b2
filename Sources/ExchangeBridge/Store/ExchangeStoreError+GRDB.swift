import GRDB

extension ExchangeStoreError {
    /// Translates any error thrown while using the store at `path` into an
    /// ``ExchangeStoreError``, keeping ours as they are and explaining SQLite's result codes.
    init(translating error: any Error, store path: String) {
        if let error = error as? ExchangeStoreError {
            self = error
            return
        }
        guard let error = error as? DatabaseError else {
            self.init(.database, store: path, "\(error)")
            return
        }
        let detail = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_NOTADB:
            self.init(.notADatabase, store: path, "is not an SQLite database (an exchange store is an SQLite file)")
        case .SQLITE_CANTOPEN:
            self.init(
                .cannotOpen, store: path,
                "cannot be opened or created: check that the directory exists and is writable (\(detail))")
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH:
            self.init(
                .readOnly, store: path,
                "cannot be written: check the file's and the directory's permissions (\(detail))")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            self.init(
                .busy, store: path, "is busy: another process kept it locked longer than the busy timeout (\(detail))")
        case .SQLITE_CORRUPT:
            self.init(.corrupt, store: path, "is damaged (\(detail)); restore it from a backup")
        case .SQLITE_FULL:
            self.init(.database, store: path, "cannot grow: the disk is full (\(detail))")
        case .SQLITE_CONSTRAINT:
            self.init(.conflict, store: path, "refused the change: \(detail)")
        default:
            self.init(.database, store: path, detail)
        }
    }
}
