import ExchangeBridge
import Foundation
import PostgresNIO

extension PostgresExchangeStore {
    /// Stores a rendered document of a plan version (its meeting is the plan's).
    ///
    /// Idempotent: attaching byte-identical content under the same kind and file name again
    /// returns the stored document and writes nothing. Different content under the same name
    /// is stored as a further document; nothing is overwritten.
    public func attachDocument(
        _ document: NewDocument, planVersion: PlanVersionID
    ) async throws(ExchangeStoreError) -> DocumentInfo {
        try inputCheck.validate(document)
        return try await write { connection in
            guard
                let meeting = try await connection.scalar(
                    "SELECT meeting_id FROM plan_versions WHERE id = \(planVersion.rawValue)", as: Int64.self)
            else { throw ExchangeStoreError(.notFound, store: path, "has no \(planVersion)") }
            return try await insertDocument(
                connection, document, meeting: MeetingID(rawValue: meeting), planVersion: planVersion
            ).info
        }
    }

    /// The documents of a plan version, by kind and file name.
    public func documents(planVersion: PlanVersionID) async throws(ExchangeStoreError) -> [DocumentInfo] {
        try await read { connection in
            try await connection.rows(
                """
                SELECT \(unescaped: PlanRows.documentColumns) FROM documents
                WHERE plan_version_id = \(planVersion.rawValue)
                ORDER BY kind COLLATE "C", file_name COLLATE "C", id
                """
            ).map(PlanRows.document)
        }
    }

    /// A stored document's bytes, exactly as attached.
    public func documentContent(_ document: DocumentID) async throws(ExchangeStoreError) -> Data {
        let content = try await read { connection in
            try await connection.firstRow("SELECT content FROM documents WHERE id = \(document.rawValue)")
                .map { row in try row.value("content", as: Data.self) }
        }
        guard let content else { throw ExchangeStoreError(.notFound, store: path, "has no \(document)") }
        return content
    }

    /// Stores a checked document inside the caller's write transaction, unless byte-identical
    /// content is already stored under the same owner, kind and file name (the unique index
    /// `documents_identical`).
    func insertDocument(
        _ connection: PostgresConnection, _ document: NewDocument, meeting: MeetingID, planVersion: PlanVersionID?
    ) async throws -> (info: DocumentInfo, isNew: Bool) {
        let hash = SHA256.hex(document.content)
        let kind = document.kind.rawValue
        // Looked up first (as SQLite does), so that a document stored before uses no id.
        let existing = try await connection.firstRow(
            """
            SELECT \(unescaped: PlanRows.documentColumns) FROM documents
            WHERE meeting_id = \(meeting.rawValue)
                AND plan_version_id IS NOT DISTINCT FROM \(planVersion?.rawValue)
                AND kind = \(kind) AND file_name = \(document.fileName) AND sha256 = \(hash)
            """)
        if let existing { return (try PlanRows.document(existing), false) }
        let inserted = try await connection.firstRow(
            """
            INSERT INTO documents (meeting_id, plan_version_id, kind, file_name, media_type, content, byte_count,
                sha256, created_at)
            VALUES (\(meeting.rawValue), \(planVersion?.rawValue), \(kind), \(document.fileName),
                \(document.mediaType), \(document.content), \(document.content.count), \(hash), \(now()))
            ON CONFLICT DO NOTHING
            RETURNING \(unescaped: PlanRows.documentColumns)
            """)
        guard let inserted else {
            throw ExchangeStoreError(
                .conflict, store: path, "refused the change: document '\(document.fileName)' was stored meanwhile")
        }
        let info = try PlanRows.document(inserted)
        try await appendAudit(
            connection, action: "document.attach", subject: "document:\(info.id.rawValue)", meeting: meeting,
            detail: [
                "kind": .text(kind), "file": .text(document.fileName),
                "bytes": .number(Int64(document.content.count)), "sha256": .text(hash),
                "plan_version": .number(planVersion?.rawValue ?? 0),
            ])
        return (info, true)
    }
}
