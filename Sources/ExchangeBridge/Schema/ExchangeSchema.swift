import GRDB

/// The exchange store's schema: its identity and its named migrations, applied in order.
///
/// Rules for later work: never edit a registered migration; add `v2`, `v3`, ... instead, each a
/// self-contained step, so every store ever created can be brought up to date.
package enum ExchangeSchema {
    /// `PRAGMA application_id` of an exchange store ('SPEX'), which tells our files from other
    /// SQLite databases.
    static let applicationID: Int32 = 0x5350_4558

    /// The tables of the current schema, in dependency order (used for status counts).
    package static let tables = [
        "meetings", "units", "roster_submissions", "submission_rows", "plan_versions",
        "plan_assignments", "plan_unseated", "documents", "outbox", "audit_log", "meeting_setups",
        "plan_requests", "group_plans", "accounts", "sessions", "notices", "notice_attachments",
        "notice_recipients", "office_keys", "document_signatures", "door_scans", "checkins",
    ]

    /// The migrator holding every migration this version of SeatPlan knows.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: SchemaV1.sql)
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        }
        migrator.registerMigration("v2") { db in try db.execute(sql: SchemaV2.sql) }
        migrator.registerMigration("v3-outbox-delivery") { db in try db.execute(sql: SchemaV3OutboxDelivery.sql) }
        migrator.registerMigration("v4-network") { db in try db.execute(sql: SchemaV4Network.sql) }
        migrator.registerMigration("v5-keys-scans") { db in try db.execute(sql: SchemaV5KeysScans.sql) }
        return migrator
    }

    /// The identifiers of every migration this version knows, oldest first.
    static var knownMigrations: [String] { migrator.migrations }
}
