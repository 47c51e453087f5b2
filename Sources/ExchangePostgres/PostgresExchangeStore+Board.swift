import ExchangeBridge
import Foundation
import PostgresNIO

extension PostgresExchangeStore {
    /// The delivery board of a meeting: one row per unit in official order with the chosen
    /// notice's receipt (none when `notice` is `nil`), its roster and the reminders it got.
    public func deliveryBoard(meeting: MeetingID, notice: NoticeID?) async throws(ExchangeStoreError) -> [BoardRow] {
        let readKeyPrefix = "\(NoticeKind.readReminder):\(notice?.rawValue ?? 0):"
        return try await read { connection in
            try await connection.rows(
                """
                SELECT u.id, u.name, u.official_order, u.parent_unit_id,
                    r.notice_id IS NOT NULL AS sent, r.read_at,
                    (SELECT count(*) FROM roster_submissions s WHERE s.unit_id = u.id) AS submissions,
                    l.status AS latest_status, l.accepted_count, l.rejected_count, l.received_at,
                    (SELECT count(*) FROM outbox o WHERE o.unit_id = u.id AND o.kind = \(NoticeKind.readReminder)
                        AND starts_with(o.dedupe_key, \(readKeyPrefix))) AS read_reminders,
                    (SELECT count(*) FROM outbox o WHERE o.unit_id = u.id AND o.kind = \(NoticeKind.reminder))
                        AS report_reminders
                FROM units u
                LEFT JOIN notice_recipients r ON r.unit_id = u.id AND r.notice_id = \(notice?.rawValue)
                LEFT JOIN roster_submissions l ON l.id = (
                    SELECT id FROM roster_submissions s WHERE s.unit_id = u.id ORDER BY version DESC LIMIT 1)
                WHERE u.meeting_id = \(meeting.rawValue)
                ORDER BY u.official_order, u.id
                """
            ).map(Self.boardRow)
        }
    }

    /// A board row from the board query's row.
    private static func boardRow(_ row: PostgresRandomAccessRow) throws -> BoardRow {
        let status = try row.value("latest_status", as: String?.self)
        let rejected = try row.value("rejected_count", as: Int?.self) ?? 0
        let state: RosterState =
            switch status {
            case nil: .none
            case "failed": .failed
            case "parsed": rejected > 0 ? .rowsRejected : .accepted
            default: .none
            }
        return BoardRow.stored(
            unitID: UnitID(rawValue: try row.value("id", as: Int64.self)), unitName: try row.value("name"),
            officialOrder: try row.value("official_order"),
            parentID: try row.value("parent_unit_id", as: Int64?.self).map(UnitID.init(rawValue:)),
            noticeSent: try row.value("sent"), readAt: try row.value("read_at", as: Date?.self), roster: state,
            submissionCount: Int(try row.value("submissions", as: Int64.self)),
            acceptedRows: try row.value("accepted_count", as: Int?.self) ?? 0, rejectedRows: rejected,
            lastSubmittedAt: try row.value("received_at", as: Date?.self),
            readReminders: Int(try row.value("read_reminders", as: Int64.self)),
            reportReminders: Int(try row.value("report_reminders", as: Int64.self)))
    }

    /// 催看: queues a read reminder for every unit of `notice` (within `units` when given) that
    /// has not opened it. Once per unit and notice (dedupe key `read-reminder:<notice>:<unit>`).
    ///
    /// - Throws: ``ExchangeStoreError/Kind/notFound`` for an unknown notice.
    public func queueReadReminders(
        notice: NoticeID, units: Set<UnitID>?
    ) async throws(ExchangeStoreError) -> ReminderRun {
        try await write { connection in
            let info = try await requireNotice(connection, notice)
            guard
                let meetingName = try await connection.scalar(
                    "SELECT name FROM meetings WHERE id = \(info.meetingID.rawValue)", as: String.self)
            else { throw ExchangeStoreError(.notFound, store: path, "has no \(info.meetingID)") }
            let rows = try await connection.rows(
                """
                SELECT r.unit_id, r.read_at IS NOT NULL AS read, u.name
                FROM notice_recipients r JOIN units u ON u.id = r.unit_id
                WHERE r.notice_id = \(notice.rawValue) ORDER BY u.official_order, u.id
                """)
            var run = ReminderRun(queued: [], alreadyQueued: [], skipped: 0)
            for row in rows {
                let unit = UnitID(rawValue: try row.value("unit_id", as: Int64.self))
                if let units, !units.contains(unit) { continue }
                let name = try row.value("name", as: String.self)
                if try row.value("read", as: Bool.self) {
                    run.skipped += 1
                    continue
                }
                let key = "\(NoticeKind.readReminder):\(notice.rawValue):\(unit.rawValue)"
                let text = NoticeText.readReminder(meeting: meetingName, unit: name, title: info.title)
                let queued = try await connection.scalar(
                    """
                    INSERT INTO outbox (meeting_id, unit_id, kind, dedupe_key, payload, created_at)
                    VALUES (\(info.meetingID.rawValue), \(unit.rawValue), \(NoticeKind.readReminder), \(key),
                            \(text), \(now()))
                    ON CONFLICT (dedupe_key) DO NOTHING RETURNING id
                    """, as: Int64.self)
                if queued != nil {
                    run.queued.append(name)
                } else {
                    run.alreadyQueued.append(name)
                }
            }
            if !run.queued.isEmpty {
                try await appendAudit(
                    connection, action: "outbox.read-remind", subject: "notice:\(notice.rawValue)",
                    meeting: info.meetingID, detail: ["queued": .number(Int64(run.queued.count))])
            }
            return run
        }
    }
}
