import Foundation
import GRDB

extension ExchangeStore {
    /// Stores a unit's uploaded roster file exactly as received, before anything reads it,
    /// as the unit's next submission (version 1, 2, ...). Follow with
    /// ``recordParsedRoster(_:submission:)`` or ``recordSubmissionFailure(_:encoding:submission:)``.
    public func receiveSubmission(
        unitNamed unitName: String, meeting: MeetingID, fileName: String, raw: Data
    ) throws(ExchangeStoreError) -> SubmissionReceipt {
        try requireStorableText(["file name": fileName], in: "submission")
        return try write { db in
            try insertReceived(db, unitNamed: unitName, meeting: meeting, fileName: fileName, raw: raw)
        }
    }

    /// Stores a received file and what reading it produced in one transaction (the file is
    /// read before it is stored): the unit's next submission, parsed, superseding the earlier.
    /// One transaction instead of two, for a server receiving many uploads at once; a row the
    /// store cannot keep (``ExchangeStoreError/Kind/invalidInput``) writes nothing.
    public func submitParsedRoster(
        _ roster: ParsedRoster, unitNamed unitName: String, meeting: MeetingID, fileName: String, raw: Data
    ) throws(ExchangeStoreError) -> SubmissionReceipt {
        let upload = ParsedRosterUpload(roster, unitNamed: unitName, meeting: meeting, fileName: fileName, raw: raw)
        guard let result = submitParsedRosters([upload]).first else {
            throw ExchangeStoreError(.invalidInput, store: path, "the roster of '\(unitName)' was not stored")
        }
        return try result.get()
    }

    /// Stores many read rosters in one transaction (a group commit: one sync to disk for all),
    /// each as ``submitParsedRoster(_:unitNamed:meeting:fileName:raw:)`` would, inside a
    /// savepoint of its own: one upload's failure writes nothing of it and leaves the others
    /// standing. Each is audited under its own ``ParsedRosterUpload/audit`` scope. The results
    /// are in the order of `uploads`; none is stored unless the whole transaction commits.
    public func submitParsedRosters(
        _ uploads: [ParsedRosterUpload]
    ) -> [Result<SubmissionReceipt, ExchangeStoreError>] {
        var results: [Result<SubmissionReceipt, ExchangeStoreError>?] = uploads.map { upload in
            do throws(ExchangeStoreError) {
                try requireStorableText(["file name": upload.fileName], in: "submission")
                try inputCheck.validate(upload.roster)
                return nil
            } catch {
                return .failure(error)
            }
        }
        let ready = results.indices.filter { results[$0] == nil }
        guard !ready.isEmpty else { return results.compactMap(\.self) }
        do throws(ExchangeStoreError) {
            let written = try write { db in
                ready.map { index in storeInSavepoint(db, uploads[index]) }
            }
            for (index, result) in zip(ready, written) { results[index] = result }
        } catch {
            for index in ready { results[index] = .failure(error) }
        }
        return results.compactMap(\.self)
    }

    /// One upload of a group commit, in a savepoint of its own inside the caller's transaction.
    private func storeInSavepoint(
        _ db: Database, _ upload: ParsedRosterUpload
    ) -> Result<SubmissionReceipt, ExchangeStoreError> {
        AuditScope.$current.withValue(upload.audit ?? AuditScope.current) {
            var receipt: SubmissionReceipt?
            do {
                try db.inSavepoint {
                    let received = try insertReceived(
                        db, unitNamed: upload.unitName, meeting: upload.meeting, fileName: upload.fileName,
                        raw: upload.raw)
                    receipt = try recordRows(db, upload.roster, received: received, meeting: upload.meeting)
                    return .commit
                }
            } catch {
                return .failure(ExchangeStoreError(translating: error, store: path))
            }
            guard let receipt else {
                return .failure(ExchangeStoreError(.invalidInput, store: path, "the roster was not stored"))
            }
            return .success(receipt)
        }
    }

