/// How a solve ended.
public enum SolveStatus: String, Sendable, Equatable, CaseIterable {
    /// A solution proven optimal (within GLPK's tolerances).
    case optimal
    /// A feasible solution, not proven optimal: the time limit, the gap limit or a cancellation
    /// stopped the search (see ``SolveResult/stopReason``).
    case feasible
    /// The model has no feasible solution.
    case infeasible
    /// The objective can improve without limit.
    case unbounded
    /// The time limit ended the solve before any feasible solution was found.
    case timeLimit = "time_limit"
    /// A cancellation ended the solve before any feasible solution was found.
    case cancelled
}

/// Why a search stopped before proving optimality.
public enum StopReason: String, Sendable, Equatable {
    case timeLimit = "time_limit"
    case gapLimit = "gap_limit"
    case cancelled
}

/// The outcome of solving a ``LinearModel``.
public struct SolveResult: Sendable {
    /// How the solve ended.
    public let status: SolveStatus
    /// What stopped the search early, if anything did.
    public let stopReason: StopReason?
    /// The objective value of the solution, when there is one.
    public let objective: Double?
    /// The best proven bound on the optimal objective (equal to ``objective`` when optimal).
    public let bound: Double?
    /// Variable values, indexed like ``LinearModel/variables``; empty without a solution.
    public let values: [Double]
    /// Wall-clock time spent in GLPK.
    public let duration: Duration

    /// Whether ``values`` holds a feasible solution.
    public var hasSolution: Bool { status == .optimal || status == .feasible }

    /// The relative gap `|objective − bound| / max(1, |objective|)`, 0 when optimal.
    public var gap: Double? {
        guard let objective, let bound else { return nil }
        if status == .optimal { return 0 }
        return abs(objective - bound) / max(1, abs(objective))
    }

    /// The value of a variable in the solution, or `nil` without a solution.
    public func value(of variable: VariableID) -> Double? {
        values.indices.contains(variable.index) ? values[variable.index] : nil
    }
}
