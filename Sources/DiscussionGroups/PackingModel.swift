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

    /// Builds and solves the program; `nil` packing when it is infeasible.
    func solve(options: SolveOptions) throws -> (packing: Packing?, result: SolveResult) {
        var model = LinearModel(sense: .minimize)
        let clusters = problem.clusters
        let groupCount = problem.groupCount
        var x: [[Int: VariableID]] = Array(repeating: [:], count: clusters.count)
        var sizeTerms: [[LinearTerm]] = Array(repeating: [], count: groupCount)
        var leaderTerms: [[LinearTerm]] = Array(repeating: [], count: groupCount)
        let ranks = fillRanks()
        for (c, cluster) in clusters.enumerated() {
            let pool = problem.poolGroups[cluster.pool]
            // Interchangeable groups: the k-th cluster in fill order may go to the pool's first
            // k + 1 groups only, which removes the symmetric copies.
            let candidates =
                problem.interchangeable(cluster.pool)
                ? Array(pool.lowerBound..<min(pool.upperBound, pool.lowerBound + ranks[c] + 1)) : Array(pool)
            var assignTerms: [LinearTerm] = []
            for g in candidates {
                let variable = try model.addVariable(kind: .binary)
                x[c][g] = variable
                assignTerms.append(LinearTerm(variable, 1))
                sizeTerms[g].append(LinearTerm(variable, Double(cluster.members.count)))
                if cluster.leaderCount > 0 { leaderTerms[g].append(LinearTerm(variable, Double(cluster.leaderCount))) }
            }
            try model.addConstraint("", assignTerms, problem.optional.contains(c) ? .range(0, 1) : .equal(1))
        }
        var freeLeaderVariables: [VariableID] = []
        if problem.freeLeaders > 0 {
            for g in 0..<groupCount {
                let variable = try model.addVariable(
                    kind: .integer, lowerBound: 0, upperBound: Double(problem.leadersPerGroup.upperBound))
                freeLeaderVariables.append(variable)
                sizeTerms[g].append(LinearTerm(variable, 1))
                leaderTerms[g].append(LinearTerm(variable, 1))
            }
            try model.addConstraint(
                "", freeLeaderVariables.map { LinearTerm($0, 1) }, .equal(Double(problem.freeLeaders)))
        }
        let balanced = problem.balancedSizes
        for (pool, groups) in problem.poolGroups.enumerated() {
            // Balance: sizes above or below the most balanced sizes the rooms allow cost one
            // per person, so a perfectly balanced packing costs nothing and the LP bound stays tight.
            for g in groups {
                try model.addConstraint(
                    "", sizeTerms[g], .range(Double(problem.poolMinimum[pool]), Double(problem.groupMaximum[g])))
                let over = try model.addVariable(objective: 1)
                let under = try model.addVariable(objective: 1)
                try model.addConstraint(
                    "", sizeTerms[g] + [LinearTerm(over, -1)], .lessOrEqual(Double(balanced[g].upperBound)))
                try model.addConstraint(
                    "", sizeTerms[g] + [LinearTerm(under, 1)], .greaterOrEqual(Double(balanced[g].lowerBound)))
            }
        }
        if problem.leadersPerGroup.upperBound > 0 {
            for g in 0..<groupCount {
                try model.addConstraint(
                    "", leaderTerms[g],
                    .range(Double(problem.leadersPerGroup.lowerBound), Double(problem.leadersPerGroup.upperBound)))
            }
        }
        try addSeparations(&model, x: x)
        try addMergeKeys(&model, x: x)
        let result = try GLPKSolver.solve(model, options: options)
        guard result.hasSolution else { return (nil, result) }
        var groups: [[Int]] = Array(repeating: [], count: groupCount)
        var leftOut: [Int] = []
        for (c, choices) in x.enumerated() {
            let chosen = choices.max {
                (result.value(of: $0.value) ?? 0, -$0.key) < (result.value(of: $1.value) ?? 0, -$1.key)
            }
            if let chosen, (result.value(of: chosen.value) ?? 0) > 0.5 {
                groups[chosen.key].append(c)
            } else {
                leftOut.append(c)
            }
        }
        let slots = freeLeaderVariables.map { Int((result.value(of: $0) ?? 0).rounded()) }
        return (
            Packing(
                groups: groups, freeLeaderSlots: slots.isEmpty ? Array(repeating: 0, count: groupCount) : slots,
                leftOut: leftOut),
            result
        )
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

    /// Pieces of one block, and clusters kept apart, never share a group.
    private func addSeparations(_ model: inout LinearModel, x: [[Int: VariableID]]) throws {
        var byBlock: [Int: [Int]] = [:]
        for (c, cluster) in problem.clusters.enumerated() { byBlock[cluster.block, default: []].append(c) }
        for block in byBlock.keys.sorted() {
            guard let pieces = byBlock[block], pieces.count > 1 else { continue }
            for g in 0..<problem.groupCount {
                let terms = pieces.compactMap { x[$0][g].map { LinearTerm($0, 1) } }
                if terms.count > 1 { try model.addConstraint("", terms, .lessOrEqual(1)) }
            }
        }
        for (first, second) in problem.apart {
            for (g, variable) in x[first] {
                if let other = x[second][g] {
                    try model.addConstraint("", [LinearTerm(variable, 1), LinearTerm(other, 1)], .lessOrEqual(1))
                }
            }
        }
    }

    /// y[k,g] ≥ x[c,g] for each merge key k shared by two clusters or more.
    private func addMergeKeys(_ model: inout LinearModel, x: [[Int: VariableID]]) throws {
        var holders: [String: [Int]] = [:]
        for (c, cluster) in problem.clusters.enumerated() {
            for key in cluster.mergeKeys { holders[key, default: []].append(c) }
        }
        for key in holders.keys.sorted() {
            guard let clusters = holders[key], clusters.count > 1 else { continue }
            var present: [Int: VariableID] = [:]
            for c in clusters {
                for (g, variable) in x[c].sorted(by: { $0.key < $1.key }) {
                    if present[g] == nil {
                        present[g] = try model.addVariable(lowerBound: 0, upperBound: 1, objective: Self.keyWeight)
                    }
                    if let y = present[g] {
                        try model.addConstraint("", [LinearTerm(y, 1), LinearTerm(variable, -1)], .greaterOrEqual(0))
                    }
                }
            }
        }
    }
}
