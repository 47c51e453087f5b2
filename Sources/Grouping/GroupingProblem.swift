/// A Maximally Diverse Grouping Problem: split the elements of a ``DiversityMatrix`` into
/// groups whose sizes lie within per-group bounds, maximising the sum of the diversities of the
/// pairs that share a group.
///
/// Groups are distinguishable by their bounds (MDGPLIB's `ds` instances); with equal bounds
/// (`ss`) they are interchangeable.
public struct GroupingProblem: Sendable {
    /// The pairwise diversities.
    public let diversity: DiversityMatrix
    /// The size bounds of each group, one range per group.
    public let groupSizes: [ClosedRange<Int>]

    /// Creates a problem after checking that it has a feasible grouping.
    ///
    /// - Throws: ``GroupingProblemError`` when there are no groups, a bound is below 1, the
    ///   elements cannot fill the groups (Σ lower ≤ n ≤ Σ upper fails) or a value is not finite.
    public init(diversity: DiversityMatrix, groupSizes: [ClosedRange<Int>]) throws(GroupingProblemError) {
        guard !groupSizes.isEmpty else { throw .noGroups }
        for (group, size) in groupSizes.enumerated() where size.lowerBound < 1 {
            throw .invalidGroupSize(group: group, lower: size.lowerBound, upper: size.upperBound)
        }
        let (minimum, minOverflow) = groupSizes.reduce((0, false)) { total, size in
            let sum = total.0.addingReportingOverflow(size.lowerBound)
            return (sum.partialValue, total.1 || sum.overflow)
        }
        let (maximum, maxOverflow) = groupSizes.reduce((0, false)) { total, size in
            let sum = total.0.addingReportingOverflow(size.upperBound)
            return (sum.partialValue, total.1 || sum.overflow)
        }
        let n = diversity.count
        guard !minOverflow, minimum <= n, maxOverflow || n <= maximum else {
            throw .sizesCannotFit(
                count: n, minimumTotal: minOverflow ? Int.max : minimum, maximumTotal: maxOverflow ? Int.max : maximum)
        }
        if let (i, j) = diversity.firstNonFinitePair() { throw .nonFiniteDiversity(i: i, j: j) }
        self.diversity = diversity
        self.groupSizes = groupSizes
    }

    /// The number of elements.
    public var elementCount: Int { diversity.count }

    /// The number of groups.
    public var groupCount: Int { groupSizes.count }

    /// The objective of an assignment (a group index per element): Σ over groups of the
    /// diversities of the pairs within the group, summed in double precision.
    ///
    /// Indices outside `0..<groupCount` are ignored; check ``isFeasible(_:)`` first.
    public func objective(of assignment: [Int]) -> Double {
        var members = Array(repeating: [Int](), count: groupCount)
        for (element, group) in assignment.prefix(elementCount).enumerated() where members.indices.contains(group) {
            members[group].append(element)
        }
        var total = 0.0
        for group in members {
            for (position, i) in group.enumerated() {
                for j in group[(position + 1)...] { total += diversity[i, j] }
            }
        }
        return total
    }

    /// Whether the assignment gives every element a valid group and every group a size within
    /// its bounds.
    public func isFeasible(_ assignment: [Int]) -> Bool {
        guard assignment.count == elementCount else { return false }
        var sizes = Array(repeating: 0, count: groupCount)
        for group in assignment {
            guard sizes.indices.contains(group) else { return false }
            sizes[group] += 1
        }
        return zip(sizes, groupSizes).allSatisfy { $1.contains($0) }
    }
}
