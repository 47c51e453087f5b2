/// Migration `v1`: the whole exchange store as issue 6 describes it, so that later work adds
/// commands rather than tables.
///
/// Conventions: `STRICT` tables; integer row ids; timestamps are ISO-8601 UTC text (see
/// `Timestamp`); states that are a closed set are CHECKed, open-ended kinds (notice kinds,
/// document kinds) are free text; things that must never be lost are protected by triggers.
enum SchemaV1 {
    static let sql = """
        CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
            created_at TEXT NOT NULL \(Timestamp.check("created_at"))
        ) STRICT;

        CREATE TABLE units (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            official_order INTEGER NOT NULL CHECK (official_order >= 1),
            parent_unit_id INTEGER REFERENCES units(id),
            contact_person TEXT NOT NULL DEFAULT '',
            office_phone TEXT NOT NULL DEFAULT '',
            mobile TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL \(Timestamp.check("created_at")),
            updated_at TEXT NOT NULL \(Timestamp.check("updated_at")),
            UNIQUE (meeting_id, name),
            CHECK (parent_unit_id IS NULL OR parent_unit_id <> id)
        ) STRICT;
        CREATE INDEX units_by_order ON units(meeting_id, official_order);
        CREATE INDEX units_by_parent ON units(parent_unit_id);

        CREATE TABLE roster_submissions (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            unit_id INTEGER NOT NULL REFERENCES units(id),
            version INTEGER NOT NULL CHECK (version >= 1),
            received_at TEXT NOT NULL \(Timestamp.check("received_at")),
            file_name TEXT NOT NULL,
            raw_bytes BLOB NOT NULL,
            byte_count INTEGER NOT NULL CHECK (byte_count = length(raw_bytes)),
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            encoding TEXT,
            status TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'parsed', 'failed')),
            failure_reason TEXT,
            processed_at TEXT \(Timestamp.check("processed_at", nullable: true)),
            accepted_count INTEGER NOT NULL DEFAULT 0 CHECK (accepted_count >= 0),
            rejected_count INTEGER NOT NULL DEFAULT 0 CHECK (rejected_count >= 0),
            superseded_by INTEGER REFERENCES roster_submissions(id),
            UNIQUE (unit_id, version),
            CHECK ((status = 'failed') = (failure_reason IS NOT NULL)),
            CHECK ((status = 'received') = (processed_at IS NULL)),
            CHECK (superseded_by IS NULL OR superseded_by <> id)
        ) STRICT;
        CREATE UNIQUE INDEX roster_submissions_current_per_unit
            ON roster_submissions(unit_id) WHERE status = 'parsed' AND superseded_by IS NULL;
        CREATE INDEX roster_submissions_by_meeting ON roster_submissions(meeting_id, received_at);
        CREATE INDEX roster_submissions_by_successor ON roster_submissions(superseded_by);
        CREATE TRIGGER roster_submissions_never_deleted BEFORE DELETE ON roster_submissions
        BEGIN SELECT RAISE(ABORT, 'roster submissions are never deleted; a resubmission supersedes them'); END;
        CREATE TRIGGER roster_submissions_raw_file_immutable
        BEFORE UPDATE OF meeting_id, unit_id, version, received_at, file_name, raw_bytes, sha256 ON roster_submissions
        BEGIN SELECT RAISE(ABORT, 'a received roster file is never changed'); END;

        CREATE TABLE submission_rows (
            id INTEGER PRIMARY KEY,
            submission_id INTEGER NOT NULL REFERENCES roster_submissions(id),
            line INTEGER NOT NULL CHECK (line >= 1),
            raw_text TEXT,
            attendee_id TEXT,
            name TEXT,
            unit TEXT,
            unit_order TEXT,
            precedence TEXT,
            role TEXT,
            title TEXT,
            gender TEXT,
            tags TEXT,
            accepted INTEGER NOT NULL CHECK (accepted IN (0, 1)),
            rejection_field TEXT,
            rejection_reason TEXT,
            UNIQUE (submission_id, line),
            CHECK ((accepted = 1) = (rejection_reason IS NULL))
        ) STRICT;
        CREATE TRIGGER submission_rows_never_deleted BEFORE DELETE ON submission_rows
        BEGIN SELECT RAISE(ABORT, 'parsed roster rows are never deleted'); END;

        CREATE TABLE plan_versions (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            version INTEGER NOT NULL CHECK (version >= 1),
            content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
            plan_json TEXT NOT NULL CHECK (json_valid(plan_json)),
            venue TEXT NOT NULL,
            convention TEXT NOT NULL,
            status TEXT NOT NULL,
            objective REAL NOT NULL,
            bound REAL NOT NULL,
            gap REAL NOT NULL,
            protocol_violations INTEGER NOT NULL,
            unit_splits INTEGER NOT NULL,
            solve_ms INTEGER NOT NULL,
            seated_count INTEGER NOT NULL CHECK (seated_count >= 0),
            unseated_count INTEGER NOT NULL CHECK (unseated_count >= 0),
            created_at TEXT NOT NULL \(Timestamp.check("created_at")),
            UNIQUE (meeting_id, version),
            UNIQUE (meeting_id, content_hash)
        ) STRICT;

        CREATE TABLE plan_assignments (
            id INTEGER PRIMARY KEY,
            plan_version_id INTEGER NOT NULL REFERENCES plan_versions(id),
            attendee_id TEXT NOT NULL,
            name TEXT NOT NULL,
            unit TEXT NOT NULL,
            precedence INTEGER NOT NULL,
            seat_id TEXT NOT NULL,
            label TEXT NOT NULL,
            area TEXT NOT NULL CHECK (length(area) > 0),
            floor INTEGER,
            seat_row INTEGER,
            seat_number TEXT NOT NULL,
            table_name TEXT,
            x REAL NOT NULL,
            y REAL NOT NULL,
            UNIQUE (plan_version_id, attendee_id),
            UNIQUE (plan_version_id, seat_id)
        ) STRICT;
        CREATE INDEX plan_assignments_by_unit ON plan_assignments(plan_version_id, unit);

        CREATE TABLE plan_unseated (
            id INTEGER PRIMARY KEY,
            plan_version_id INTEGER NOT NULL REFERENCES plan_versions(id),
            attendee_id TEXT NOT NULL,
            reason TEXT NOT NULL,
            UNIQUE (plan_version_id, attendee_id)
        ) STRICT;

        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            plan_version_id INTEGER REFERENCES plan_versions(id),
            kind TEXT NOT NULL CHECK (length(trim(kind)) > 0),
            file_name TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
            media_type TEXT NOT NULL,
            content BLOB NOT NULL,
            byte_count INTEGER NOT NULL CHECK (byte_count = length(content)),
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            created_at TEXT NOT NULL \(Timestamp.check("created_at"))
        ) STRICT;
        CREATE INDEX documents_by_plan_version ON documents(plan_version_id, kind);
        CREATE INDEX documents_by_meeting ON documents(meeting_id);
        CREATE UNIQUE INDEX documents_identical
            ON documents(meeting_id, ifnull(plan_version_id, 0), kind, file_name, sha256);

        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            unit_id INTEGER NOT NULL REFERENCES units(id),
            plan_version_id INTEGER REFERENCES plan_versions(id),
            kind TEXT NOT NULL CHECK (length(trim(kind)) > 0),
            dedupe_key TEXT NOT NULL UNIQUE,
            payload TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sent', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
            last_error TEXT,
            created_at TEXT NOT NULL \(Timestamp.check("created_at")),
            sent_at TEXT \(Timestamp.check("sent_at", nullable: true)),
            CHECK ((state = 'sent') = (sent_at IS NOT NULL))
        ) STRICT;
        CREATE INDEX outbox_by_state ON outbox(state, created_at);
        CREATE INDEX outbox_by_unit ON outbox(unit_id, kind);
        CREATE INDEX outbox_by_plan_version ON outbox(plan_version_id);

        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL \(Timestamp.check("at")),
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            subject TEXT NOT NULL,
            meeting_id INTEGER REFERENCES meetings(id),
            detail TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail))
        ) STRICT;
        CREATE INDEX audit_log_by_subject ON audit_log(subject);
        CREATE INDEX audit_log_by_meeting ON audit_log(meeting_id, at);
        CREATE TRIGGER audit_log_never_updated BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_log_never_deleted BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """
}
