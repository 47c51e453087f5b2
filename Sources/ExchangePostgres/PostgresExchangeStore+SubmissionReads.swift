import ExchangeBridge
import Foundation
import PostgresNIO

extension PostgresExchangeStore {
    /// One submission's description (unit, version, status, encoding, row counts), without its file.
    public func submission(_ id: SubmissionID) async throws(ExchangeStoreError) -> RosterSubmission {
        let found = try await read { connection in
            try await connection.firstRow(
                """
                SELECT \(unescaped: PostgresSubmissionRows.columns)
                FROM roster_submissions s JOIN units u ON u.id = s.unit_id WHERE s.id = \(id.rawValue)
                """
            ).map(PostgresSubmissionRows.decode)
        }
        guard let found else { throw ExchangeStoreError(.notFound, store: path, "has no \(id)") }
        return found
    }

    /// The submissions of `meeting`, optionally of one unit, in the order received.
    public func submissions(meeting: MeetingID, unitNamed unitName: String?) async throws(ExchangeStoreError)
        -> [RosterSubmission]
    {
        try await read { connection in
            let rows: [PostgresRandomAccessRow]
            if let unitName {
                rows = try await connection.rows(
                    """
                    SELECT \(unescaped: PostgresSubmissionRows.columns)
                    FROM roster_submissions s JOIN units u ON u.id = s.unit_id
                    WHERE s.meeting_id = \(meeting.rawValue) AND u.name = \(unitName)
                    ORDER BY s.received_at, s.id
                    """)
            } else {
                rows = try await connection.rows(
                    """
                    SELECT \(unescaped: PostgresSubmissionRows.columns)
                    FROM roster_submissions s JOIN units u ON u.id = s.unit_id
                    WHERE s.meeting_id = \(meeting.rawValue)
                    ORDER BY s.received_at, s.id
                    """)
            }
            return try rows.map(PostgresSubmissionRows.decode)
        }
    }

    /// The uploaded file of a submission, byte for byte.
    public func rawFile(of submission: SubmissionID) async throws(ExchangeStoreError) -> Data {
        let data = try await read { connection in
            try await connection.scalar(
                "SELECT raw_bytes FROM roster_submissions WHERE id = \(submission.rawValue)", as: Data.self)
        }
        guard let data else { throw ExchangeStoreError(.notFound, store: path, "has no \(submission)") }
        return data
    }

    /// The recorded rows of a submission in line order, accepted and rejected.
    public func rows(of submission: SubmissionID) async throws(ExchangeStoreError) -> [SubmittedRow] {
        try await read { connection in
            try await connection.rows(
                """
                SELECT line, raw_text, attendee_id, name, unit, unit_order, precedence, role, title, gender, tags,
                    rejection_field, rejection_reason
                FROM submission_rows WHERE submission_id = \(submission.rawValue) ORDER BY line
                """
            ).map { row in
                let reason = try row.value("rejection_reason", as: String?.self)
                let field = try row.value("rejection_field", as: String?.self)
                return SubmittedRow(
                    line: try row.value("line"), rawText: try row.value("raw_text"),
                    fields: RosterFields(
                        id: try row.value("attendee_id"), name: try row.value("name"), unit: try row.value("unit"),
                        unitOrder: try row.value("unit_order"), precedence: try row.value("precedence"),
                        role: try row.value("role"), title: try row.value("title"), gender: try row.value("gender"),
                        tags: try row.value("tags")),
                    rejection: reason.map { RowRejection(field: field, reason: $0) })
            }
        }
    }
}

/// Reading `roster_submissions` rows (joined with their unit as `u`), without the raw file.
enum PostgresSubmissionRows {
    /// Every column but the raw file, of `roster_submissions s`, and the unit's name.
    static let columns = """
        s.id, s.meeting_id, s.unit_id, s.version, s.received_at, s.file_name, s.byte_count, s.sha256, s.encoding,
        s.status, s.failure_reason, s.processed_at, s.accepted_count, s.rejected_count, s.superseded_by,
        u.name AS unit_name
        """

    /// A row holding ``columns`` as a submission's description.
    static func decode(_ row: PostgresRandomAccessRow) throws -> RosterSubmission {
        RosterSubmission(
            id: SubmissionID(rawValue: try row.value("id")),
            meetingID: MeetingID(rawValue: try row.value("meeting_id")),
            unitID: UnitID(rawValue: try row.value("unit_id")),
            unitName: try row.value("unit_name"),
            version: try row.value("version"),
            receivedAt: try row.value("received_at"),
            fileName: try row.value("file_name"),
            byteCount: try row.value("byte_count"),
            sha256: try row.value("sha256"),
            encoding: try row.value("encoding"),
            status: SubmissionStatus(rawValue: try row.value("status")) ?? .received,
            failureReason: try row.value("failure_reason"),
            processedAt: try row.value("processed_at"),
            acceptedCount: try row.value("accepted_count"),
            rejectedCount: try row.value("rejected_count"),
            supersededBy: try row.value("superseded_by", as: Int64?.self).map(SubmissionID.init(rawValue:)))
    }
}
