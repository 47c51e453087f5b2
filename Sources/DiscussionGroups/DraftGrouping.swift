import Optimization

/// Groups as found by one of the grouping methods, before they are ordered, named, given
/// officers and rooms.
struct DraftGrouping {
    /// Indexes into ``Participants/people`` per group.
    var groups: [[Int]]
    /// How the solver ended: `optimal` or `feasible`.
    var status: String
    /// The solver's objective value.
    var objective: Double
    /// The solver's best bound, when it has one.
    var bound: Double?
    /// `glpk` or `mdgp`.
    var method: String
    /// Repairs made and other things the staff should know.
    var notes: [String] = []
    /// Iterations of the diverse grouping search, when it ran.
    var iterations: Int?

    /// The relative gap between objective and bound.
    var gap: Double? {
        guard let bound else { return nil }
        if status == "optimal" { return 0 }
        return abs(objective - bound) / max(1, abs(objective))
    }

    /// The draft of a GLPK solve.
    init(groups: [[Int]], result: SolveResult, method: String = "glpk") {
        self.groups = groups
        self.status = result.status.rawValue
        self.objective = result.objective ?? 0
        self.bound = result.bound
        self.method = method
    }

    /// A draft from any method.
    init(groups: [[Int]], status: String, objective: Double, bound: Double?, method: String) {
        self.groups = groups
        self.status = status
        self.objective = objective
        self.bound = bound
        self.method = method
    }
}
