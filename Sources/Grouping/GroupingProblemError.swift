/// Why a ``GroupingProblem`` cannot be built.
public enum GroupingProblemError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No groups were given.
    case noGroups
    /// A group's size bounds are not a range of at least one element.
    case invalidGroupSize(group: Int, lower: Int, upper: Int)
    /// The group sizes cannot add up to the number of elements.
    case sizesCannotFit(count: Int, minimumTotal: Int, maximumTotal: Int)
    /// A diversity value is infinite or not a number.
    case nonFiniteDiversity(i: Int, j: Int)

    public var description: String {
        switch self {
        case .noGroups:
            "a grouping needs at least one group"
        case .invalidGroupSize(let group, let lower, let upper):
            "group \(group) has size bounds \(lower)...\(upper); each group needs 1 ≤ lower ≤ upper"
        case .sizesCannotFit(let count, let minimumTotal, let maximumTotal):
            "\(count) elements cannot fill groups whose sizes add up to between \(minimumTotal) and \(maximumTotal)"
        case .nonFiniteDiversity(let i, let j):
            "the diversity of elements \(i) and \(j) is not a finite number"
        }
    }
}
