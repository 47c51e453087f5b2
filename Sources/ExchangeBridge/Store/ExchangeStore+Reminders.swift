import Foundation
import GRDB

extension ExchangeStore {
    /// Queues a reminder (催报) in the outbox for every unit of `meeting` without a readable
    /// roster, in one transaction. Idempotent per unit and deadline: the dedupe key is
    /// `reminder:<meeting>:<unit>:<deadline>` (the deadline as stored UTC text, or `none`), so
    /// running it again queues nothing, and a new deadline reminds again. With `units`, only
    /// those units are considered (a district reminding its own).
    public func queueReminders(
        meeting: MeetingID, deadline: Date? = nil, units scope: Set<UnitID>? = nil
    ) throws(ExchangeStoreError) -> ReminderResult {
        let deadlineKey = deadline.map(Timestamp.text) ?? "none"
        return try write { db in
            guard let meetingRecord = try MeetingRecord.fetchOne(db, key: meeting.rawValue) else {
                throw ExchangeStoreError(.notFound, store: path, "has no \(meeting)")
            }
            let submitted = Set(
                try Int64.fetchAll(
                    db,
                    sql: """
                        SELECT unit_id FROM roster_submissions
                        WHERE meeting_id = ? AND status = 'parsed' AND superseded_by IS NULL
                        """,
                    arguments: [meeting.rawValue]))
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO outbox (meeting_id, unit_id, kind, dedupe_key, payload, created_at)
                    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING
                    """)
            var result = ReminderResult(deadline: deadline, queued: [], alreadyQueued: [], submittedCount: 0)
            let stamp = timestamp()
            for unit in try unitList(db, meeting: meeting) where scope?.contains(unit.id) ?? true {
                if submitted.contains(unit.id.rawValue) {
                    result.submittedCount += 1
                    continue
                }
                let key = "\(NoticeKind.reminder):\(meeting.rawValue):\(unit.id.rawValue):\(deadlineKey)"
                let payload = NoticeText.reminder(
                    meeting: meetingRecord.name, unit: unit.details.name, deadline: deadline)
                try insert.execute(arguments: [
                    meeting.rawValue, unit.id.rawValue, NoticeKind.reminder, key, payload, stamp,
                ])
                if db.changesCount > 0 {
                    result.queued.append(unit.details.name)
                } else {
                    result.alreadyQueued.append(unit.details.name)
                }
            }
            if !result.queued.isEmpty {
                try appendAudit(
                    db, action: "outbox.remind", subject: "meeting:\(meeting.rawValue)", meeting: meeting,
                    detail: ["deadline": .text(deadlineKey), "queued": .number(Int64(result.queued.count))])
            }
            return result
        }
    }

    /// The notices of `meeting` in the outbox, oldest first, optionally of one kind.
    public func outbox(meeting: MeetingID, kind: String? = nil) throws(ExchangeStoreError) -> [OutboxNotice] {
        try read { db in
            var sql = """
                SELECT o.*, u.name AS unit_name FROM outbox o JOIN units u ON u.id = o.unit_id
                WHERE o.meeting_id = ?
                """
            var arguments: StatementArguments = [meeting.rawValue]
            if let kind {
                sql += " AND o.kind = ?"
                arguments += [kind]
            }
            sql += " ORDER BY o.id"
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.outboxNotice)
        }
    }

    /// An outbox row (joined with its unit's name as `unit_name`) as a notice.
    static func outboxNotice(_ row: Row) -> OutboxNotice {
        OutboxNotice(
            id: row["id"], unitID: UnitID(rawValue: row["unit_id"]), unitName: row["unit_name"],
            planVersionID: (row["plan_version_id"] as Int64?).map(PlanVersionID.init(rawValue:)),
            kind: row["kind"], dedupeKey: row["dedupe_key"], payload: row["payload"],
            state: DeliveryState(rawValue: row["state"]) ?? .queued, attempts: row["attempts"],
            lastError: row["last_error"], createdAt: Timestamp.date(row["created_at"]) ?? .distantPast)
    }
}
