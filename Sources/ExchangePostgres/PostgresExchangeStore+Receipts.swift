import ExchangeBridge
import Foundation
import PostgresNIO

extension PostgresExchangeStore {
    /// The notices sent to any of `units`, newest first, one item per notice and unit (in
    /// official order).
    public func inbox(units: [UnitID]) async throws(ExchangeStoreError) -> [InboxItem] {
        guard !units.isEmpty else { return [] }
        return try await read { connection in
            let rows = try await connection.rows(
                """
                SELECT r.notice_id, r.unit_id, r.read_at, r.read_by, u.name AS unit_name
                FROM notice_recipients r JOIN units u ON u.id = r.unit_id
                WHERE r.unit_id = ANY(\(units.map(\.rawValue))) ORDER BY r.notice_id DESC, u.official_order, u.id
                """)
            let noticeIDs = try rows.map { row in try row.value("notice_id", as: Int64.self) }
            let notices = try await noticeInfos(connection, Array(Set(noticeIDs)))
            return try rows.map { row in
                let noticeID = try row.value("notice_id", as: Int64.self)
                guard let notice = notices[noticeID] else {
                    throw ExchangeStoreError(.notFound, store: path, "has no \(NoticeID(rawValue: noticeID))")
                }
                return InboxItem.stored(
                    notice: notice, unitID: UnitID(rawValue: try row.value("unit_id", as: Int64.self)),
                    unitName: try row.value("unit_name"), readAt: try row.value("read_at", as: Date?.self),
                    readBy: try row.value("read_by", as: String?.self))
            }
        }
    }

    /// Records that `unit` opened `notice` (a read receipt naming `reader`); the first opening
    /// is kept, later ones change nothing (and are not audited). Returns when it was first read.
    ///
    /// - Throws: ``ExchangeStoreError/Kind/notFound`` when the notice was not sent to that unit.
    public func recordRead(
        notice: NoticeID, unit: UnitID, reader: String
    ) async throws(ExchangeStoreError) -> Date {
        try inputCheck.requireStorableText(["reader": reader], in: "read receipt")
        return try await write { connection in
            guard
                let row = try await connection.firstRow(
                    """
                    SELECT r.read_at, n.meeting_id FROM notice_recipients r JOIN notices n ON n.id = r.notice_id
                    WHERE r.notice_id = \(notice.rawValue) AND r.unit_id = \(unit.rawValue)
                    """)
            else { throw ExchangeStoreError(.notFound, store: path, "has no \(notice) for \(unit)") }
            // A receipt once taken is answered as it is: the schema's trigger refuses any change.
            if let readAt = try row.value("read_at", as: Date?.self) { return readAt }
            guard
                let readAt = try await connection.scalar(
                    """
                    UPDATE notice_recipients SET read_at = \(now()), read_by = \(reader)
                    WHERE notice_id = \(notice.rawValue) AND unit_id = \(unit.rawValue) AND read_at IS NULL
                    RETURNING read_at
                    """, as: Date.self)
            else { throw ExchangeStoreError(.busy, store: path, "is busy: the receipt changed meanwhile; try again") }
            try await appendAudit(
                connection, action: "notice.read", subject: "notice:\(notice.rawValue)",
                meeting: MeetingID(rawValue: try row.value("meeting_id", as: Int64.self)),
                detail: ["unit": .number(unit.rawValue)])
            return readAt
        }
    }
}
