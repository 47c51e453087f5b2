import Foundation
import GRDB
import SeatPlanCore

extension ExchangeStore {
    /// Stores (or replaces) a meeting's setup.
    public func saveMeetingSetup(_ setup: MeetingSetup, meeting: MeetingID) throws(ExchangeStoreError) {
        try requireStorableText(
            [
                "venue_name": setup.venueName, "venue_yaml": setup.venueYAML, "date": setup.date,
                "rooms_yaml": setup.roomsYAML, "group_rules_yaml": setup.groupRulesYAML,
            ],
            in: "the setup of \(meeting)")
        guard !setup.venueName.trimmingCharacters(in: .whitespaces).isEmpty, !setup.venueYAML.isEmpty else {
            throw ExchangeStoreError(.invalidInput, store: path, "a meeting's setup needs a venue name and file")
        }
        try write { db in
            try requireMeeting(db, meeting)
            try db.execute(
                sql: """
                    INSERT INTO meeting_setups
                        (meeting_id, venue_name, venue_yaml, date, rooms_yaml, group_rules_yaml, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (meeting_id) DO UPDATE SET venue_name = excluded.venue_name,
                        venue_yaml = excluded.venue_yaml, date = excluded.date, rooms_yaml = excluded.rooms_yaml,
                        group_rules_yaml = excluded.group_rules_yaml, updated_at = excluded.updated_at
                    """,
                arguments: [
                    meeting.rawValue, setup.venueName, setup.venueYAML, setup.date, setup.roomsYAML,
                    setup.groupRulesYAML, timestamp(),
                ])
            try appendAudit(
                db, action: "meeting.setup", subject: "meeting:\(meeting.rawValue)", meeting: meeting,
                detail: ["venue": .text(setup.venueName), "groups": .number(setup.roomsYAML == nil ? 0 : 1)])
        }
    }

    /// A meeting's setup, or `nil` when none was stored.
    public func meetingSetup(meeting: MeetingID) throws(ExchangeStoreError) -> MeetingSetup? {
        try read { db in
            try requireMeeting(db, meeting)
            return try Row.fetchOne(
                db, sql: "SELECT * FROM meeting_setups WHERE meeting_id = ?", arguments: [meeting.rawValue]
            ).map { row in
                MeetingSetup(
                    venueName: row["venue_name"], venueYAML: row["venue_yaml"], date: row["date"],
                    roomsYAML: row["rooms_yaml"], groupRulesYAML: row["group_rules_yaml"])
            }
        }
    }

    /// The plan version number a client's request produced, or `nil` when it never landed.
    public func planVersion(ofRequest requestID: String, meeting: MeetingID) throws(ExchangeStoreError) -> Int? {
        try read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT v.version FROM plan_requests r JOIN plan_versions v ON v.id = r.plan_version_id
                    WHERE r.request_id = ? AND r.meeting_id = ?
                    """,
                arguments: [requestID, meeting.rawValue])
        }
    }

    /// Stores discussion groups (groups.json) formed for a meeting; the newest are the meeting's.
    public func saveGroupPlan(json: Data, meeting: MeetingID) throws(ExchangeStoreError) {
        guard let text = String(data: json, encoding: .utf8), !text.utf8.contains(0) else {
            throw ExchangeStoreError(.invalidInput, store: path, "groups.json must be UTF-8 text")
        }
        try write { db in
            try requireMeeting(db, meeting)
            try db.execute(
                sql: "INSERT INTO group_plans (meeting_id, json, created_at) VALUES (?, ?, ?)",
                arguments: [meeting.rawValue, text, timestamp()])
            try appendAudit(
                db, action: "groups.save", subject: "group_plan:\(db.lastInsertedRowID)", meeting: meeting)
        }
    }

    /// The newest discussion groups stored for a meeting (groups.json), or `nil`.
    public func latestGroupPlan(meeting: MeetingID) throws(ExchangeStoreError) -> Data? {
        try read { db in
            try requireMeeting(db, meeting)
            return try String.fetchOne(
                db, sql: "SELECT json FROM group_plans WHERE meeting_id = ? ORDER BY id DESC LIMIT 1",
                arguments: [meeting.rawValue]
            ).map { Data($0.utf8) }
        }
    }

    /// Checks a push's condition inside its transaction and records its request id.
    func enforce(_ condition: PushCondition, db: Database, meeting: MeetingID) throws {
        guard let expected = condition.basedOnVersion else { return }
        let current =
            try Int.fetchOne(
                db, sql: "SELECT max(version) FROM plan_versions WHERE meeting_id = ?", arguments: [meeting.rawValue])
            ?? 0
        if current != expected {
            throw ExchangeStoreError(
                .conflict, store: path,
                "the change was made on plan version \(expected), but version \(current) is current now")
        }
    }

    /// Records which request produced a plan version (inside the push's transaction).
    func record(_ condition: PushCondition, planVersion: PlanVersionID, db: Database, meeting: MeetingID) throws {
        guard let requestID = condition.requestID else { return }
        try db.execute(
            sql: """
                INSERT INTO plan_requests (request_id, meeting_id, plan_version_id, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (request_id) DO NOTHING
                """,
            arguments: [requestID, meeting.rawValue, planVersion.rawValue, timestamp()])
    }
}
