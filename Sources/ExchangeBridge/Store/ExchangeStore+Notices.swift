import Foundation
import GRDB

extension ExchangeStore {
    /// Sends a notice to units of `meeting`, with its attachments, in one transaction; with
    /// ``ExchangeStoreOptions/signer`` the notice as stored is signed in it (``SignedStatement``).
    ///
    /// - Throws: ``ExchangeStoreError/Kind/invalidInput`` for an empty title, an audience with
    ///   no unit of the meeting, or an attachment without a name;
    ///   ``ExchangeStoreError/Kind/notFound`` for an unknown meeting; ``ExchangeStoreError/Kind/invalidInput``
    ///   when the store has an office key and no signer of that key is at hand.
    public func sendNotice(
        _ notice: NewNotice, to audience: NoticeAudience, meeting: MeetingID
    ) throws(ExchangeStoreError) -> NoticeInfo {
        let title = notice.title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...200).contains(title.count) else {
            throw ExchangeStoreError(.invalidInput, store: path, "a notice's title has 1 to 200 characters")
        }
        for attachment in notice.attachments {
            let name = attachment.fileName.trimmingCharacters(in: .whitespaces)
            guard (1...200).contains(name.count), !name.contains("/"), !name.contains("\\") else {
                throw ExchangeStoreError(
                    .invalidInput, store: path, "an attachment's file name has 1 to 200 characters and no slashes")
            }
        }
        return try write { db in
            guard try MeetingRecord.fetchOne(db, key: meeting.rawValue) != nil else {
                throw ExchangeStoreError(.notFound, store: path, "has no \(meeting)")
            }
            let signing = try publicationSigning(db)
            let units = try audienceUnits(db, audience, meeting: meeting)
            guard !units.isEmpty else {
                throw ExchangeStoreError(.invalidInput, store: path, "the notice is addressed to no unit of \(meeting)")
            }
            let id = try insertNotice(
                db, category: .notice, title: title, body: notice.body, deadline: notice.deadline, planVersion: nil,
                meeting: meeting, units: units)
            for attachment in notice.attachments {
                try db.execute(
                    sql: """
                        INSERT INTO notice_attachments (notice_id, file_name, content_type, bytes, byte_count, sha256)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        id.rawValue, attachment.fileName.trimmingCharacters(in: .whitespaces), attachment.contentType,
                        attachment.bytes, attachment.bytes.count, SHA256.hex(attachment.bytes),
                    ])
            }
            try appendAudit(
                db, action: "notice.send", subject: "notice:\(id.rawValue)", meeting: meeting,
                detail: [
                    "units": .number(Int64(units.count)), "attachments": .number(Int64(notice.attachments.count)),
                ])
            let sent = try requireNotice(db, id)
            try sign(.notice(id), signing, db) { try SignedStatement.notice(sent) }
            return sent
        }
    }

    /// Inserts a notice and its recipients inside the caller's transaction.
    func insertNotice(
        _ db: Database, category: NoticeCategory, title: String, body: String, deadline: Date?,
        planVersion: PlanVersionID?, meeting: MeetingID, units: [Int64]
    ) throws -> NoticeID {
        try db.execute(
            sql: """
                INSERT INTO notices (meeting_id, kind, title, body, deadline, plan_version_id, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                meeting.rawValue, category.rawValue, title, body, deadline.map(Timestamp.text), planVersion?.rawValue,
                auditActor, timestamp(),
            ])
        let id = db.lastInsertedRowID
        let insert = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO notice_recipients (notice_id, unit_id) VALUES (?, ?)")
        for unit in units { try insert.execute(arguments: [id, unit]) }
        return NoticeID(rawValue: id)
    }

    /// The units of `meeting` an audience names, in official order.
    private func audienceUnits(_ db: Database, _ audience: NoticeAudience, meeting: MeetingID) throws -> [Int64] {
        switch audience {
        case .all:
            return try Int64.fetchAll(
                db, sql: "SELECT id FROM units WHERE meeting_id = ? ORDER BY official_order, id",
                arguments: [meeting.rawValue])
        case .subtree(let root):
            return try subtree(db, of: root, meeting: meeting)
        case .units(let ids):
            let wanted = Set(ids.map(\.rawValue))
            return try Int64.fetchAll(
                db, sql: "SELECT id FROM units WHERE meeting_id = ? ORDER BY official_order, id",
                arguments: [meeting.rawValue]
            ).filter(wanted.contains)
        }
    }

    /// A unit of `meeting` and every unit below it, the unit first; empty when it is not a
    /// unit of that meeting.
    func subtree(_ db: Database, of root: UnitID, meeting: MeetingID) throws -> [Int64] {
        try Int64.fetchAll(
            try db.cachedStatement(
                sql: """
                    WITH RECURSIVE tree(id, depth) AS (
                    SELECT id, 0 FROM units WHERE id = ? AND meeting_id = ?
                        UNION SELECT u.id, t.depth + 1 FROM units u JOIN tree t ON u.parent_unit_id = t.id
                    )
                    SELECT tree.id FROM tree JOIN units USING (id) ORDER BY depth, official_order, id
                    """),
            arguments: [root.rawValue, meeting.rawValue])
    }

    /// The units of `meeting` an account named `unitName` reaches: that unit and those below
    /// it, the unit first; empty when the meeting has no such unit.
    public func unitScope(meeting: MeetingID, unitName: String) throws(ExchangeStoreError) -> [UnitID] {
        try read { db in
            guard
                let root = try Int64.fetchOne(
                    try db.cachedStatement(sql: "SELECT id FROM units WHERE meeting_id = ? AND name = ?"),
                    arguments: [meeting.rawValue, unitName])
            else { return [] }
            return try subtree(db, of: UnitID(rawValue: root), meeting: meeting).map(UnitID.init(rawValue:))
        }
    }

    /// The notices of a meeting, newest first.
    public func notices(meeting: MeetingID) throws(ExchangeStoreError) -> [NoticeInfo] {
        try read { db in
            let ids = try Int64.fetchAll(
                db, sql: "SELECT id FROM notices WHERE meeting_id = ? ORDER BY id DESC", arguments: [meeting.rawValue])
            return try ids.map { id in try requireNotice(db, NoticeID(rawValue: id)) }
        }
    }

    /// One notice with its attachments and counts.
    public func notice(_ id: NoticeID) throws(ExchangeStoreError) -> NoticeInfo {
        try read { db in try requireNotice(db, id) }
    }

    /// An attachment's description and bytes.
    public func attachment(_ id: AttachmentID) throws(ExchangeStoreError) -> (info: AttachmentInfo, bytes: Data) {
        try read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT * FROM notice_attachments WHERE id = ?", arguments: [id.rawValue])
            else { throw ExchangeStoreError(.notFound, store: path, "has no \(id)") }
            return (Self.attachmentInfo(row), row["bytes"])
        }
    }

