import ExchangeBridge
import Foundation
import PostgresNIO

extension PostgresExchangeStore {
    /// Stores a unit's uploaded roster file exactly as received, before anything reads it,
    /// as the unit's next submission (version 1, 2, ...). Follow with
    /// ``recordParsedRoster(_:submission:)`` or ``recordSubmissionFailure(_:encoding:submission:)``.
    public func receiveSubmission(
        unitNamed unitName: String, meeting: MeetingID, fileName: String, raw: Data
    ) async throws(ExchangeStoreError) -> SubmissionReceipt {
        try inputCheck.requireStorableText(["file name": fileName], in: "submission")
        return try await write { connection in
            try await insertReceived(connection, unitNamed: unitName, meeting: meeting, fileName: fileName, raw: raw)
        }
    }

    /// Records what reading a received submission produced: every row with its verdict. The
    /// submission becomes its unit's current roster, superseding (never deleting) the unit's
    /// earlier submissions; if a later one is already current, this one is superseded by it.
    ///
    /// - Throws: ``ExchangeStoreError/Kind/conflict`` when the submission was already read.
    public func recordParsedRoster(
        _ roster: ParsedRoster, submission: SubmissionID
    ) async throws(ExchangeStoreError) -> SubmissionReceipt {
        try inputCheck.validate(roster)
        return try await write { connection in
            let record = try await requireReceived(connection, submission)
            let received = SubmissionReceipt(
                id: submission, unitID: UnitID(rawValue: record.unitID), version: record.version, status: .received)
            return try await recordRows(
                connection, roster, received: received, meeting: MeetingID(rawValue: record.meetingID))
        }
    }

    /// Records that a received submission could not be read at all (e.g. unknown encoding, no
    /// header line), with a reason the unit can act on. Its raw file stays stored; the unit's
    /// previous roster, if any, stays current.
    public func recordSubmissionFailure(
        _ reason: String, encoding: String?, submission: SubmissionID
    ) async throws(ExchangeStoreError) -> SubmissionReceipt {
        try inputCheck.requireStorableText(
            ["reason": reason, "encoding": encoding], in: "submission failure")
        return try await write { connection in
            let record = try await requireReceived(connection, submission)
            try await connection.run(
                """
                UPDATE roster_submissions SET status = 'failed', failure_reason = \(reason), encoding = \(encoding),
                    processed_at = \(now())
                WHERE id = \(submission.rawValue)
                """)
            try await appendAudit(
                connection, action: "submission.fail", subject: "submission:\(submission.rawValue)",
                meeting: MeetingID(rawValue: record.meetingID), detail: ["reason": .text(reason)])
            return SubmissionReceipt(
                id: submission, unitID: UnitID(rawValue: record.unitID), version: record.version, status: .failed)
        }
    }

    /// Inserts a received file as the unit's next submission, with its audit entry, inside the
    /// caller's transaction: one statement (one round trip).
    func insertReceived(
        _ connection: PostgresConnection, unitNamed unitName: String, meeting: MeetingID, fileName: String, raw: Data
    ) async throws -> SubmissionReceipt {
        let stamp = now()
        let row = try await connection.firstRow(
            """
            WITH unit AS (
                SELECT id FROM units WHERE meeting_id = \(meeting.rawValue) AND name = \(unitName)
            ), next AS (
                SELECT unit.id AS unit_id,
                    1 + coalesce((SELECT max(version) FROM roster_submissions WHERE unit_id = unit.id), 0) AS version
                FROM unit
            ), inserted AS (
                INSERT INTO roster_submissions (meeting_id, unit_id, version, received_at, file_name, raw_bytes,
                    byte_count, sha256, status)
                SELECT \(meeting.rawValue), unit_id, version, \(stamp), \(fileName), \(raw), \(raw.count),
                    \(SHA256.hex(raw)), 'received'
                FROM next
                RETURNING id, unit_id, version
            ), audit AS (
                INSERT INTO audit_log (at, actor, action, subject, meeting_id, detail, address)
                SELECT \(stamp), \(auditActor), 'submission.receive', 'submission:' || id, \(meeting.rawValue),
                    jsonb_build_object('unit', \(unitName)::text, 'version', version, 'file', \(fileName)::text,
                        'bytes', \(raw.count)::bigint),
                    \(auditAddress)
                FROM inserted
            )
            SELECT id, unit_id, version FROM inserted
            """)
        guard let row else {
            throw ExchangeStoreError(
                .notFound, store: path, "unit '\(unitName)' is not a unit of \(meeting); add it first")
        }
        return SubmissionReceipt(
            id: SubmissionID(rawValue: try row.value("id")), unitID: UnitID(rawValue: try row.value("unit_id")),
            version: try row.value("version"), status: .received)
    }

