import SeatPlanCore

/// Input the planner cannot work with, explained so a planner can fix it: pins on seats that
/// do not exist, two pins on one seat, keep-together groups across units, unknown attendees.
public struct PlanningError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Every problem found, one sentence each.
    public let problems: [String]

    /// Creates an error from one or more problems.
    public init(_ problems: [String]) {
        self.problems = problems
    }

    public var description: String {
        problems.count == 1 ? problems[0] : problems.map { "- \($0)" }.joined(separator: "\n")
    }
}
