/// Why an exchange-store operation failed, always naming the store so a planner knows which
/// file (or, later, which server) is concerned.
public struct ExchangeStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kinds of failure a caller may want to tell apart.
    public enum Kind: String, Sendable, Equatable {
        /// The file exists but is not an SQLite database at all.
        case notADatabase
        /// The file is an SQLite database, but belongs to some other application.
        case notAnExchangeStore
        /// The store was migrated by a newer SeatPlan; this version must not touch it.
        case newerSchema
        /// The file could not be opened or created (missing directory, no permission).
        case cannotOpen
        /// The store may only be read (read-only file or file system).
        case readOnly
        /// Another process held the store longer than the busy timeout.
        case busy
        /// The store's file is damaged.
        case corrupt
        /// A named meeting, unit, submission, plan version or document does not exist.
        case notFound
        /// The request contradicts what the store holds (e.g. a duplicate, a finished step).
        case conflict
        /// The caller's input is invalid (empty name, plan file that does not decode, ...).
        case invalidInput
        /// Any other database failure.
        case database
    }

    /// What kind of failure this is.
    public let kind: Kind
    /// The store's location: the database file's path.
    public let store: String
    /// What went wrong, in words a planner can act on.
    public let message: String

    /// Creates an error about the store at `store`.
    public init(_ kind: Kind, store: String, _ message: String) {
        self.kind = kind
        self.store = store
        self.message = message
    }

    /// `STORE: message`.
    public var description: String { "\(store): \(message)" }
}
