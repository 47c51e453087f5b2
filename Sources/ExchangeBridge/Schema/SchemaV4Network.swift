/// Migration `v4-network`: the exchange network of "3 of 6": staff and unit accounts with
/// one-time activation, sign-in sessions, the address of every audited action, and notices to
/// units with attachments and read receipts.
///
/// - Accounts are of the office (not of one meeting): a unit account names its unit by the
///   name the meetings' unit lists use, and in each meeting it reaches that unit and the units
///   below it (`units.parent_unit_id`).
/// - Only hashes of secrets are kept: the password as the server's slow hash, the activation
///   code and the session token as SHA-256.
/// - Notices, their attachments and read receipts are never deleted; a receipt, once taken,
///   never changes.
enum SchemaV4Network {
    static let sql = """
        ALTER TABLE audit_log ADD COLUMN address TEXT;

        CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            login TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(login)) BETWEEN 1 AND 64),
            kind TEXT NOT NULL CHECK (kind IN ('staff', 'unit')),
            unit_name TEXT CHECK (unit_name IS NULL OR length(trim(unit_name)) > 0),
            display_name TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
            password_hash TEXT,
            activation_hash TEXT UNIQUE,
            activation_expires_at TEXT \(Timestamp.check("activation_expires_at", nullable: true)),
            failed_sign_ins INTEGER NOT NULL DEFAULT 0 CHECK (failed_sign_ins >= 0),
            last_failed_at TEXT \(Timestamp.check("last_failed_at", nullable: true)),
            locked_until TEXT \(Timestamp.check("locked_until", nullable: true)),
            created_at TEXT NOT NULL \(Timestamp.check("created_at")),
            updated_at TEXT NOT NULL \(Timestamp.check("updated_at")),
            CHECK ((kind = 'unit') = (unit_name IS NOT NULL))
        ) STRICT;
        CREATE INDEX accounts_by_unit ON accounts(unit_name);

        CREATE TABLE sessions (
            token_hash TEXT PRIMARY KEY CHECK (length(token_hash) = 64),
            account_id INTEGER NOT NULL REFERENCES accounts(id),
            created_at TEXT NOT NULL \(Timestamp.check("created_at")),
            expires_at TEXT NOT NULL \(Timestamp.check("expires_at")),
            address TEXT
        ) STRICT;
        CREATE INDEX sessions_by_account ON sessions(account_id);

        CREATE TABLE notices (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            kind TEXT NOT NULL CHECK (kind IN ('notice', 'seat-notice')),
            title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
            body TEXT NOT NULL,
            deadline TEXT \(Timestamp.check("deadline", nullable: true)),
            plan_version_id INTEGER REFERENCES plan_versions(id),
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL \(Timestamp.check("created_at")),
            CHECK ((kind = 'seat-notice') = (plan_version_id IS NOT NULL))
        ) STRICT;
        CREATE INDEX notices_by_meeting ON notices(meeting_id, id);
        CREATE TRIGGER notices_never_changed BEFORE UPDATE ON notices
        BEGIN SELECT RAISE(ABORT, 'a sent notice is never changed'); END;
        CREATE TRIGGER notices_never_deleted BEFORE DELETE ON notices
        BEGIN SELECT RAISE(ABORT, 'a sent notice is never deleted'); END;

        CREATE TABLE notice_attachments (
            id INTEGER PRIMARY KEY,
            notice_id INTEGER NOT NULL REFERENCES notices(id),
            file_name TEXT NOT NULL CHECK (length(trim(file_name)) BETWEEN 1 AND 200),
            content_type TEXT NOT NULL,
            bytes BLOB NOT NULL,
            byte_count INTEGER NOT NULL CHECK (byte_count = length(bytes)),
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64)
        ) STRICT;
        CREATE INDEX notice_attachments_by_notice ON notice_attachments(notice_id);
        CREATE TRIGGER notice_attachments_never_changed BEFORE UPDATE ON notice_attachments
        BEGIN SELECT RAISE(ABORT, 'an attachment is never changed'); END;
        CREATE TRIGGER notice_attachments_never_deleted BEFORE DELETE ON notice_attachments
        BEGIN SELECT RAISE(ABORT, 'an attachment is never deleted'); END;

        CREATE TABLE notice_recipients (
            notice_id INTEGER NOT NULL REFERENCES notices(id),
            unit_id INTEGER NOT NULL REFERENCES units(id),
            read_at TEXT \(Timestamp.check("read_at", nullable: true)),
            read_by TEXT,
            PRIMARY KEY (notice_id, unit_id),
            CHECK ((read_at IS NULL) = (read_by IS NULL))
        ) STRICT;
        CREATE INDEX notice_recipients_by_unit ON notice_recipients(unit_id, notice_id);
        CREATE TRIGGER notice_receipts_kept BEFORE UPDATE ON notice_recipients
        WHEN OLD.read_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a read receipt is never changed'); END;
        CREATE TRIGGER notice_recipients_never_deleted BEFORE DELETE ON notice_recipients
        BEGIN SELECT RAISE(ABORT, 'a notice recipient is never removed'); END;
        """
}
