import Foundation
import GRDB

extension ExchangeStore {
    /// The delivery board of a meeting: one row per unit in official order with the chosen
    /// notice's receipt (none when `notice` is `nil`), its roster and the reminders it got.
    public func deliveryBoard(meeting: MeetingID, notice: NoticeID?) throws(ExchangeStoreError) -> [BoardRow] {
        try read { db in
            let readKeyPrefix = "\(NoticeKind.readReminder):\(notice?.rawValue ?? 0):"
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT u.id, u.name, u.official_order, u.parent_unit_id,
                        r.notice_id IS NOT NULL AS sent, r.read_at,
                        (SELECT count(*) FROM roster_submissions s WHERE s.unit_id = u.id) AS submissions,
                        l.status AS latest_status, l.accepted_count, l.rejected_count, l.received_at,
                        (SELECT count(*) FROM outbox o WHERE o.unit_id = u.id AND o.kind = ?
                            AND substr(o.dedupe_key, 1, ?) = ?) AS read_reminders,
                        (SELECT count(*) FROM outbox o WHERE o.unit_id = u.id AND o.kind = ?) AS report_reminders
                    FROM units u
                    LEFT JOIN notice_recipients r ON r.unit_id = u.id AND r.notice_id = ?
                    LEFT JOIN roster_submissions l ON l.id = (
                        SELECT id FROM roster_submissions s WHERE s.unit_id = u.id ORDER BY version DESC LIMIT 1)
                    WHERE u.meeting_id = ?
                    ORDER BY u.official_order, u.id
                    """,
                arguments: [
                    NoticeKind.readReminder, readKeyPrefix.utf8.count, readKeyPrefix, NoticeKind.reminder,
                    notice?.rawValue, meeting.rawValue,
                ]
            ).map(Self.boardRow)
        }
    }

    private static func boardRow(_ row: Row) -> BoardRow {
        let status: String? = row["latest_status"]
        let rejected: Int = row["rejected_count"] ?? 0
        let state: RosterState =
            switch status {
            case nil: .none
            case "failed": .failed
            case "parsed": rejected > 0 ? .rowsRejected : .accepted
            default: .none
            }
        return BoardRow(
            unitID: UnitID(rawValue: row["id"]), unitName: row["name"], officialOrder: row["official_order"],
            parentID: (row["parent_unit_id"] as Int64?).map(UnitID.init(rawValue:)), noticeSent: row["sent"],
            readAt: (row["read_at"] as String?).flatMap(Timestamp.date), roster: state,
            submissionCount: row["submissions"], acceptedRows: row["accepted_count"] ?? 0, rejectedRows: rejected,
            lastSubmittedAt: (row["received_at"] as String?).flatMap(Timestamp.date),
            readReminders: row["read_reminders"], reportReminders: row["report_reminders"])
    }

    /// 催看: queues a read reminder for every unit of `notice` (within `units` when given) that
    /// has not opened it. Once per unit and notice (dedupe key `read-reminder:<notice>:<unit>`).
    public func queueReadReminders(notice: NoticeID, units: Set<UnitID>?) throws(ExchangeStoreError) -> ReminderRun {
        try write { db in
            let info = try requireNotice(db, notice)
            guard let meeting = try MeetingRecord.fetchOne(db, key: info.meetingID.rawValue) else {
                throw ExchangeStoreError(.notFound, store: path, "has no \(info.meetingID)")
            }
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT r.unit_id, r.read_at, u.name FROM notice_recipients r JOIN units u ON u.id = r.unit_id
                    WHERE r.notice_id = ? ORDER BY u.official_order
                    """,
                arguments: [notice.rawValue])
            var run = ReminderRun(queued: [], alreadyQueued: [], skipped: 0)
            for row in rows {
                let unit = UnitID(rawValue: row["unit_id"])
                if let units, !units.contains(unit) { continue }
                let name: String = row["name"]
                if (row["read_at"] as String?) != nil {
                    run.skipped += 1
                    continue
                }
                let key = "\(NoticeKind.readReminder):\(notice.rawValue):\(unit.rawValue)"
                let text = NoticeText.readReminder(meeting: meeting.name, unit: name, title: info.title)
                if try queueOutbox(
                    db, meeting: info.meetingID, unit: unit, kind: NoticeKind.readReminder, key: key, text: text)
                {
                    run.queued.append(name)
                } else {
                    run.alreadyQueued.append(name)
                }
            }
            if !run.queued.isEmpty {
                try appendAudit(
                    db, action: "outbox.read-remind", subject: "notice:\(notice.rawValue)", meeting: info.meetingID,
                    detail: ["queued": .number(Int64(run.queued.count))])
            }
            return run
        }
    }

    /// Queues one outbox message unless its dedupe key is already there; `true` when queued.
    func queueOutbox(
        _ db: Database, meeting: MeetingID, unit: UnitID, kind: String, key: String, text: String
    ) throws -> Bool {
        try db.cachedStatement(
            sql: """
                INSERT INTO outbox (meeting_id, unit_id, kind, dedupe_key, payload, created_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING
                """
        ).execute(arguments: [meeting.rawValue, unit.rawValue, kind, key, text, timestamp()])
        return db.changesCount > 0
    }
}
