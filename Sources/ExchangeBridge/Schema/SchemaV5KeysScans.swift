/// Migration `v5-keys-scans`: the office key, signatures of what the store publishes, and the
/// door (issue "5 of 6").
///
/// - `office_keys` holds one row at most (id 1): the public key in the clear, the private key
///   sealed under the office's passphrase, the personal-field data key wrapped by the public key.
/// - `document_signatures`: one signature per plan version or notice, over the exact statement
///   bytes it covers.
/// - `door_scans`: every scan at a door, admitted or refused, once per scan id; `checkins`: a
///   person's first admitted scan, once per meeting and person.
///
/// All four are never changed or deleted.
enum SchemaV5KeysScans {
    static let sql = """
        CREATE TABLE office_keys (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            fingerprint TEXT NOT NULL CHECK (length(fingerprint) BETWEEN 1 AND 128),
            public_key BLOB NOT NULL,
            protected_private_key BLOB NOT NULL,
            wrapped_data_key BLOB NOT NULL,
            created_at TEXT NOT NULL \(Timestamp.check("created_at")),
            created_by TEXT NOT NULL
        ) STRICT;
        CREATE TRIGGER office_keys_never_changed BEFORE UPDATE ON office_keys
        BEGIN SELECT RAISE(ABORT, 'the office key is never changed'); END;
        CREATE TRIGGER office_keys_never_deleted BEFORE DELETE ON office_keys
        BEGIN SELECT RAISE(ABORT, 'the office key is never deleted'); END;

        CREATE TABLE document_signatures (
            id INTEGER PRIMARY KEY,
            subject_kind TEXT NOT NULL CHECK (subject_kind IN ('plan-version', 'notice')),
            subject_id INTEGER NOT NULL,
            key_fingerprint TEXT NOT NULL,
            statement BLOB NOT NULL,
            signature BLOB NOT NULL,
            signed_at TEXT NOT NULL \(Timestamp.check("signed_at")),
            UNIQUE (subject_kind, subject_id)
        ) STRICT;
        CREATE TRIGGER document_signatures_never_changed BEFORE UPDATE ON document_signatures
        BEGIN SELECT RAISE(ABORT, 'a signature is never changed'); END;
        CREATE TRIGGER document_signatures_never_deleted BEFORE DELETE ON document_signatures
        BEGIN SELECT RAISE(ABORT, 'a signature is never deleted'); END;

        CREATE TABLE door_scans (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            scan_id TEXT NOT NULL UNIQUE CHECK (length(scan_id) BETWEEN 1 AND 100),
            door TEXT NOT NULL CHECK (length(trim(door)) > 0),
            attendee_id TEXT,
            plan_version INTEGER,
            seat_label TEXT,
            verdict TEXT NOT NULL CHECK (verdict IN ('admitted', 'refused')),
            reason TEXT,
            code_sha256 TEXT NOT NULL CHECK (length(code_sha256) = 64),
            scanned_at TEXT NOT NULL \(Timestamp.check("scanned_at")),
            scanned_by TEXT NOT NULL,
            CHECK (verdict = 'refused' OR attendee_id IS NOT NULL)
        ) STRICT;
        CREATE INDEX door_scans_by_meeting ON door_scans(meeting_id, id);
        CREATE TRIGGER door_scans_never_changed BEFORE UPDATE ON door_scans
        BEGIN SELECT RAISE(ABORT, 'a recorded scan is never changed'); END;
        CREATE TRIGGER door_scans_never_deleted BEFORE DELETE ON door_scans
        BEGIN SELECT RAISE(ABORT, 'a recorded scan is never deleted'); END;

        CREATE TABLE checkins (
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            attendee_id TEXT NOT NULL,
            door_scan_id INTEGER NOT NULL UNIQUE REFERENCES door_scans(id),
            checked_in_at TEXT NOT NULL \(Timestamp.check("checked_in_at")),
            PRIMARY KEY (meeting_id, attendee_id)
        ) STRICT;
        CREATE INDEX checkins_in_order ON checkins(meeting_id, checked_in_at, door_scan_id);
        CREATE TRIGGER checkins_never_changed BEFORE UPDATE ON checkins
        BEGIN SELECT RAISE(ABORT, 'a check-in is never changed'); END;
        CREATE TRIGGER checkins_never_deleted BEFORE DELETE ON checkins
        BEGIN SELECT RAISE(ABORT, 'a check-in is never deleted'); END;
        """
}
