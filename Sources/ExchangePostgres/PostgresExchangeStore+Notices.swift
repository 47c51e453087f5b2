import ExchangeBridge
import Foundation
import PostgresNIO

extension PostgresExchangeStore {
    /// Sends a notice to units of `meeting`, with its attachments, in one transaction; with
    /// ``ExchangeStoreOptions/signer`` the notice as stored is signed in it (``SignedStatement``).
    ///
    /// - Throws: ``ExchangeStoreError/Kind/invalidInput`` for an empty title, an audience with
    ///   no unit of the meeting, or an attachment without a name;
    ///   ``ExchangeStoreError/Kind/notFound`` for an unknown meeting; ``ExchangeStoreError/Kind/invalidInput``
    ///   when the store has an office key and no signer of that key is at hand.
    public func sendNotice(
        _ notice: NewNotice, to audience: NoticeAudience, meeting: MeetingID
    ) async throws(ExchangeStoreError) -> NoticeInfo {
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
        try inputCheck.requireStorableText(["title": title, "body": notice.body], in: "notice")
        for attachment in notice.attachments {
            try inputCheck.requireStorableText(
                ["file name": attachment.fileName, "content type": attachment.contentType], in: "attachment")
        }
        return try await write { connection in
            guard try await connection.firstRow("SELECT 1 FROM meetings WHERE id = \(meeting.rawValue)") != nil else {
                throw ExchangeStoreError(.notFound, store: path, "has no \(meeting)")
            }
            let signing = try await publicationSigning(connection)
            let units = try await audienceUnits(connection, audience, meeting: meeting)
            guard !units.isEmpty else {
                throw ExchangeStoreError(.invalidInput, store: path, "the notice is addressed to no unit of \(meeting)")
            }
            let id = try await insertNotice(
                connection, category: .notice, title: title, body: notice.body, deadline: notice.deadline,
                planVersion: nil, meeting: meeting, units: units)
            for attachment in notice.attachments {
                try await connection.run(
                    """
                    INSERT INTO notice_attachments (notice_id, file_name, content_type, bytes, byte_count, sha256)
                    VALUES (\(id.rawValue), \(attachment.fileName.trimmingCharacters(in: .whitespaces)),
                            \(attachment.contentType), \(attachment.bytes), \(attachment.bytes.count),
                            \(SHA256.hex(attachment.bytes)))
                    """)
            }
            try await appendAudit(
                connection, action: "notice.send", subject: "notice:\(id.rawValue)", meeting: meeting,
                detail: [
                    "units": .number(Int64(units.count)), "attachments": .number(Int64(notice.attachments.count)),
                ])
            let sent = try await requireNotice(connection, id)
            try await sign(.notice(id), signing, connection) { try SignedStatement.notice(sent) }
            return sent
        }
    }

    /// Inserts a notice and its recipients (`units`, each once) inside the caller's transaction;
    /// the notice names the audit actor as its sender.
    func insertNotice(
        _ connection: PostgresConnection, category: NoticeCategory, title: String, body: String, deadline: Date?,
        planVersion: PlanVersionID?, meeting: MeetingID, units: [Int64]
    ) async throws -> NoticeID {
        guard
            let id = try await connection.scalar(
                """
                INSERT INTO notices (meeting_id, kind, title, body, deadline, plan_version_id, created_by, created_at)
                VALUES (\(meeting.rawValue), \(category.rawValue), \(title), \(body), \(deadline),
                        \(planVersion?.rawValue), \(auditActor), \(now()))
                RETURNING id
                """, as: Int64.self)
        else { throw ExchangeStoreError(.database, store: path, "did not return the new notice's id") }
        try await connection.run(
            """
            INSERT INTO notice_recipients (notice_id, unit_id) SELECT \(id), unnest(\(units)::bigint[])
            ON CONFLICT DO NOTHING
            """)
        return NoticeID(rawValue: id)
    }

    /// The units of `meeting` an audience names, in official order (a subtree by depth first).
    private func audienceUnits(
        _ connection: PostgresConnection, _ audience: NoticeAudience, meeting: MeetingID
    ) async throws -> [Int64] {
        switch audience {
        case .all:
            return try await connection.rows(
                "SELECT id FROM units WHERE meeting_id = \(meeting.rawValue) ORDER BY official_order, id"
            ).map { row in try row.value("id", as: Int64.self) }
        case .subtree(let root):
            return try await subtree(connection, of: root, meeting: meeting)
        case .units(let ids):
            return try await connection.rows(
                """
                SELECT id FROM units WHERE meeting_id = \(meeting.rawValue) AND id = ANY(\(ids.map(\.rawValue)))
                ORDER BY official_order, id
                """
            ).map { row in try row.value("id", as: Int64.self) }
        }
    }

