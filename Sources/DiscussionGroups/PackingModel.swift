import Optimization

/// The packing integer program of `group_by: unit | region | sector`, solved with GLPK.
///
/// Variables: x[c,g] = 1 when cluster c is in group g; l[g] free leaders in g; d⁺[g], d⁻[g] how
/// far g's size lies outside the most balanced sizes (``PackingProblem/balancedSizes``);
/// y[k,g] ≥ x[c,g] for every cluster c with merge key k (a parent, sector or region shared by
/// two clusters or more). With rooms, group g is packed for the g-th largest room (using the G
/// largest rooms loses nothing), so its largest size is that room's capacity less staff seats.
///
/// Constraints: each cluster in one group (or none, for the optional clusters of a window);
/// lo ≤ size ≤ max[g]; ⌊L/G⌋ ≤ leaders ≤ ⌈L/G⌉; Σ l = free leaders; pieces of one block and
/// keep-apart clusters in different groups.
///
/// Objective (minimise): 3 · Σ y (keys spread over groups: small units of one parent or sector
/// merge) + Σ (d⁺ + d⁻) (balance). Groups of equal maximum are interchangeable, so the k-th
/// cluster in fill order may only join the first k + 1 of them (symmetry breaking). Problems
/// larger than ``wholeModelLimit`` cluster × group pairs go to ``PackingDecomposition``.
struct PackingModel {
    static let keyWeight = 3.0
    /// The most cluster × group pairs modelled as one program.
    static let wholeModelLimit = 6_000

    let problem: PackingProblem

    /// The program's variables, and the terms of each group's size and leader count built
    /// from them.
    struct Variables {
        /// x[c][g]: cluster c is in group g (only for the groups c may join).
        var x: [[Int: VariableID]]
        /// Σ people per group: clusters' members and free leaders.
        var sizeTerms: [[LinearTerm]]
        /// Σ leaders per group: clusters' leaders and free leaders.
        var leaderTerms: [[LinearTerm]]
        /// l[g]: free leaders in group g (none when there are no free leaders).
        var freeLeaders: [VariableID] = []
    }

    /// Builds and solves the program; `nil` packing when it is infeasible.
    ///
    /// Building, solving and reading back happen in this one synchronous call: GLPK's
    /// environment belongs to the thread.
    func solve(options: SolveOptions) throws -> (packing: Packing?, result: SolveResult) {
        var model = LinearModel(sense: .minimize)
        var variables = try addAssignments(&model)
        try addFreeLeaders(&model, &variables)
        try addSizeLimitsAndBalance(&model, sizeTerms: variables.sizeTerms)
        try addLeaderSpread(&model, leaderTerms: variables.leaderTerms)
        try addSeparations(&model, x: variables.x)
        try addMergeKeys(&model, x: variables.x)
        let result = try GLPKSolver.solve(model, options: options)
        guard result.hasSolution else { return (nil, result) }
        return (packing(from: result, variables: variables), result)
    }

    /// Reads the packing back from a solution: each cluster in the group whose x is largest
    /// (the lowest such group on a tie), or left out when that x is not above ½; and each
    /// group's free leaders, rounded.
    private func packing(from result: SolveResult, variables: Variables) -> Packing {
        let groupCount = problem.groupCount
        var groups: [[Int]] = Array(repeating: [], count: groupCount)
        var leftOut: [Int] = []
        for (c, choices) in variables.x.enumerated() {
            let chosen = choices.max {
                (result.value(of: $0.value) ?? 0, -$0.key) < (result.value(of: $1.value) ?? 0, -$1.key)
            }
            if let chosen, (result.value(of: chosen.value) ?? 0) > 0.5 {
                groups[chosen.key].append(c)
            } else {
                leftOut.append(c)
            }
        }
        let slots = variables.freeLeaders.map { Int((result.value(of: $0) ?? 0).rounded()) }
        return Packing(
            groups: groups, freeLeaderSlots: slots.isEmpty ? Array(repeating: 0, count: groupCount) : slots,
            leftOut: leftOut)
    }

    /// The objective of a packing found without the model: key presences and balance.
    static func objective(of packing: Packing, in problem: PackingProblem) -> Double {
        let balanced = problem.balancedSizes
        var total = 0.0
        for (g, clusters) in packing.groups.enumerated() {
            let size = clusters.reduce(packing.freeLeaderSlots[g]) { $0 + problem.clusters[$1].members.count }
            total += Double(max(0, size - balanced[g].upperBound) + max(0, balanced[g].lowerBound - size))
            total += keyWeight * Double(Set(clusters.flatMap { problem.clusters[$0].mergeKeys }).count)
        }
        return total
    }

    /// Each cluster's position in its pool's fill order.
    func fillRanks() -> [Int] {
        var ranks = Array(repeating: 0, count: problem.clusters.count)
        for pool in problem.poolGroups.indices {
            let members = problem.clusters.indices.filter { problem.clusters[$0].pool == pool }
            for (rank, position) in Self.fillOrder(members.map { problem.clusters[$0] }).enumerated() {
                ranks[members[position]] = rank
            }
        }
        return ranks
    }

    /// Clusters in the order they fill groups: clusters of one merge key next to each other
    /// (at the place of the key's first cluster in official order), otherwise official order.
    static func fillOrder(_ clusters: [Cluster]) -> [Int] {
        var firstOfKey: [String: [Int]] = [:]
        for cluster in clusters {
            guard let key = cluster.mergeKeys.first else { continue }
            if let known = firstOfKey[key], !cluster.order.lexicographicallyPrecedes(known) { continue }
            firstOfKey[key] = cluster.order
        }
        return clusters.indices.sorted { a, b in
            let first = clusters[a].mergeKeys.first.flatMap { firstOfKey[$0] } ?? clusters[a].order
            let second = clusters[b].mergeKeys.first.flatMap { firstOfKey[$0] } ?? clusters[b].order
            return (first + clusters[a].order + [a]).lexicographicallyPrecedes(second + clusters[b].order + [b])
        }
    }
}