    /// The notices sent to any of `units`, newest first, one item per notice and unit.
    public func inbox(units: [UnitID]) throws(ExchangeStoreError) -> [InboxItem] {
        guard !units.isEmpty else { return [] }
        return try read { db in
            let marks = Array(repeating: "?", count: units.count).joined(separator: ",")
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT r.notice_id, r.unit_id, r.read_at, r.read_by, u.name AS unit_name
                    FROM notice_recipients r JOIN units u ON u.id = r.unit_id
                    WHERE r.unit_id IN (\(marks)) ORDER BY r.notice_id DESC, u.official_order
                    """,
                arguments: StatementArguments(units.map(\.rawValue)))
            var notices: [Int64: NoticeInfo] = [:]
            return try rows.map { row in
                let noticeID: Int64 = row["notice_id"]
                let notice = try notices[noticeID] ?? requireNotice(db, NoticeID(rawValue: noticeID))
                notices[noticeID] = notice
                return InboxItem(
                    notice: notice, unitID: UnitID(rawValue: row["unit_id"]), unitName: row["unit_name"],
                    readAt: (row["read_at"] as String?).flatMap(Timestamp.date), readBy: row["read_by"])
            }
        }
    }

    /// Records that `unit` opened `notice` (a read receipt naming `reader`); the first opening
    /// is kept, later ones change nothing. Returns when it was first read.
    ///
    /// - Throws: ``ExchangeStoreError/Kind/notFound`` when the notice was not sent to that unit.
    public func recordRead(
        notice: NoticeID, unit: UnitID, reader: String
    ) throws(ExchangeStoreError) -> Date {
        try write { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT r.read_at, n.meeting_id FROM notice_recipients r JOIN notices n ON n.id = r.notice_id
                        WHERE r.notice_id = ? AND r.unit_id = ?
                        """,
                    arguments: [notice.rawValue, unit.rawValue])
            else { throw ExchangeStoreError(.notFound, store: path, "has no \(notice) for \(unit)") }
            if let readAt = (row["read_at"] as String?).flatMap(Timestamp.date) { return readAt }
            let stamp = timestamp()
            try db.execute(
                sql: "UPDATE notice_recipients SET read_at = ?, read_by = ? WHERE notice_id = ? AND unit_id = ?",
                arguments: [stamp, reader, notice.rawValue, unit.rawValue])
            try appendAudit(
                db, action: "notice.read", subject: "notice:\(notice.rawValue)",
                meeting: MeetingID(rawValue: row["meeting_id"]), detail: ["unit": .number(unit.rawValue)])
            return Timestamp.date(stamp) ?? now()
        }
    }

    func requireNotice(_ db: Database, _ id: NoticeID) throws -> NoticeInfo {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT n.*, (SELECT count(*) FROM notice_recipients r WHERE r.notice_id = n.id) AS recipients,
                        (SELECT count(*) FROM notice_recipients r WHERE r.notice_id = n.id AND r.read_at IS NOT NULL)
                        AS readers
                    FROM notices n WHERE n.id = ?
                    """,
                arguments: [id.rawValue])
        else { throw ExchangeStoreError(.notFound, store: path, "has no \(id)") }
        let attachments = try Row.fetchAll(
            db,
            sql: """
                SELECT id, notice_id, file_name, content_type, byte_count, sha256 FROM notice_attachments
                WHERE notice_id = ? ORDER BY id
                """,
            arguments: [id.rawValue]
        ).map(Self.attachmentInfo)
        return NoticeInfo(
            id: id, meetingID: MeetingID(rawValue: row["meeting_id"]),
            category: NoticeCategory(rawValue: row["kind"]) ?? .notice, title: row["title"], body: row["body"],
            deadline: (row["deadline"] as String?).flatMap(Timestamp.date),
            planVersionID: (row["plan_version_id"] as Int64?).map(PlanVersionID.init(rawValue:)),
            createdBy: row["created_by"], createdAt: Timestamp.date(row["created_at"]) ?? .distantPast,
            recipientCount: row["recipients"], readCount: row["readers"], attachments: attachments)
    }

    private static func attachmentInfo(_ row: Row) -> AttachmentInfo {
        AttachmentInfo(
            id: AttachmentID(rawValue: row["id"]), noticeID: NoticeID(rawValue: row["notice_id"]),
            fileName: row["file_name"], contentType: row["content_type"], byteCount: row["byte_count"],
            sha256: row["sha256"])
    }
}
