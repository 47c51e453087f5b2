import Foundation

/// How many rows one table of the store holds.
public struct TableRowCount: Sendable, Equatable {
    /// The table's name (e.g. `roster_submissions`).
    public var table: String
    /// Its row count.
    public var rows: Int

    /// Every stored property, as given (the memberwise initializer, for the package's backends).
    package init(table: String, rows: Int) {
        self.table = table
        self.rows = rows
    }
}

/// One entry of the store's append-only audit log: who changed what, and when.
public struct AuditEntry: Sendable, Equatable {
    /// When the change was committed.
    public var at: Date
    /// Who made it.
    public var actor: String
    /// What was done, e.g. `plan.save`, `submission.receive`.
    public var action: String
    /// What it was done to, e.g. `plan_version:3`.
    public var subject: String
    /// Further detail as a JSON object (never personal data such as phone numbers).
    public var detail: String
    /// The network address the change came from (web requests), if known.
    public var address: String? = nil

    /// Every stored property, as given (the memberwise initializer, for the package's backends).
    package init(at: Date, actor: String, action: String, subject: String, detail: String, address: String? = nil) {
        self.at = at
        self.actor = actor
        self.action = action
        self.subject = subject
        self.detail = detail
        self.address = address
    }
}
