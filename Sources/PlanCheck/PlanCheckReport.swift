/// One broken rule of docs/planning-rules.md, described for a planner.
public struct PlanViolation: Sendable, Equatable, CustomStringConvertible {
    /// The rule's id in docs/planning-rules.md, e.g. "G2", "R1", "H3", "B1".
    public let rule: String
    /// The roster id of the attendee concerned, when one is.
    public let attendee: String?
    /// The seat id concerned, when one is.
    public let seat: String?
    /// What is wrong, in plain words.
    public let message: String

    /// Creates a violation.
    public init(rule: String, attendee: String? = nil, seat: String? = nil, message: String) {
        self.rule = rule
        self.attendee = attendee
        self.seat = seat
        self.message = message
    }

    /// `H3: message`, the form `seatplan check` prints.
    public var description: String { "\(rule): \(message)" }
}

/// What the checker found in one plan.
public struct PlanCheckReport: Sendable, Equatable {
    /// Every broken rule, general rules first, then rostrum, hall and banquet.
    public var violations: [PlanViolation]
    /// Units (per role) whose people occupy more than one hall segment or banquet table.
    /// Counted, not a violation.
    public var unitSplits: Int
    /// How many roster attendees were checked.
    public var checkedAttendees: Int

    /// Creates a report.
    public init(violations: [PlanViolation], unitSplits: Int, checkedAttendees: Int) {
        self.violations = violations
        self.unitSplits = unitSplits
        self.checkedAttendees = checkedAttendees
    }

    /// Whether the plan breaks no rule.
    public var isValid: Bool { violations.isEmpty }

    /// The rule ids that are broken, each once, in report order.
    public var brokenRules: [String] {
        var seen = Set<String>()
        return violations.map(\.rule).filter { seen.insert($0).inserted }
    }

    /// A one-line summary, e.g. "350 attendees checked: 0 violations, 2 unit splits".
    public var summary: String {
        "\(checkedAttendees) attendees checked: \(violations.count) violation\(violations.count == 1 ? "" : "s"), "
            + "\(unitSplits) unit split\(unitSplits == 1 ? "" : "s")"
    }
}
