import Grouping
import Testing

@Suite("Grouping problems")
struct GroupingProblemTests {
    /// d(i, j) = i + j for 6 elements.
    static let matrix = DiversityMatrix(count: 6) { Double($0 + $1) }

    @Test("The matrix is symmetric with a zero diagonal")
    func matrixShape() {
        #expect(Self.matrix[1, 4] == 5)
        #expect(Self.matrix[4, 1] == 5)
        #expect(Self.matrix[2, 2] == 0)
        #expect(Self.matrix.isDoublePrecision)
        #expect(Self.matrix.largestMagnitude == 9)
    }

    @Test("The objective sums the pairs within each group")
    func objective() throws {
        let problem = try GroupingProblem(diversity: Self.matrix, groupSizes: [3...3, 3...3])
        // {0, 1, 2}: 1 + 2 + 3; {3, 4, 5}: 7 + 8 + 9.
        #expect(problem.objective(of: [0, 0, 0, 1, 1, 1]) == 30)
        #expect(problem.isFeasible([0, 0, 0, 1, 1, 1]))
        #expect(!problem.isFeasible([0, 0, 1, 1, 1, 1]))
        #expect(!problem.isFeasible([0, 0, 0, 1, 1, 2]))
        #expect(!problem.isFeasible([0, 0, 0, 1, 1]))
    }

    @Test("Impossible problems are rejected with the reason")
    func validation() {
        #expect(throws: GroupingProblemError.noGroups) { try GroupingProblem(diversity: Self.matrix, groupSizes: []) }
        #expect(throws: GroupingProblemError.invalidGroupSize(group: 1, lower: 0, upper: 3)) {
            try GroupingProblem(diversity: Self.matrix, groupSizes: [3...3, 0...3])
        }
        #expect(throws: GroupingProblemError.sizesCannotFit(count: 6, minimumTotal: 7, maximumTotal: 8)) {
            try GroupingProblem(diversity: Self.matrix, groupSizes: [3...4, 4...4])
        }
        #expect(throws: GroupingProblemError.sizesCannotFit(count: 6, minimumTotal: 2, maximumTotal: 4)) {
            try GroupingProblem(diversity: Self.matrix, groupSizes: [1...2, 1...2])
        }
        let broken = DiversityMatrix(count: 3) { $0 == 1 && $1 == 2 ? .nan : 1 }
        #expect(throws: GroupingProblemError.nonFiniteDiversity(i: 1, j: 2)) {
            try GroupingProblem(diversity: broken, groupSizes: [3...3])
        }
    }

    @Test("Above the double-precision limit the matrix is stored as Float")
    func floatStorage() {
        let count = DiversityMatrix.doublePrecisionLimit + 1
        let matrix = DiversityMatrix(count: count) { i, j in i == 0 && j == count - 1 ? 0.1 : 2 }
        #expect(!matrix.isDoublePrecision)
        #expect(matrix[count - 1, 0] == Double(Float(0.1)))
        #expect(matrix[5, 7] == 2)
    }
}
