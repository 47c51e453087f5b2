import Optimization

/// Solves a packing too large for one GLPK model: ``ContiguousPacking`` gives the best packing
/// of consecutive clusters (exact, by dynamic programming); then windows of
/// ``groupsPerWindow`` consecutive groups are re-packed one by one as whole ``PackingModel``s
/// over the clusters they hold (no longer only consecutive ones), each solved by GLPK within its
/// share of the time (or to within 2 % of its bound), and kept where GLPK finds a better packing.
///
/// The engineering notes' lesson: give the solver small subproblems, and start from a good
/// plan. The result is feasible; its objective is the sum over the windows, with no global bound.
struct PackingDecomposition {
    static let groupsPerWindow = 8
    /// A window's search stops within this relative gap of its bound.
    static let windowGap = 0.02

    let problem: PackingProblem

    /// The outcome: the packing (or `nil` when none was found) and how it ended.
    struct Outcome {
        var packing: Packing?
        var status: SolveStatus
        var objective: Double
        var bound: Double?
        var windows: Int
        /// Windows where GLPK improved on the consecutive packing.
        var improvedWindows = 0
    }

    /// Solves whole when the model is small enough, otherwise from the consecutive packing.
    func solve(deadline: Deadline) throws -> Outcome {
        if problem.clusters.count * problem.groupCount <= PackingModel.wholeModelLimit {
            let (packing, result) = try PackingModel(problem: problem).solve(
                options: SolveOptions(timeLimit: deadline.limit(share: 0.6)))
            return Outcome(
                packing: packing, status: result.status, objective: result.objective ?? 0, bound: result.bound,
                windows: 1)
        }
        // The windows leave a quarter of the time for the leaders, the rooms and the file.
        let deadline = Deadline(seconds: deadline.secondsLeft * 0.75)
        guard let start = ContiguousPacking(problem: problem).pack() else {
            return Outcome(packing: nil, status: .infeasible, objective: 0, bound: nil, windows: 0)
        }
        var packing = start.packing
        var objective = 0.0
        var improved = 0
        var windows = 0
        for pool in problem.poolGroups where !pool.isEmpty {
            var first = pool.lowerBound
            while first < pool.upperBound {
                let last =
                    pool.upperBound - first < 2 * Self.groupsPerWindow ? pool.upperBound : first + Self.groupsPerWindow
                let window = first..<last
                let sub = subproblem(
                    packing: packing, groups: window, pool: problem.poolGroups.firstIndex(of: pool) ?? 0)
                let current = PackingModel.objective(of: sub.packing, in: sub.problem)
                windows += 1
                let share =
                    Double(window.count)
                    / Double(max(1, problem.groupCount - first + pool.lowerBound - pool.lowerBound))
                if deadline.secondsLeft > 0.05 {
                    let (repacked, result) = try PackingModel(problem: sub.problem).solve(
                        options: SolveOptions(
                            timeLimit: deadline.limit(share: min(0.8, share), floor: 0.05), relativeGap: Self.windowGap)
                    )
                    if let repacked, let value = result.objective, value < current - 1e-6 {
                        for (offset, clusters) in repacked.groups.enumerated() {
                            packing.groups[first + offset] = clusters.map { sub.clusters[$0] }
                            packing.freeLeaderSlots[first + offset] = repacked.freeLeaderSlots[offset]
                        }
                        objective += value
                        improved += 1
                        first = last
                        continue
                    }
                }
                objective += current
                first = last
            }
        }
        return Outcome(
            packing: packing, status: .feasible, objective: objective, bound: nil, windows: windows,
            improvedWindows: improved)
    }

    /// The packing problem of the groups `window` over the clusters they hold, and those
    /// clusters' packing in it (its start).
    private func subproblem(packing: Packing, groups window: Range<Int>, pool: Int) -> (
        problem: PackingProblem, clusters: [Int], packing: Packing
    ) {
        let clusters = window.flatMap { packing.groups[$0] }
        let position = Dictionary(uniqueKeysWithValues: clusters.enumerated().map { ($1, $0) })
        let apart = problem.apart.compactMap { pair -> (Int, Int)? in
            guard let a = position[pair.0], let b = position[pair.1] else { return nil }
            return (a, b)
        }
        let freeLeaders = window.reduce(0) { $0 + packing.freeLeaderSlots[$1] }
        var sub = PackingProblem(
            clusters: clusters.map {
                var cluster = problem.clusters[$0]
                cluster.pool = 0
                return cluster
            },
            poolGroups: [0..<window.count], poolMinimum: [problem.poolMinimum[pool]],
            groupMaximum: Array(problem.groupMaximum[window]), freeLeaders: freeLeaders,
            leadersPerGroup: problem.leadersPerGroup, apart: apart)
        sub.balanceMean = Double(problem.poolPeople[pool]) / Double(max(1, problem.poolGroups[pool].count))
        let start = Packing(
            groups: window.map { g in packing.groups[g].compactMap { position[$0] } },
            freeLeaderSlots: window.map { packing.freeLeaderSlots[$0] })
        return (sub, clusters, start)
    }
}
