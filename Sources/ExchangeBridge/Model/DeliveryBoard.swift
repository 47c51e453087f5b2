import Foundation

/// Where a unit's roster stands, as the delivery board shows it.
public enum RosterState: String, Sendable, Codable, CaseIterable {
    /// Nothing received.
    case none
    /// Received, every row accepted.
    case accepted
    /// Received, some rows rejected.
    case rowsRejected = "rows-rejected"
    /// The latest file could not be read at all.
    case failed
}

/// One unit's line on the delivery board (资料发送情况): the notice, its roster, reminders.
public struct BoardRow: Sendable, Equatable, Codable {
    /// The unit.
    public var unitID: UnitID
    /// Its name.
    public var unitName: String
    /// Its place in the official order.
    public var officialOrder: Int
    /// The unit above it, if any.
    public var parentID: UnitID?
    /// Whether the chosen notice was sent to it.
    public var noticeSent: Bool
    /// When it first opened the chosen notice.
    public var readAt: Date?
    /// Its latest roster's state.
    public var roster: RosterState
    /// How many files it has submitted (more than one: resubmitted).
    public var submissionCount: Int
    /// Rows accepted and rejected in its latest readable roster.
    public var acceptedRows: Int
    /// Rows rejected in its latest readable roster.
    public var rejectedRows: Int
    /// When its latest roster arrived.
    public var lastSubmittedAt: Date?
    /// Read reminders (催看) queued for the chosen notice.
    public var readReminders: Int
    /// Roster reminders (催报) queued for the meeting.
    public var reportReminders: Int
}

/// What a reminder run queued.
public struct ReminderRun: Sendable, Equatable, Codable {
    /// Units reminded now.
    public var queued: [String]
    /// Units already reminded for the same notice (and deadline): nothing queued again.
    public var alreadyQueued: [String]
    /// Units that needed no reminder.
    public var skipped: Int

    /// Describes a reminder run.
    public init(queued: [String], alreadyQueued: [String], skipped: Int) {
        self.queued = queued
        self.alreadyQueued = alreadyQueued
        self.skipped = skipped
    }
}