    /// Inserts a received file as the unit's next submission, inside the caller's transaction.
    private func insertReceived(
        _ db: Database, unitNamed unitName: String, meeting: MeetingID, fileName: String, raw: Data
    ) throws -> SubmissionReceipt {
        let unit = try requireUnit(db, named: unitName, meeting: meeting)
        let unitID = unit.id ?? 0
        let version =
            1
            + (try Int.fetchOne(
                db.cachedStatement(sql: "SELECT max(version) FROM roster_submissions WHERE unit_id = ?"),
                arguments: [unitID]) ?? 0)
        var record = SubmissionRecord(
            id: nil, meetingID: meeting.rawValue, unitID: unitID, version: version, receivedAt: timestamp(),
            fileName: fileName, rawBytes: raw, byteCount: raw.count, sha256: SHA256.hex(raw), encoding: nil,
            status: SubmissionStatus.received.rawValue, failureReason: nil, processedAt: nil,
            acceptedCount: 0, rejectedCount: 0, supersededBy: nil)
        try record.insert(db)
        let id = record.id ?? 0
        try appendAudit(
            db, action: "submission.receive", subject: "submission:\(id)", meeting: meeting,
            detail: [
                "unit": .text(unitName), "version": .number(Int64(version)),
                "file": .text(fileName), "bytes": .number(Int64(raw.count)),
            ])
        return SubmissionReceipt(
            id: SubmissionID(rawValue: id), unitID: UnitID(rawValue: unitID), version: version, status: .received)
    }

    /// Records what reading a received submission produced: every row with its verdict. The
    /// submission becomes its unit's current roster, superseding (never deleting) the unit's
    /// earlier submissions; if a later one is already current, this one is superseded by it.
    public func recordParsedRoster(
        _ roster: ParsedRoster, submission: SubmissionID
    ) throws(ExchangeStoreError) -> SubmissionReceipt {
        try inputCheck.validate(roster)
        return try write { db in
            let record = try requireReceived(db, submission)
            let received = SubmissionReceipt(
                id: submission, unitID: UnitID(rawValue: record.unitID), version: record.version, status: .received)
            return try recordRows(db, roster, received: received, meeting: MeetingID(rawValue: record.meetingID))
        }
    }

