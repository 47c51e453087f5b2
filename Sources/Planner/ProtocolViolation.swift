import SeatPlanCore

/// A protocol rule a plan breaks, described for a planner.
public struct ProtocolViolation: Sendable, Equatable, CustomStringConvertible {
    /// The rule's number in protocol.md, e.g. "R1.2".
    public let rule: String
    /// The attendee concerned, when one is.
    public let attendee: String?
    /// What is wrong.
    public let message: String

    /// Creates a violation.
    public init(rule: String, attendee: String?, message: String) {
        self.rule = rule
        self.attendee = attendee
        self.message = message
    }

    public var description: String { "\(rule): \(message)" }
}
