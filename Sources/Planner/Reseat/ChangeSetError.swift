import SeatPlanCore

/// One thing wrong with one change, in words a planner can act on.
public struct ChangeProblem: Sendable, Equatable, CustomStringConvertible {
    /// Where the change is.
    public let source: ChangeSource
    /// The change in short, e.g. "cancel A0123".
    public let change: String
    /// What is wrong with it.
    public let message: String

    /// Creates a problem with `operation`.
    public init(_ operation: ChangeOperation, _ message: String) {
        source = operation.source
        change = operation.summary
        self.message = message
    }

    /// "line 3: cancel A0123: no attendee 'A0123' in the plan".
    public var description: String { "\(source): \(change): \(message)" }
}

/// Why a set of changes was rejected as a whole: every problem found, in file order.
public struct ChangeSetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problems, in the order of the changes; never empty.
    public let problems: [ChangeProblem]

    /// Wraps a non-empty list of problems, ordering them by position in the file.
    public init(_ problems: [ChangeProblem]) {
        precondition(!problems.isEmpty, "ChangeSetError needs at least one problem")
        self.problems = problems.enumerated()
            .sorted { ($0.element.source.position, $0.offset) < ($1.element.source.position, $1.offset) }
            .map(\.element)
    }

    /// One problem per line, then a reminder that nothing was applied.
    public var description: String {
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        return problems.map(\.description).joined(separator: "\n")
            + "\nNo change was applied (\(count)); fix the changes and run again."
    }
}

/// How a ``ChangeSet`` changes one attendee's role.
public struct RoleChange: Sendable, Equatable {
    /// The role before the change.
    public let from: Role
    /// The new role.
    public let to: Role
    /// The precedence before the change.
    public let previousPrecedence: Int
    /// The new precedence, when the change gives one.
    public let precedence: Int?

    /// Creates a role change.
    public init(from: Role, to: Role, previousPrecedence: Int, precedence: Int?) {
        self.from = from
        self.to = to
        self.previousPrecedence = previousPrecedence
        self.precedence = precedence
    }
}
