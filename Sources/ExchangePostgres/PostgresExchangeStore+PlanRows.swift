import ExchangeBridge
import Foundation
import PostgresNIO

/// The columns plan versions, documents and outbox notices are read with, and their rows as
/// the public model values: one place for each, shared by every method that returns them.
enum PlanRows {
    /// A plan version's summary columns, without its PLAN.json.
    static let planInfoColumns = """
        id, meeting_id, version, content_hash, status, objective, gap, protocol_violations, seated_count, \
        unseated_count, changed_count, created_at
        """

    /// A document's columns, without its bytes.
    static let documentColumns =
        "id, meeting_id, plan_version_id, kind, file_name, media_type, byte_count, sha256, created_at"

    /// An outbox row's columns (as `o`) with its unit's name, `FROM outbox o JOIN units u`.
    static let outboxColumns = """
        o.id, o.unit_id, u.name AS unit_name, o.plan_version_id, o.kind, o.dedupe_key, o.payload, o.state, \
        o.attempts, o.last_error, o.created_at
        """

    /// A row of ``planInfoColumns``.
    static func planInfo(_ row: PostgresRandomAccessRow) throws -> PlanVersionInfo {
        PlanVersionInfo(
            id: PlanVersionID(rawValue: try row.value("id", as: Int64.self)),
            meetingID: MeetingID(rawValue: try row.value("meeting_id", as: Int64.self)),
            version: try row.value("version", as: Int.self),
            contentHash: try row.value("content_hash", as: String.self),
            status: try row.value("status", as: String.self),
            objective: try row.value("objective", as: Double.self),
            gap: try row.value("gap", as: Double.self),
            protocolViolations: try row.value("protocol_violations", as: Int.self),
            seatedCount: try row.value("seated_count", as: Int.self),
            unseatedCount: try row.value("unseated_count", as: Int.self),
            changedCount: try row.value("changed_count", as: Int?.self),
            createdAt: try row.value("created_at", as: Date.self))
    }

    /// A row of ``documentColumns``.
    static func document(_ row: PostgresRandomAccessRow) throws -> DocumentInfo {
        DocumentInfo(
            id: DocumentID(rawValue: try row.value("id", as: Int64.self)),
            meetingID: MeetingID(rawValue: try row.value("meeting_id", as: Int64.self)),
            planVersionID: try row.value("plan_version_id", as: Int64?.self).map(PlanVersionID.init(rawValue:)),
            kind: DocumentKind(rawValue: try row.value("kind", as: String.self)),
            fileName: try row.value("file_name", as: String.self),
            mediaType: try row.value("media_type", as: String.self),
            byteCount: try row.value("byte_count", as: Int.self),
            sha256: try row.value("sha256", as: String.self),
            createdAt: try row.value("created_at", as: Date.self))
    }

    /// A row of ``outboxColumns``.
    static func outboxNotice(_ row: PostgresRandomAccessRow) throws -> OutboxNotice {
        OutboxNotice(
            id: try row.value("id", as: Int64.self),
            unitID: UnitID(rawValue: try row.value("unit_id", as: Int64.self)),
            unitName: try row.value("unit_name", as: String.self),
            planVersionID: try row.value("plan_version_id", as: Int64?.self).map(PlanVersionID.init(rawValue:)),
            kind: try row.value("kind", as: String.self),
            dedupeKey: try row.value("dedupe_key", as: String.self),
            payload: try row.value("payload", as: String.self),
            state: DeliveryState(rawValue: try row.value("state", as: String.self)) ?? .queued,
            attempts: try row.value("attempts", as: Int.self),
            lastError: try row.value("last_error", as: String?.self),
            createdAt: try row.value("created_at", as: Date.self))
    }

    /// Inserts `rows` with one multi-row `INSERT` per batch: `prefix` is the statement up to
    /// `VALUES` (fixed text), `suffix` what follows the values (fixed text, e.g. `ON CONFLICT …
    /// RETURNING …`), `casts` one type per column (the placeholders' casts, so that NULLs and
    /// integers land in the right types) and `bind` appends one row's values in column order.
    /// Returns every row the statements return.
    static func insert<Row>(
        _ connection: PostgresConnection, prefix: String, casts: [String], suffix: String = "", rows: [Row],
        bind: (Row, inout PostgresBindings) throws -> Void
    ) async throws -> [PostgresRandomAccessRow] {
        // PostgreSQL takes at most 65,535 parameters per statement.
        let perBatch = max(1, 30_000 / max(1, casts.count))
        var returned: [PostgresRandomAccessRow] = []
        var start = 0
        while start < rows.count {
            let batch = rows[start..<min(rows.count, start + perBatch)]
            var bindings = PostgresBindings(capacity: batch.count * casts.count)
            var tuples: [String] = []
            tuples.reserveCapacity(batch.count)
            for row in batch {
                let first = bindings.count
                try bind(row, &bindings)
                let placeholders = casts.enumerated().map { index, cast in "$\(first + index + 1)::\(cast)" }
                tuples.append("(" + placeholders.joined(separator: ", ") + ")")
            }
            let sql = prefix + " VALUES " + tuples.joined(separator: ", ") + (suffix.isEmpty ? "" : " " + suffix)
            returned += try await connection.rows(PostgresQuery(unsafeSQL: sql, binds: bindings))
            start += perBatch
        }
        return returned
    }
}
