/// Migration `v2`: what the workbench keeps besides plans: each meeting's setup (its venue file,
/// date and the rules of its discussion groups), the client request that produced a plan
/// version (so a page can learn after a crash whether its change landed), the discussion
/// groups formed from the page, and how many people a late change moved, seated or unseated
/// (NULL for a plan not made by late changes), so that version lists need not read plans.
enum SchemaV2 {
    static let sql = """
        ALTER TABLE plan_versions ADD COLUMN changed_count INTEGER CHECK (changed_count >= 0);

        CREATE TABLE meeting_setups (
            meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id),
            venue_name TEXT NOT NULL CHECK (length(trim(venue_name)) > 0),
            venue_yaml TEXT NOT NULL CHECK (length(venue_yaml) > 0),
            date TEXT NOT NULL DEFAULT '',
            rooms_yaml TEXT,
            group_rules_yaml TEXT,
            updated_at TEXT NOT NULL \(Timestamp.check("updated_at"))
        ) STRICT;

        CREATE TABLE plan_requests (
            request_id TEXT PRIMARY KEY CHECK (length(request_id) BETWEEN 1 AND 100),
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            plan_version_id INTEGER NOT NULL REFERENCES plan_versions(id),
            created_at TEXT NOT NULL \(Timestamp.check("created_at"))
        ) STRICT;
        CREATE TRIGGER plan_requests_never_changed BEFORE UPDATE ON plan_requests
        BEGIN SELECT RAISE(ABORT, 'a recorded request is never changed'); END;

        CREATE TABLE group_plans (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            json TEXT NOT NULL CHECK (json_valid(json)),
            created_at TEXT NOT NULL \(Timestamp.check("created_at"))
        ) STRICT;
        CREATE INDEX group_plans_by_meeting ON group_plans(meeting_id, id);
        """
}
