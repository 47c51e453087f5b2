import Foundation

/// Where a notice in the outbox stands.
public enum DeliveryState: String, Sendable, Equatable, CaseIterable {
    /// Waiting for the exchange system to deliver it.
    case queued
    /// Delivered.
    case sent
    /// Delivery failed; see ``OutboxNotice/lastError``.
    case failed
}

/// The kinds of notice the store queues for units.
public enum NoticeKind {
    /// A seat notice of a plan version: the unit's people and their seats.
    public static let seatNotice = "seat-notice"
    /// A reminder to submit the roster (催报).
    public static let reminder = "reminder"
    /// A reminder to read a notice (催看).
    public static let readReminder = "read-reminder"
}

/// A notice to a unit in the outbox.
public struct OutboxNotice: Sendable, Equatable {
    /// The outbox row id.
    public var id: Int64
    /// The addressed unit.
    public var unitID: UnitID
    /// The addressed unit's name.
    public var unitName: String
    /// The plan version a seat notice belongs to.
    public var planVersionID: PlanVersionID?
    /// The notice kind, e.g. ``NoticeKind/seatNotice``.
    public var kind: String
    /// The key that keeps the notice from being queued twice.
    public var dedupeKey: String
    /// The notice text.
    public var payload: String
    /// Delivery state.
    public var state: DeliveryState
    /// Delivery attempts so far.
    public var attempts: Int
    /// Why the last delivery failed.
    public var lastError: String?
    /// When the notice was queued.
    public var createdAt: Date

    /// A notice as read from a store (for the store backends).
    package init(
        id: Int64, unitID: UnitID, unitName: String, planVersionID: PlanVersionID? = nil, kind: String,
        dedupeKey: String, payload: String, state: DeliveryState, attempts: Int, lastError: String? = nil,
        createdAt: Date
    ) {
        self.id = id
        self.unitID = unitID
        self.unitName = unitName
        self.planVersionID = planVersionID
        self.kind = kind
        self.dedupeKey = dedupeKey
        self.payload = payload
        self.state = state
        self.attempts = attempts
        self.lastError = lastError
        self.createdAt = createdAt
    }
}

/// What `store remind` did.
public struct ReminderResult: Sendable, Equatable {
    /// The deadline the reminders are for, if any.
    public var deadline: Date?
    /// Units reminded now.
    public var queued: [String]
    /// Units already reminded for this deadline (nothing queued again).
    public var alreadyQueued: [String]
    /// Units that have submitted (not reminded).
    public var submittedCount: Int

    /// Every stored property, as given (the memberwise initializer, for the package's backends).
    package init(deadline: Date?, queued: [String], alreadyQueued: [String], submittedCount: Int) {
        self.deadline = deadline
        self.queued = queued
        self.alreadyQueued = alreadyQueued
        self.submittedCount = submittedCount
    }
}
