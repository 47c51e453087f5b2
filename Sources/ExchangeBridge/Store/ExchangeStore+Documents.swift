import Foundation
import GRDB

extension ExchangeStore {
    /// Stores a rendered document of a plan version (its meeting is the plan's).
    ///
    /// Idempotent: attaching byte-identical content under the same kind and file name again
    /// returns the stored document and writes nothing. Different content under the same name
    /// is stored as a further document; nothing is overwritten.
    public func attachDocument(
        _ document: NewDocument, planVersion: PlanVersionID
    ) throws(ExchangeStoreError) -> DocumentInfo {
        try attach(document, owner: .planVersion(planVersion))
    }

    /// Stores a document of the meeting that belongs to no plan version (e.g. a seating
    /// instruction). Idempotent like ``attachDocument(_:planVersion:)``.
    public func attachDocument(_ document: NewDocument, meeting: MeetingID) throws(ExchangeStoreError) -> DocumentInfo {
        try attach(document, owner: .meeting(meeting))
    }

    /// The documents of a plan version, by kind and file name.
    public func documents(planVersion: PlanVersionID) throws(ExchangeStoreError) -> [DocumentInfo] {
        try read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT \(Self.documentColumns) FROM documents WHERE plan_version_id = ? ORDER BY kind, file_name, "
                    + "id",
                arguments: [planVersion.rawValue]
            ).map(DocumentInfo.init(row:))
        }
    }

    /// Every document of a meeting, oldest first.
    public func documents(meeting: MeetingID) throws(ExchangeStoreError) -> [DocumentInfo] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT \(Self.documentColumns) FROM documents WHERE meeting_id = ? ORDER BY id",
                arguments: [meeting.rawValue]
            ).map(DocumentInfo.init(row:))
        }
    }

    /// A stored document's bytes, exactly as attached.
    public func documentContent(_ document: DocumentID) throws(ExchangeStoreError) -> Data {
        let content = try read { db in
            try Data.fetchOne(db, sql: "SELECT content FROM documents WHERE id = ?", arguments: [document.rawValue])
        }
        guard let content else { throw ExchangeStoreError(.notFound, store: path, "has no \(document)") }
        return content
    }

    private enum DocumentOwner {
        case meeting(MeetingID)
        case planVersion(PlanVersionID)
    }

    private static let documentColumns =
        "id, meeting_id, plan_version_id, kind, file_name, media_type, byte_count, sha256, created_at"

    private func attach(_ document: NewDocument, owner: DocumentOwner) throws(ExchangeStoreError) -> DocumentInfo {
        try inputCheck.validate(document)
        return try write { db in
            let (meeting, planVersion) = try resolve(db, owner)
            return try insertDocument(db, document, meeting: meeting, planVersion: planVersion).info
        }
    }

    /// Stores a checked document inside the caller's write transaction, unless byte-identical
    /// content is already stored under the same owner, kind and file name.
    func insertDocument(
        _ db: Database, _ document: NewDocument, meeting: MeetingID, planVersion: PlanVersionID?
    ) throws -> (info: DocumentInfo, isNew: Bool) {
        let hash = SHA256.hex(document.content)
        let existing = try Row.fetchOne(
            db,
            sql: """
                SELECT \(Self.documentColumns) FROM documents
                WHERE meeting_id = ? AND plan_version_id IS ? AND kind = ? AND file_name = ? AND sha256 = ?
                """,
            arguments: [meeting.rawValue, planVersion?.rawValue, document.kind.rawValue, document.fileName, hash])
        if let existing { return (DocumentInfo(row: existing), false) }
        try db.execute(
            sql: """
                INSERT INTO documents (meeting_id, plan_version_id, kind, file_name, media_type, content,
                    byte_count, sha256, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                meeting.rawValue, planVersion?.rawValue, document.kind.rawValue, document.fileName,
                document.mediaType, document.content, document.content.count, hash, timestamp(),
            ])
        let id = db.lastInsertedRowID
        try appendAudit(
            db, action: "document.attach", subject: "document:\(id)", meeting: meeting,
            detail: [
                "kind": .text(document.kind.rawValue), "file": .text(document.fileName),
                "bytes": .number(Int64(document.content.count)), "sha256": .text(hash),
                "plan_version": .number(planVersion?.rawValue ?? 0),
            ])
        let row = try Row.fetchOne(
            db, sql: "SELECT \(Self.documentColumns) FROM documents WHERE id = ?", arguments: [id])
        return (DocumentInfo(row: row ?? Row()), true)
    }

    private func resolve(_ db: Database, _ owner: DocumentOwner) throws -> (MeetingID, PlanVersionID?) {
        switch owner {
        case .meeting(let meeting):
            try requireMeeting(db, meeting)
            return (meeting, nil)
        case .planVersion(let planVersion):
            let meeting = try Int64.fetchOne(
                db, sql: "SELECT meeting_id FROM plan_versions WHERE id = ?", arguments: [planVersion.rawValue])
            guard let meeting else { throw ExchangeStoreError(.notFound, store: path, "has no \(planVersion)") }
            return (MeetingID(rawValue: meeting), planVersion)
        }
    }
}

extension DocumentInfo {
    /// Reads a row of the document columns.
    fileprivate init(row: Row) {
        self.init(
            id: DocumentID(rawValue: row["id"]), meetingID: MeetingID(rawValue: row["meeting_id"]),
            planVersionID: (row["plan_version_id"] as Int64?).map(PlanVersionID.init(rawValue:)),
            kind: DocumentKind(rawValue: row["kind"]), fileName: row["file_name"], mediaType: row["media_type"],
            byteCount: row["byte_count"], sha256: row["sha256"],
            createdAt: Timestamp.date(row["created_at"]) ?? .distantPast)
    }
}
