import Optimization

/// The grouping problem as a mixed-integer program, solved by GLPK: an exact method that is
/// independent of ``DiverseGrouping``'s branch and bound, used to cross-check it.
///
/// Variables: `x[i][g]` (binary: element i in group g) and `y[i][j]` (in [0, 1]: i and j share
/// a group) for each pair with d(i, j) ≠ 0. Constraints: one group per element, group sizes
/// within bounds, and for every group g `y[i][j] + x[i][g] − x[j][g] ≤ 1` when d(i, j) > 0 (y
/// may be 1 only if i and j are together) or `y[i][j] − x[i][g] − x[j][g] ≥ −1` when
/// d(i, j) < 0 (y must be 1 if they are). When all groups have the same bounds, element i may
/// only join groups 0…i (symmetry breaking). Objective: maximise Σ d(i, j) · y[i][j].
///
/// Measured on MDGPLIB (see the README): GLPK proves the n = 10, G = 2 instances in a fraction
/// of a second but not all n = 12, G = 4 ones within seconds, while the branch and bound proves
/// every n = 12 instance in well under 0.1 s. So ``DiverseGrouping`` does not call GLPK.
public enum GroupingMIP {
    /// The most element pairs this formulation is built for.
    public static let pairLimit = 5_000

    /// Why the program could not be built or solved.
    public enum Failure: Error, Sendable, CustomStringConvertible {
        /// The problem has more pairs than ``pairLimit``.
        case tooLarge(pairs: Int)
        /// The model builder rejected a value.
        case model(ModelError)
        /// GLPK failed.
        case solver(SolverError)

        public var description: String {
            switch self {
            case .tooLarge(let pairs):
                "\(pairs) pairs is more than the \(GroupingMIP.pairLimit) the MIP formulation is meant for"
            case .model(let error): "\(error)"
            case .solver(let error): "\(error)"
            }
        }
    }

    /// What GLPK found.
    public struct Outcome: Sendable {
        /// The grouping, when GLPK found a feasible one.
        public let assignment: [Int]?
        /// GLPK's result (status, objective, bound, time).
        public let result: SolveResult
    }

    /// Builds the program and solves it with GLPK within `options`.
    public static func solve(_ problem: GroupingProblem, options: SolveOptions = SolveOptions()) throws(Failure)
        -> Outcome
    {
        let n = problem.elementCount
        let g = problem.groupCount
        guard n * (n - 1) / 2 <= pairLimit else { throw .tooLarge(pairs: n * (n - 1) / 2) }
        var model = LinearModel(sense: .maximize)
        var x: [[VariableID]] = []
        do throws(ModelError) {
            let interchangeable = problem.groupSizes.allSatisfy { $0 == problem.groupSizes[0] }
            for i in 0..<n {
                x.append(
                    try (0..<g).map { group throws(ModelError) in
                        let allowed = !interchangeable || group <= i
                        return try model.addVariable("x_\(i)_\(group)", kind: .binary, upperBound: allowed ? 1 : 0)
                    })
                try model.addConstraint("one_group_\(i)", x[i].map { LinearTerm($0, 1) }, .equal(1))
            }
            for group in 0..<g {
                let size = problem.groupSizes[group]
                try model.addConstraint(
                    "size_\(group)", (0..<n).map { LinearTerm(x[$0][group], 1) },
                    .range(Double(size.lowerBound), Double(min(size.upperBound, n))))
            }
            for i in 0..<n {
                for j in (i + 1)..<n {
                    let d = problem.diversity[i, j]
                    guard d != 0 else { continue }
                    let y = try model.addVariable("y_\(i)_\(j)", lowerBound: 0, upperBound: 1, objective: d)
                    for group in 0..<g {
                        if d > 0 {
                            try model.addConstraint(
                                "", [LinearTerm(y, 1), LinearTerm(x[i][group], 1), LinearTerm(x[j][group], -1)],
                                .lessOrEqual(1))
                        } else {
                            try model.addConstraint(
                                "", [LinearTerm(y, 1), LinearTerm(x[i][group], -1), LinearTerm(x[j][group], -1)],
                                .greaterOrEqual(-1))
                        }
                    }
                }
            }
        } catch {
            throw .model(error)
        }
        let result: SolveResult
        do throws(SolverError) {
            result = try GLPKSolver.solve(model, options: options)
        } catch {
            throw .solver(error)
        }
        guard result.hasSolution else { return Outcome(assignment: nil, result: result) }
        let assignment = x.map { row in row.firstIndex { (result.value(of: $0) ?? 0) > 0.5 } ?? 0 }
        return Outcome(assignment: assignment, result: result)
    }
}
