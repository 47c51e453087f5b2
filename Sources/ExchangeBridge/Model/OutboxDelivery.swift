import Foundation

/// Identifies one message (one row) in the outbox.
public struct OutboxMessageID: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The store's row id.
    public let rawValue: Int64
    /// Wraps a row id.
    public init(rawValue: Int64) { self.rawValue = rawValue }
    /// A readable form for messages and logs, e.g. `outbox message #3`.
    public var description: String { "outbox message #\(rawValue)" }
}

/// The secret a claim hands its worker: only the holder of the current lease may record a
/// failed attempt, so a worker whose lease ran out cannot push back a message another worker
/// has since claimed.
public struct ClaimToken: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The token text (random, one per claim).
    public let rawValue: String
    /// Wraps token text.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// A new random token.
    public static func random() -> ClaimToken { ClaimToken(rawValue: UUID().uuidString.lowercased()) }
    /// Never the token itself: tokens stay out of logs.
    public var description: String { "claim token" }
}

/// A queued message claimed for delivery, with its recipient joined in.
///
/// Holds the unit's mobile number: hand it to a transport, never to a log or an audit entry.
public struct ClaimedMessage: Sendable, Equatable {
    /// The outbox row.
    public var id: OutboxMessageID
    /// The meeting the message belongs to.
    public var meetingID: MeetingID
    /// The addressed unit.
    public var unitID: UnitID
    /// The addressed unit's name.
    public var unitName: String
    /// The notice kind, e.g. ``NoticeKind/reminder``.
    public var kind: String
    /// The text to send.
    public var text: String
    /// The unit's mobile number as stored (trimmed). Personal data.
    public var mobile: String
    /// Which attempt this delivery is (1 for the first).
    public var attempt: Int
    /// The key a gateway deduplicates by; the same on every attempt of this message.
    public var idempotencyKey: String
    /// The lease's token, for ``ExchangeStorage/recordFailedAttempt(_:token:error:permanent:policy:)``.
    public var claimToken: ClaimToken
    /// When the lease runs out and another worker may claim the message again.
    public var claimedUntil: Date

    /// Creates a claimed message (stores build these; tests may too).
    public init(
        id: OutboxMessageID, meetingID: MeetingID, unitID: UnitID, unitName: String, kind: String, text: String,
        mobile: String, attempt: Int, idempotencyKey: String, claimToken: ClaimToken, claimedUntil: Date
    ) {
        self.id = id
        self.meetingID = meetingID
        self.unitID = unitID
        self.unitName = unitName
        self.kind = kind
        self.text = text
        self.mobile = mobile
        self.attempt = attempt
        self.idempotencyKey = idempotencyKey
        self.claimToken = claimToken
        self.claimedUntil = claimedUntil
    }
}

/// What one claim returned.
public struct OutboxClaim: Sendable, Equatable {
    /// The messages now leased to the claiming worker, oldest first.
    public var messages: [ClaimedMessage]
    /// Due messages to units with no mobile number on file: marked failed in the same
    /// transaction rather than retried forever.
    public var unreachable: [OutboxMessageID]

    /// Creates a claim result.
    public init(messages: [ClaimedMessage], unreachable: [OutboxMessageID]) {
        self.messages = messages
        self.unreachable = unreachable
    }
}

/// How failed deliveries are retried: exponential backoff from `baseDelay`, doubling per
/// attempt up to `maxDelay`, until `maxAttempts` attempts have failed.
public struct RetryPolicy: Sendable, Equatable {
    /// Attempts in all (the first one included) before a message is marked failed; at least 1.
    public var maxAttempts: Int
    /// The wait after the first failed attempt.
    public var baseDelay: Duration
    /// The longest wait between attempts.
    public var maxDelay: Duration

    /// Creates a policy; defaults: 8 attempts, 5 s doubling up to 10 minutes.
    public init(maxAttempts: Int = 8, baseDelay: Duration = .seconds(5), maxDelay: Duration = .seconds(600)) {
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    /// The wait after `failedAttempts` failed attempts (1 → `baseDelay`, 2 → twice that, ...),
    /// never more than `maxDelay`.
    public func delay(afterFailedAttempts failedAttempts: Int) -> Duration {
        let doublings = min(max(failedAttempts - 1, 0), 40)
        var delay = baseDelay
        for _ in 0..<doublings {
            delay *= 2
            if delay >= maxDelay { return maxDelay }
        }
        return min(delay, maxDelay)
    }
}

/// What recording a failed attempt did.
public enum FailedAttemptOutcome: Sendable, Equatable {
    /// The message stays queued and is due again at this time.
    case retryScheduled(at: Date)
    /// The message is failed for good (permanent error, or no attempts left); staff may requeue it.
    case failed
    /// The caller's lease was gone (expired and claimed again, or the message already settled):
    /// nothing was recorded.
    case leaseLost
}

/// The stable idempotency key of an outbox message: the row id plus a digest of its dedupe key,
/// e.g. `seatplan-42-3f9a0c1b2d4e5f60`. It never changes across retries or requeues, so a
/// gateway that deduplicates by it never sends a message twice.
public enum OutboxIdempotencyKey {
    /// The key of message `id` with dedupe key `dedupeKey`.
    public static func make(id: OutboxMessageID, dedupeKey: String) -> String {
        "seatplan-\(id.rawValue)-" + String(SHA256.hex(Data(dedupeKey.utf8)).prefix(16))
    }
}