    /// The notices of a meeting, newest first.
    public func notices(meeting: MeetingID) async throws(ExchangeStoreError) -> [NoticeInfo] {
        try await read { connection in
            let ids = try await connection.rows(
                "SELECT id FROM notices WHERE meeting_id = \(meeting.rawValue) ORDER BY id DESC"
            ).map { row in try row.value("id", as: Int64.self) }
            let notices = try await noticeInfos(connection, ids)
            return ids.compactMap { notices[$0] }
        }
    }

    /// One notice with its attachments and counts.
    ///
    /// - Throws: ``ExchangeStoreError/Kind/notFound`` for an unknown notice.
    public func notice(_ id: NoticeID) async throws(ExchangeStoreError) -> NoticeInfo {
        try await read { connection in try await requireNotice(connection, id) }
    }

    /// An attachment's description and bytes.
    ///
    /// - Throws: ``ExchangeStoreError/Kind/notFound`` for an unknown attachment.
    public func attachment(_ id: AttachmentID) async throws(ExchangeStoreError) -> (info: AttachmentInfo, bytes: Data) {
        try await read { connection in
            guard
                let row = try await connection.firstRow(
                    """
                    SELECT id, notice_id, file_name, content_type, byte_count, sha256, bytes FROM notice_attachments
                    WHERE id = \(id.rawValue)
                    """)
            else { throw ExchangeStoreError(.notFound, store: path, "has no \(id)") }
            return (info: try Self.attachmentInfo(row), bytes: try row.value("bytes", as: Data.self))
        }
    }

    /// The notice `id` with its attachments and counts, or ``ExchangeStoreError/Kind/notFound``.
    func requireNotice(_ connection: PostgresConnection, _ id: NoticeID) async throws -> NoticeInfo {
        guard let notice = try await noticeInfos(connection, [id.rawValue])[id.rawValue] else {
            throw ExchangeStoreError(.notFound, store: path, "has no \(id)")
        }
        return notice
    }

    /// The notices of `ids` that exist, with their attachments (in the order attached) and how
    /// many units they went to and have read them, by id: two queries whatever their number.
    func noticeInfos(_ connection: PostgresConnection, _ ids: [Int64]) async throws -> [Int64: NoticeInfo] {
        guard !ids.isEmpty else { return [:] }
        var attachments: [Int64: [AttachmentInfo]] = [:]
        for row in try await connection.rows(
            """
            SELECT id, notice_id, file_name, content_type, byte_count, sha256 FROM notice_attachments
            WHERE notice_id = ANY(\(ids)) ORDER BY id
            """)
        {
            let info = try Self.attachmentInfo(row)
            attachments[info.noticeID.rawValue, default: []].append(info)
        }
        var notices: [Int64: NoticeInfo] = [:]
        for row in try await connection.rows(
            """
            SELECT n.id, n.meeting_id, n.kind, n.title, n.body, n.deadline, n.plan_version_id, n.created_by,
                n.created_at,
                (SELECT count(*) FROM notice_recipients r WHERE r.notice_id = n.id) AS recipients,
                (SELECT count(*) FROM notice_recipients r WHERE r.notice_id = n.id AND r.read_at IS NOT NULL)
                    AS readers
            FROM notices n WHERE n.id = ANY(\(ids))
            """)
        {
            let id = try row.value("id", as: Int64.self)
            notices[id] = NoticeInfo.stored(
                id: NoticeID(rawValue: id), meetingID: MeetingID(rawValue: try row.value("meeting_id", as: Int64.self)),
                category: NoticeCategory(rawValue: try row.value("kind", as: String.self)) ?? .notice,
                title: try row.value("title"), body: try row.value("body"),
                deadline: try row.value("deadline", as: Date?.self),
                planVersionID: try row.value("plan_version_id", as: Int64?.self).map(PlanVersionID.init(rawValue:)),
                createdBy: try row.value("created_by"), createdAt: try row.value("created_at"),
                recipientCount: Int(try row.value("recipients", as: Int64.self)),
                readCount: Int(try row.value("readers", as: Int64.self)), attachments: attachments[id] ?? [])
        }
        return notices
    }

    /// An attachment's description from its row.
    static func attachmentInfo(_ row: PostgresRandomAccessRow) throws -> AttachmentInfo {
        AttachmentInfo.stored(
            id: AttachmentID(rawValue: try row.value("id", as: Int64.self)),
            noticeID: NoticeID(rawValue: try row.value("notice_id", as: Int64.self)),
            fileName: try row.value("file_name"), contentType: try row.value("content_type"),
            byteCount: try row.value("byte_count"), sha256: try row.value("sha256"))
    }
}
