import ExchangeBridge
import Foundation
import PostgresNIO

extension PostgresExchangeStore {
    /// Queues a reminder (催报) in the outbox for every unit of `meeting` without a readable
    /// roster, in one transaction. Idempotent per unit and deadline, with the SQLite store's
    /// dedupe key `reminder:<meeting>:<unit>:<deadline>` (the deadline as the SQLite store's UTC
    /// text with milliseconds, or `none`), so running it again queues nothing, and a new
    /// deadline reminds again. With `units`, only those units are considered.
    public func queueReminders(
        meeting: MeetingID, deadline: Date?, units scope: Set<UnitID>?
    ) async throws(ExchangeStoreError) -> ReminderResult {
        let deadlineKey = deadline.map(Timestamp.text) ?? "none"
        return try await write { connection in
            guard let found = try await PostgresMeetingRows.meeting(meeting, connection) else {
                throw ExchangeStoreError(.notFound, store: path, "has no \(meeting)")
            }
            var submitted = Set<Int64>()
            for row in try await connection.rows(
                """
                SELECT unit_id FROM roster_submissions
                WHERE meeting_id = \(meeting.rawValue) AND status = 'parsed' AND superseded_by IS NULL
                """)
            {
                submitted.insert(try row.value("unit_id", as: Int64.self))
            }
            var result = ReminderResult(deadline: deadline, queued: [], alreadyQueued: [], submittedCount: 0)
            let stamp = now()
            for unit in try await PostgresUnitRows.list(meeting, connection, fields: personalFields)
            where scope?.contains(unit.id) ?? true {
                if submitted.contains(unit.id.rawValue) {
                    result.submittedCount += 1
                    continue
                }
                let key = "\(NoticeKind.reminder):\(meeting.rawValue):\(unit.id.rawValue):\(deadlineKey)"
                let payload = NoticeText.reminder(meeting: found.name, unit: unit.details.name, deadline: deadline)
                let inserted = try await connection.firstRow(
                    """
                    INSERT INTO outbox (meeting_id, unit_id, kind, dedupe_key, payload, created_at)
                    VALUES (\(meeting.rawValue), \(unit.id.rawValue), \(NoticeKind.reminder), \(key), \(payload),
                        \(stamp))
                    ON CONFLICT (dedupe_key) DO NOTHING RETURNING id
                    """)
                if inserted != nil {
                    result.queued.append(unit.details.name)
                } else {
                    result.alreadyQueued.append(unit.details.name)
                }
            }
            if !result.queued.isEmpty {
                try await appendAudit(
                    connection, action: "outbox.remind", subject: "meeting:\(meeting.rawValue)", meeting: meeting,
                    detail: ["deadline": .text(deadlineKey), "queued": .number(Int64(result.queued.count))])
            }
            return result
        }
    }
}