    /// Records a read roster's rows inside the caller's transaction (see
    /// ``recordParsedRoster(_:submission:)``): the rows go in a few multi-row statements, then
    /// superseding, then the submission's own update with its audit entry.
    func recordRows(
        _ connection: PostgresConnection, _ roster: ParsedRoster, received: SubmissionReceipt, meeting: MeetingID
    ) async throws -> SubmissionReceipt {
        let submission = received.id.rawValue
        let unit = received.unitID.rawValue
        for query in PostgresSubmittedRowInserts.queries(roster.rows, submission: received.id) {
            try await connection.run(query)
        }
        let accepted = roster.rows.count(where: \.isAccepted)
        let rejected = roster.rows.count - accepted
        let detail = try AuditValue.json([
            "encoding": .text(roster.encoding), "accepted": .number(Int64(accepted)),
            "rejected": .number(Int64(rejected)),
        ])
        let stamp = now()
        // Earlier submissions of the unit give way to this one (first: one current roster per unit
        // is a unique index, checked row by row)...
        try await connection.run(
            """
            UPDATE roster_submissions SET superseded_by = \(submission)
            WHERE unit_id = \(unit) AND version < \(received.version) AND superseded_by IS NULL
            """)
        // ...unless a later one was already read, which then replaces this one.
        try await connection.run(
            """
            WITH finished AS (
                UPDATE roster_submissions SET status = 'parsed', encoding = \(roster.encoding),
                    processed_at = \(stamp), accepted_count = \(accepted), rejected_count = \(rejected),
                    superseded_by = (
                        SELECT id FROM roster_submissions
                        WHERE unit_id = \(unit) AND version > \(received.version) AND status = 'parsed'
                            AND superseded_by IS NULL
                        ORDER BY version DESC LIMIT 1)
                WHERE id = \(submission)
                RETURNING id
            )
            INSERT INTO audit_log (at, actor, action, subject, meeting_id, detail, address)
            SELECT \(stamp), \(auditActor), 'submission.parse', 'submission:' || id, \(meeting.rawValue),
                \(detail)::jsonb, \(auditAddress)
            FROM finished
            """)
        return SubmissionReceipt(id: received.id, unitID: received.unitID, version: received.version, status: .parsed)
    }

    /// The submission, which must still be waiting to be read.
    private func requireReceived(
        _ connection: PostgresConnection, _ submission: SubmissionID
    ) async throws -> (meetingID: Int64, unitID: Int64, version: Int) {
        let row = try await connection.firstRow(
            "SELECT meeting_id, unit_id, version, status FROM roster_submissions WHERE id = \(submission.rawValue)")
        guard let row else { throw ExchangeStoreError(.notFound, store: path, "has no \(submission)") }
        let status = try row.value("status", as: String.self)
        guard status == SubmissionStatus.received.rawValue else {
            throw ExchangeStoreError(
                .conflict, store: path,
                "\(submission) was already read (status \(status)); submit the file again instead")
        }
        return (try row.value("meeting_id"), try row.value("unit_id"), try row.value("version"))
    }
}

/// The statements that insert a roster's rows: many rows per statement (one round trip each),
/// every value bound as a parameter.
enum PostgresSubmittedRowInserts {
    /// The columns of `submission_rows` each row fills, in order.
    static let columns = [
        "submission_id", "line", "raw_text", "attendee_id", "name", "unit", "unit_order", "precedence", "role",
        "title", "gender", "tags", "accepted", "rejection_field", "rejection_reason",
    ]
    /// Rows per statement: well below PostgreSQL's 65,535 parameters per statement.
    static let rowsPerStatement = 1_000

    /// The INSERT statements for `rows` of `submission`.
    static func queries(_ rows: [SubmittedRow], submission: SubmissionID) -> [PostgresQuery] {
        stride(from: 0, to: rows.count, by: rowsPerStatement).map { start in
            let chunk = rows[start..<min(start + rowsPerStatement, rows.count)]
            var binds = PostgresBindings(capacity: chunk.count * columns.count)
            var tuples: [String] = []
            tuples.reserveCapacity(chunk.count)
            for (index, row) in chunk.enumerated() {
                let first = index * columns.count
                tuples.append("(" + (1...columns.count).map { "$\(first + $0)" }.joined(separator: ", ") + ")")
                let fields = row.fields
                binds.append(submission.rawValue)
                binds.append(row.line)
                binds.append(row.rawText)
                for value in [
                    fields.id, fields.name, fields.unit, fields.unitOrder, fields.precedence, fields.role, fields.title,
                    fields.gender, fields.tags,
                ] {
                    binds.append(value)
                }
                binds.append(row.isAccepted)
                binds.append(row.rejection?.field)
                binds.append(row.rejection?.reason)
            }
            let sql =
                "INSERT INTO submission_rows (\(columns.joined(separator: ", "))) VALUES "
                + tuples.joined(separator: ", ")
            return PostgresQuery(unsafeSQL: sql, binds: binds)
        }
    }
}