    /// Records a read roster's rows inside the caller's transaction (see ``recordParsedRoster(_:submission:)``).
    /// The statements are cached: a group commit runs them once per upload.
    private func recordRows(
        _ db: Database, _ roster: ParsedRoster, received: SubmissionReceipt, meeting: MeetingID
    ) throws -> SubmissionReceipt {
        let submission = received.id
        let insertRow = try db.cachedStatement(
            sql: """
                INSERT INTO submission_rows (submission_id, line, raw_text, attendee_id, name, unit, unit_order,
                    precedence, role, title, gender, tags, accepted, rejection_field, rejection_reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for row in roster.rows {
            let fields = row.fields
            try insertRow.execute(arguments: [
                submission.rawValue, row.line, row.rawText, fields.id, fields.name, fields.unit, fields.unitOrder,
                fields.precedence, fields.role, fields.title, fields.gender, fields.tags, row.isAccepted,
                row.rejection?.field, row.rejection?.reason,
            ])
        }
        let accepted = roster.rows.count(where: \.isAccepted)
        let rejected = roster.rows.count - accepted
        // Earlier submissions of the unit give way to this one...
        try db.cachedStatement(
            sql: """
                UPDATE roster_submissions SET superseded_by = ?
                WHERE unit_id = ? AND version < ? AND superseded_by IS NULL
                """
        ).execute(arguments: [submission.rawValue, received.unitID.rawValue, received.version])
        // ...unless a later one was already read, which then replaces this one.
        let successor = try Int64.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT id FROM roster_submissions
                    WHERE unit_id = ? AND version > ? AND status = 'parsed' AND superseded_by IS NULL
                    """),
            arguments: [received.unitID.rawValue, received.version])
        try db.cachedStatement(
            sql: """
                UPDATE roster_submissions SET status = 'parsed', encoding = ?, processed_at = ?,
                    accepted_count = ?, rejected_count = ?, superseded_by = ?
                WHERE id = ?
                """
        ).execute(arguments: [roster.encoding, timestamp(), accepted, rejected, successor, submission.rawValue])
        try appendAudit(
            db, action: "submission.parse", subject: "submission:\(submission.rawValue)",
            meeting: meeting,
            detail: [
                "encoding": .text(roster.encoding), "accepted": .number(Int64(accepted)),
                "rejected": .number(Int64(rejected)),
            ])
        return SubmissionReceipt(id: submission, unitID: received.unitID, version: received.version, status: .parsed)
    }

    /// Records that a received submission could not be read at all (e.g. unknown encoding, no
    /// header line), with a reason the unit can act on. Its raw file stays stored; the unit's
    /// previous roster, if any, stays current.
    public func recordSubmissionFailure(
        _ reason: String, encoding: String? = nil, submission: SubmissionID
    ) throws(ExchangeStoreError) -> SubmissionReceipt {
        try requireStorableText(["reason": reason, "encoding": encoding], in: "submission failure")
        return try write { db in
            let record = try requireReceived(db, submission)
            try db.execute(
                sql: """
                    UPDATE roster_submissions SET status = 'failed', failure_reason = ?, encoding = ?, processed_at = ?
                    WHERE id = ?
                    """,
                arguments: [reason, encoding, timestamp(), submission.rawValue])
            try appendAudit(
                db, action: "submission.fail", subject: "submission:\(submission.rawValue)",
                meeting: MeetingID(rawValue: record.meetingID), detail: ["reason": .text(reason)])
            return SubmissionReceipt(
                id: submission, unitID: UnitID(rawValue: record.unitID), version: record.version, status: .failed)
        }
    }

    /// Receives a file and reads it with `parse` in two steps: the raw file is committed
    /// first, so it survives a crash or a parser failure; then the rows (or, when `parse`
    /// throws, the failure with the error's description) are recorded.
    public func submitRoster(
        unitNamed unitName: String, meeting: MeetingID, fileName: String, raw: Data,
        parse: (Data) throws -> ParsedRoster
    ) throws(ExchangeStoreError) -> SubmissionReceipt {
        let receipt = try receiveSubmission(unitNamed: unitName, meeting: meeting, fileName: fileName, raw: raw)
        let parsed: ParsedRoster
        do {
            parsed = try parse(raw)
        } catch {
            let reason = String(describing: error).replacingOccurrences(of: "\u{0}", with: "\u{FFFD}")
            return try recordSubmissionFailure(reason, submission: receipt.id)
        }
        do {
            return try recordParsedRoster(parsed, submission: receipt.id)
        } catch {
            // Rows the store cannot keep as they are (a NUL character, say): the file is refused
            // whole, with the reason, rather than left half-read.
            guard error.kind == .invalidInput else { throw error }
            let reason = error.message.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}")
            return try recordSubmissionFailure(reason, submission: receipt.id)
        }
    }

    /// The submissions of `meeting`, optionally of one unit, in the order received.
    public func submissions(meeting: MeetingID, unitNamed unitName: String? = nil) throws(ExchangeStoreError)
        -> [RosterSubmission]
    {
        try read { db in
            var sql = """
                SELECT \(SubmissionRecord.summaryColumns(alias: "s")), u.name AS unit_name
                FROM roster_submissions s JOIN units u ON u.id = s.unit_id
                WHERE s.meeting_id = ?
                """
            var arguments: StatementArguments = [meeting.rawValue]
            if let unitName {
                sql += " AND u.name = ?"
                arguments += [unitName]
            }
            sql += " ORDER BY s.received_at, s.id"
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(RosterSubmission.init(row:))
        }
    }

    /// The uploaded file of a submission, byte for byte.
    public func rawFile(of submission: SubmissionID) throws(ExchangeStoreError) -> Data {
        let data = try read { db in
            try Data.fetchOne(
                db, sql: "SELECT raw_bytes FROM roster_submissions WHERE id = ?", arguments: [submission.rawValue])
        }
        guard let data else { throw ExchangeStoreError(.notFound, store: path, "has no \(submission)") }
        return data
    }

    /// The recorded rows of a submission in line order, accepted and rejected.
    public func rows(of submission: SubmissionID) throws(ExchangeStoreError) -> [SubmittedRow] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM submission_rows WHERE submission_id = ? ORDER BY line",
                arguments: [submission.rawValue]
            ).map { row in
                let reason: String? = row["rejection_reason"]
                return SubmittedRow(
                    line: row["line"], rawText: row["raw_text"],
                    fields: RosterFields(
                        id: row["attendee_id"], name: row["name"], unit: row["unit"], unitOrder: row["unit_order"],
                        precedence: row["precedence"], role: row["role"], title: row["title"], gender: row["gender"],
                        tags: row["tags"]),
                    rejection: reason.map { RowRejection(field: row["rejection_field"], reason: $0) })
            }
        }
    }

    /// The submission, which must still be waiting to be read.
    private func requireReceived(_ db: Database, _ submission: SubmissionID) throws -> SubmissionRecord {
        let record = try SubmissionRecord.fetchOne(
            db,
            sql: "SELECT \(SubmissionRecord.summaryColumns()), x'' AS raw_bytes FROM roster_submissions WHERE id = ?",
            arguments: [submission.rawValue])
        guard let record else { throw ExchangeStoreError(.notFound, store: path, "has no \(submission)") }
        guard record.status == SubmissionStatus.received.rawValue else {
            throw ExchangeStoreError(
                .conflict, store: path,
                "\(submission) was already read (status \(record.status)); submit the file again instead")
        }
        return record
    }
}
