import Optimization

/// The variables and constraints of ``PackingModel``, added to the model in a fixed order (the
/// order GLPK sees them in, so the same problem always gives the same program).
extension PackingModel {
    /// x[c,g] for each group cluster c may join, with Σ_g x[c,g] = 1 (at most 1 for an
    /// optional cluster); each x also enters its group's size and leader terms.
    ///
    /// Interchangeable groups: the k-th cluster in fill order may go to the pool's first
    /// k + 1 groups only, which removes the symmetric copies.
    func addAssignments(_ model: inout LinearModel) throws -> Variables {
        let groupCount = problem.groupCount
        var variables = Variables(
            x: Array(repeating: [:], count: problem.clusters.count),
            sizeTerms: Array(repeating: [], count: groupCount),
            leaderTerms: Array(repeating: [], count: groupCount))
        let ranks = fillRanks()
        for (c, cluster) in problem.clusters.enumerated() {
            let pool = problem.poolGroups[cluster.pool]
            let candidates =
                problem.interchangeable(cluster.pool)
                ? Array(pool.lowerBound..<min(pool.upperBound, pool.lowerBound + ranks[c] + 1)) : Array(pool)
            var assignTerms: [LinearTerm] = []
            for g in candidates {
                let variable = try model.addVariable(kind: .binary)
                variables.x[c][g] = variable
                assignTerms.append(LinearTerm(variable, 1))
                variables.sizeTerms[g].append(LinearTerm(variable, Double(cluster.members.count)))
                if cluster.leaderCount > 0 {
                    variables.leaderTerms[g].append(LinearTerm(variable, Double(cluster.leaderCount)))
                }
            }
            try model.addConstraint("", assignTerms, problem.optional.contains(c) ? .range(0, 1) : .equal(1))
        }
        return variables
    }

    /// l[g] ∈ 0 … ⌈L/G⌉ free leaders per group, counted in its size and leaders, with Σ l = the
    /// free leaders; nothing when there are none.
    func addFreeLeaders(_ model: inout LinearModel, _ variables: inout Variables) throws {
        guard problem.freeLeaders > 0 else { return }
        for g in 0..<problem.groupCount {
            let variable = try model.addVariable(
                kind: .integer, lowerBound: 0, upperBound: Double(problem.leadersPerGroup.upperBound))
            variables.freeLeaders.append(variable)
            variables.sizeTerms[g].append(LinearTerm(variable, 1))
            variables.leaderTerms[g].append(LinearTerm(variable, 1))
        }
        try model.addConstraint(
            "", variables.freeLeaders.map { LinearTerm($0, 1) }, .equal(Double(problem.freeLeaders)))
    }

    /// Each group's size within its pool's minimum and its own maximum, and d⁺[g], d⁻[g] for
    /// how far it lies outside the most balanced sizes the rooms allow.
    ///
    /// Balance costs one per person, so a perfectly balanced packing costs nothing and the LP
    /// bound stays tight.
    func addSizeLimitsAndBalance(_ model: inout LinearModel, sizeTerms: [[LinearTerm]]) throws {
        let balanced = problem.balancedSizes
        for (pool, groups) in problem.poolGroups.enumerated() {
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
    }

    /// ⌊L/G⌋ ≤ leaders ≤ ⌈L/G⌉ in every group (G4.2); nothing when there are no leaders.
    func addLeaderSpread(_ model: inout LinearModel, leaderTerms: [[LinearTerm]]) throws {
        guard problem.leadersPerGroup.upperBound > 0 else { return }
        for g in 0..<problem.groupCount {
            try model.addConstraint(
                "", leaderTerms[g],
                .range(Double(problem.leadersPerGroup.lowerBound), Double(problem.leadersPerGroup.upperBound)))
        }
    }

    /// Pieces of one block, and clusters kept apart, never share a group.
    func addSeparations(_ model: inout LinearModel, x: [[Int: VariableID]]) throws {
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
            for (g, variable) in x[first].sorted(by: { $0.key < $1.key }) {
                if let other = x[second][g] {
                    try model.addConstraint("", [LinearTerm(variable, 1), LinearTerm(other, 1)], .lessOrEqual(1))
                }
            }
        }
    }

    /// y[k,g] ≥ x[c,g] for each merge key k shared by two clusters or more.
    func addMergeKeys(_ model: inout LinearModel, x: [[Int: VariableID]]) throws {
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
