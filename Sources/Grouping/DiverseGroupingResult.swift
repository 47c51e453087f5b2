/// The best grouping a ``DiverseGrouping/solve(_:options:)`` call found.
public struct DiverseGroupingResult: Sendable {
    /// The group index (0-based, in the order of ``GroupingProblem/groupSizes``) of each element.
    public let assignment: [Int]
    /// ``GroupingProblem/objective(of:)`` of ``assignment``, recomputed from scratch.
    public let objective: Double
    /// A proven upper bound on the optimum, when one is known (equal to ``objective`` when
    /// ``provenOptimal``).
    public let bound: Double?
    /// Whether the exact method proved ``assignment`` optimal.
    public let provenOptimal: Bool
    /// Wall-clock seconds the solve took.
    public let seconds: Double
    /// Search iterations: tabu-search steps, or branch-and-bound nodes for the exact method.
    public let iterations: Int

    /// Creates a result.
    public init(
        assignment: [Int], objective: Double, bound: Double?, provenOptimal: Bool, seconds: Double, iterations: Int
    ) {
        self.assignment = assignment
        self.objective = objective
        self.bound = bound
        self.provenOptimal = provenOptimal
        self.seconds = seconds
        self.iterations = iterations
    }
}
