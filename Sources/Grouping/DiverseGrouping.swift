/// Solves Maximally Diverse Grouping Problems: exact branch and bound for small problems,
/// iterated tabu search for the rest.
public enum DiverseGrouping {
    /// Finds a feasible grouping of maximum (or, for large problems, near-maximum) diversity.
    ///
    /// Problems with at most ``DiverseGroupingOptions/exactLimit`` elements are first solved by
    /// the tabu search for a few hundred steps, then proved optimal by branch and bound (within
    /// the time limit). Larger ones run the iterated tabu search until the time or iteration
    /// limit. The same options (seed and iteration limit) give the same result.
    public static func solve(_ problem: GroupingProblem, options: DiverseGroupingOptions) -> DiverseGroupingResult {
        let limits = SearchLimits(
            timeLimit: options.timeLimit, cancellation: options.cancellation, iterationLimit: options.iterationLimit)
        let epsilon = max(problem.diversity.largestMagnitude, Double.leastNormalMagnitude) * 1e-10
        let exact = problem.elementCount <= options.exactLimit
        // A short heuristic run gives the branch and bound its incumbent.
        let heuristicLimits =
            exact
            ? SearchLimits(timeLimit: options.timeLimit, cancellation: options.cancellation, iterationLimit: 200)
            : limits
        var (assignment, iterations) = heuristic(problem, limits: heuristicLimits, seed: options.seed, epsilon: epsilon)
        var objective = problem.objective(of: assignment)
        var bound: Double?
        var proven = false
        if exact {
            let outcome = ExactGrouping(problem: problem, epsilon: epsilon)
                .solve(incumbent: assignment, incumbentObjective: objective, limits: limits)
            assignment = outcome.assignment
            objective = problem.objective(of: assignment)
            proven = outcome.proven
            bound = proven ? objective : outcome.rootBound
            iterations += outcome.nodes
        }
        return DiverseGroupingResult(
            assignment: assignment, objective: objective, bound: bound, provenOptimal: proven,
            seconds: limits.elapsed, iterations: iterations)
    }

    /// Runs the iterated tabu search on the matrix in its stored precision.
    private static func heuristic(
        _ problem: GroupingProblem, limits: SearchLimits, seed: UInt64, epsilon: Double
    ) -> (assignment: [Int], iterations: Int) {
        switch problem.diversity.storage {
        case .double(let values):
            values.withUnsafeBufferPointer { run($0, problem, limits, seed, epsilon) }
        case .float(let values):
            values.withUnsafeBufferPointer { run($0, problem, limits, seed, epsilon) }
        }
    }

    private static func run<Scalar: BinaryFloatingPoint>(
        _ d: UnsafeBufferPointer<Scalar>, _ problem: GroupingProblem, _ limits: SearchLimits, _ seed: UInt64,
        _ epsilon: Double
    ) -> (assignment: [Int], iterations: Int) {
        let state = GroupingState(d: d, count: problem.elementCount, sizes: problem.groupSizes)
        let search = IteratedTabuSearch(
            state: state, limits: limits, seed: seed, epsilon: epsilon, meanDiversity: problem.diversity.mean)
        let best = search.run()
        return (best, search.iterations)
    }
}
