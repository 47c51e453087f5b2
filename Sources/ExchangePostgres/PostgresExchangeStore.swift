import ExchangeBridge
import Foundation
import PostgresNIO

/// The exchange store on PostgreSQL: the same tables, rules and guarantees as the embedded
/// SQLite ``ExchangeStore``, for an office that runs several `seatplan serve` processes (or
/// district sub-systems) on one database.
///
/// Every operation is one SERIALIZABLE transaction, retried on serialization failures;
/// idempotent writes rely on the same unique keys (`INSERT … ON CONFLICT DO NOTHING`); the
/// records that must never change are protected by triggers, as in SQLite. The value is cheap
/// to copy; the connection pool stops when the last copy goes away.
public struct PostgresExchangeStore: Sendable {
    /// The store's location without any secret (`postgres://USER@HOST:PORT/DB`).
    public var path: String { database.location.description }
    /// The name the audit log records for writes made outside any ``AuditScope``.
    public let actor: String
    let database: PostgresDatabase
    let now: @Sendable () -> Date
    /// Signs what this value publishes (``ExchangeStoreOptions/signer``).
    let signer: (any DocumentSigner)?
    /// Seals and opens personal fields (``ExchangeStoreOptions/fieldSealer``).
    let fieldSealer: (any FieldSealer)?

    /// Connects to the store at `location` and brings its schema up to date.
    ///
    /// - Throws: ``ExchangeStoreError`` naming the store when it cannot be reached, refuses the
    ///   user or password, or was made by a newer SeatPlan.
    public init(
        location: PostgresLocation, options: ExchangeStoreOptions = ExchangeStoreOptions()
    ) async throws(ExchangeStoreError) {
        database = try PostgresDatabase(
            location: location, password: options.databasePassword,
            maximumConnections: options.maximumReaderCount + 1)
        actor = options.actor
        now = options.now
        signer = options.signer
        fieldSealer = options.fieldSealer
        try await PostgresSchema.migrate(database)
    }

    /// Who the audit log names for a write now: the task's ``AuditScope``, else this value's actor.
    var auditActor: String { AuditScope.current?.actor ?? actor }
    /// The address the audit log records for a write now.
    var auditAddress: String? { AuditScope.current?.address }

    /// Runs `body` as one transaction (see ``PostgresDatabase/transaction(_:_:)``).
    func write<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws(ExchangeStoreError) -> T {
        try await database.transaction(.write, body)
    }

    /// Runs `body` on one consistent, read-only snapshot.
    func read<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws(ExchangeStoreError) -> T {
        try await database.transaction(.read, body)
    }

    /// Appends one audit entry inside the caller's transaction. Never put personal data such
    /// as phone numbers in `detail`: name the fields that changed, not their values.
    func appendAudit(
        _ connection: PostgresConnection, action: String, subject: String, meeting: MeetingID?,
        detail: [String: AuditValue] = [:]
    ) async throws {
        let json = try AuditValue.json(detail)
        try await connection.query(
            """
            INSERT INTO audit_log (at, actor, action, subject, meeting_id, detail, address)
            VALUES (
                \(now()), \(auditActor), \(action), \(subject), \(meeting?.rawValue), \(json)::jsonb, \(auditAddress))
            """,
            logger: PostgresDatabase.logger)
    }
}
