import ExchangeBridge
import Foundation
import PostgresNIO

extension PostgresExchangeStore {
    /// Returns the meeting called `name`, creating it (and auditing that) when it is new.
    ///
    /// - Throws: ``ExchangeStoreError/Kind/invalidInput`` for an empty name or one holding a
    ///   NUL character.
    public func findOrCreateMeeting(named name: String) async throws(ExchangeStoreError) -> Meeting {
        guard !name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ExchangeStoreError(.invalidInput, store: path, "a meeting needs a non-empty name")
        }
        try inputCheck.requireStorableText(["name": name], in: "meeting")
        return try await write { connection in
            if let existing = try await PostgresMeetingRows.meeting(named: name, connection) { return existing }
            let inserted = try await connection.firstRow(
                """
                INSERT INTO meetings (name, created_at) VALUES (\(name), \(now()))
                ON CONFLICT (name) DO NOTHING RETURNING \(unescaped: PostgresMeetingRows.columns)
                """)
            guard let inserted else {
                // Only a meeting committed meanwhile conflicts; SERIALIZABLE reports that as a
                // serialization failure (retried), so this is not expected.
                throw ExchangeStoreError(.busy, store: path, "is busy: meeting '\(name)' is being created; try again")
            }
            let meeting = try PostgresMeetingRows.decode(inserted)
            try await appendAudit(
                connection, action: "meeting.create", subject: "meeting:\(meeting.id.rawValue)", meeting: meeting.id,
                detail: ["name": .text(name)])
            return meeting
        }
    }

    /// The meeting called `name`, or `nil`.
    public func meeting(named name: String) async throws(ExchangeStoreError) -> Meeting? {
        try await read { connection in try await PostgresMeetingRows.meeting(named: name, connection) }
    }

    /// Every meeting in the store, oldest first.
    public func meetings() async throws(ExchangeStoreError) -> [Meeting] {
        try await read { connection in
            try await connection.rows("SELECT \(unescaped: PostgresMeetingRows.columns) FROM meetings ORDER BY id")
                .map(PostgresMeetingRows.decode)
        }
    }
}

/// Reading `meetings` rows.
enum PostgresMeetingRows {
    /// The columns ``decode(_:)`` reads.
    static let columns = "id, name, created_at"

    /// A row holding ``columns`` as a meeting.
    static func decode(_ row: PostgresRandomAccessRow) throws -> Meeting {
        Meeting(
            id: MeetingID(rawValue: try row.value("id", as: Int64.self)), name: try row.value("name", as: String.self),
            createdAt: try row.value("created_at", as: Date.self))
    }

    /// The meeting called `name`, or `nil`.
    static func meeting(named name: String, _ connection: PostgresConnection) async throws -> Meeting? {
        try await connection.firstRow("SELECT \(unescaped: columns) FROM meetings WHERE name = \(name)").map(decode)
    }

    /// The meeting `id`, or `nil`.
    static func meeting(_ id: MeetingID, _ connection: PostgresConnection) async throws -> Meeting? {
        try await connection.firstRow("SELECT \(unescaped: columns) FROM meetings WHERE id = \(id.rawValue)")
            .map(decode)
    }

    /// Throws ``ExchangeStoreError/Kind/notFound`` (naming `store`) unless `meeting` exists.
    static func require(_ meeting: MeetingID, _ connection: PostgresConnection, store: String) async throws {
        let found = try await connection.scalar("SELECT 1 FROM meetings WHERE id = \(meeting.rawValue)", as: Int32.self)
        guard found != nil else { throw ExchangeStoreError(.notFound, store: store, "has no \(meeting)") }
    }
}
