import ExchangeBridge
import Foundation
import PostgresNIO

extension PostgresExchangeStore {
    /// Stores (or replaces) a meeting's setup.
    public func saveMeetingSetup(_ setup: MeetingSetup, meeting: MeetingID) async throws(ExchangeStoreError) {
        try inputCheck.requireStorableText(
            [
                "venue_name": setup.venueName, "venue_yaml": setup.venueYAML, "date": setup.date,
                "rooms_yaml": setup.roomsYAML, "group_rules_yaml": setup.groupRulesYAML,
            ],
            in: "the setup of \(meeting)")
        guard !setup.venueName.trimmingCharacters(in: .whitespaces).isEmpty, !setup.venueYAML.isEmpty else {
            throw ExchangeStoreError(.invalidInput, store: path, "a meeting's setup needs a venue name and file")
        }
        try await write { connection in
            _ = try await nameOfMeeting(connection, meeting)
            try await connection.run(
                """
                INSERT INTO meeting_setups
                    (meeting_id, venue_name, venue_yaml, date, rooms_yaml, group_rules_yaml, updated_at)
                VALUES (\(meeting.rawValue), \(setup.venueName), \(setup.venueYAML), \(setup.date),
                    \(setup.roomsYAML), \(setup.groupRulesYAML), \(now()))
                ON CONFLICT (meeting_id) DO UPDATE SET venue_name = excluded.venue_name,
                    venue_yaml = excluded.venue_yaml, date = excluded.date, rooms_yaml = excluded.rooms_yaml,
                    group_rules_yaml = excluded.group_rules_yaml, updated_at = excluded.updated_at
                """)
            try await appendAudit(
                connection, action: "meeting.setup", subject: "meeting:\(meeting.rawValue)", meeting: meeting,
                detail: ["venue": .text(setup.venueName), "groups": .number(setup.roomsYAML == nil ? 0 : 1)])
        }
    }

    /// A meeting's setup, or `nil` when none was stored.
    public func meetingSetup(meeting: MeetingID) async throws(ExchangeStoreError) -> MeetingSetup? {
        try await read { connection in
            _ = try await nameOfMeeting(connection, meeting)
            return try await connection.firstRow(
                """
                SELECT venue_name, venue_yaml, date, rooms_yaml, group_rules_yaml FROM meeting_setups
                WHERE meeting_id = \(meeting.rawValue)
                """
            ).map { row in
                MeetingSetup(
                    venueName: try row.value("venue_name"), venueYAML: try row.value("venue_yaml"),
                    date: try row.value("date"), roomsYAML: try row.value("rooms_yaml"),
                    groupRulesYAML: try row.value("group_rules_yaml"))
            }
        }
    }

    /// The plan version number a client's request produced, or `nil` when it never landed.
    public func planVersion(ofRequest requestID: String, meeting: MeetingID) async throws(ExchangeStoreError) -> Int? {
        // A request id with a NUL character is never stored (nor can PostgreSQL be asked about one).
        if requestID.holdsNUL { return nil }
        return try await read { connection in
            try await connection.scalar(
                """
                SELECT v.version FROM plan_requests r JOIN plan_versions v ON v.id = r.plan_version_id
                WHERE r.request_id = \(requestID) AND r.meeting_id = \(meeting.rawValue)
                """, as: Int.self)
        }
    }

    /// Stores discussion groups (groups.json) formed for a meeting; the newest are the meeting's.
    ///
    /// - Throws: ``ExchangeStoreError/Kind/invalidInput`` for text that is not UTF-8 (or holds a
    ///   NUL character), ``ExchangeStoreError/Kind/conflict`` for text that is not JSON (as the
    ///   SQLite store's `json_valid` check refuses it).
    public func saveGroupPlan(json: Data, meeting: MeetingID) async throws(ExchangeStoreError) {
        guard let text = String(data: json, encoding: .utf8), !text.utf8.contains(0) else {
            throw ExchangeStoreError(.invalidInput, store: path, "groups.json must be UTF-8 text")
        }
        try await write { connection in
            _ = try await nameOfMeeting(connection, meeting)
            let id: Int64?
            do {
                id = try await connection.scalar(
                    """
                    INSERT INTO group_plans (meeting_id, json, created_at)
                    VALUES (\(meeting.rawValue), \(text)::json, \(now())) RETURNING id
                    """, as: Int64.self)
            } catch let error as PSQLError where error.serverInfo?[.sqlState] == "22P02" {
                throw ExchangeStoreError(
                    .conflict, store: path, "refused the change: groups.json is not valid JSON")
            }
            try await appendAudit(
                connection, action: "groups.save", subject: "group_plan:\(id ?? 0)", meeting: meeting)
        }
    }

    /// The newest discussion groups stored for a meeting (groups.json), byte for byte, or `nil`.
    public func latestGroupPlan(meeting: MeetingID) async throws(ExchangeStoreError) -> Data? {
        try await read { connection in
            _ = try await nameOfMeeting(connection, meeting)
            return try await connection.scalar(
                "SELECT json::text FROM group_plans WHERE meeting_id = \(meeting.rawValue) ORDER BY id DESC LIMIT 1",
                as: String.self
            ).map { Data($0.utf8) }
        }
    }
}
