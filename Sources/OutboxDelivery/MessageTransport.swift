import ExchangeBridge

/// A way of delivering outbox messages: a log file, an HTTP SMS gateway, a test double.
///
/// A transport delivers one message per call and says how it went. It must be safe to call
/// concurrently. It must never write the recipient's number, or anything it was given as a
/// credential, to a log; its errors carry reasons without personal data, because the store
/// keeps them as `last_error`.
public protocol MessageTransport: Sendable {
    /// The name recorded as `delivered_via` (e.g. `log`, `http`).
    var name: String { get }
    /// Delivers `message`; a thrown ``TransportError`` says whether trying again may help.
    func deliver(_ message: OutboundMessage) async throws(TransportError) -> DeliveryReceipt
}

/// One message as a transport sees it.
public struct OutboundMessage: Sendable, Equatable {
    /// The outbox row (for logs).
    public var id: OutboxMessageID
    /// The addressed unit (for logs).
    public var unitID: UnitID
    /// The addressed unit's name.
    public var unitName: String
    /// The notice kind, e.g. `reminder`.
    public var kind: String
    /// The text to send.
    public var text: String
    /// The recipient's mobile number. Personal data: never log it unmasked.
    public var mobile: String
    /// The key the receiving side deduplicates by; the same on every attempt.
    public var idempotencyKey: String
    /// Which attempt this is (1 for the first).
    public var attempt: Int

    /// Creates a message.
    public init(
        id: OutboxMessageID, unitID: UnitID, unitName: String, kind: String, text: String, mobile: String,
        idempotencyKey: String, attempt: Int
    ) {
        self.id = id
        self.unitID = unitID
        self.unitName = unitName
        self.kind = kind
        self.text = text
        self.mobile = mobile
        self.idempotencyKey = idempotencyKey
        self.attempt = attempt
    }

    /// The message of a claimed outbox row.
    public init(_ claimed: ClaimedMessage) {
        self.init(
            id: claimed.id, unitID: claimed.unitID, unitName: claimed.unitName, kind: claimed.kind,
            text: claimed.text, mobile: claimed.mobile, idempotencyKey: claimed.idempotencyKey,
            attempt: claimed.attempt)
    }
}

/// What a transport reports for a delivered message.
public struct DeliveryReceipt: Sendable, Equatable {
    /// The transport's name, recorded as `delivered_via`.
    public var via: String

    /// Creates a receipt.
    public init(via: String) {
        self.via = via
    }
}

/// Why a transport could not deliver a message, and whether to try again.
public struct TransportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Whether another attempt may succeed.
    public enum Disposition: Sendable, Equatable {
        /// A passing failure (timeout, connection error, 5xx, 408, 429): retry after a backoff.
        case retry
        /// Retrying cannot help (the gateway rejected the request): fail the message.
        case permanent
    }

    /// Whether to retry.
    public var disposition: Disposition
    /// What went wrong, without personal data (stored as `last_error`).
    public var reason: String

    /// Creates an error.
    public init(_ disposition: Disposition, _ reason: String) {
        self.disposition = disposition
        self.reason = reason
    }

    /// A passing failure.
    public static func retry(_ reason: String) -> TransportError { TransportError(.retry, reason) }
    /// A failure retrying cannot mend.
    public static func permanent(_ reason: String) -> TransportError { TransportError(.permanent, reason) }

    /// The reason.
    public var description: String { reason }
}
