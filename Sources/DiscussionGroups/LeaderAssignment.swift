import Optimization
import SeatPlanCore

/// Places the free-standing leaders of the convening body (G4.2) in the groups the packing
/// left slots for, each group exactly its slots (so at most ⌈L/G⌉ leaders a group), guided by
/// affinity: a leader tagged `native:X` or `former:X` prefers a group whose members come from
/// unit, region, sector or parent X or share the tag.
///
/// An assignment program solved with GLPK: z[l,g] = 1 places leader l in group g (for the
/// groups l has affinity with), u[l] = 1 leaves l to fill any free slot; maximise the affinity
/// placed. Leaders without affinity fill the remaining slots in precedence order, round by
/// round across the groups, so seniority is spread too. Keep-apart rules are honoured.
struct LeaderAssignment {
    /// Affinity candidates kept per leader: the groups with the most affinity.
    static let candidatesPerLeader = 8

    let people: [Attendee]
    /// The free leaders by precedence.
    let leaders: [Int]
    /// Pairs kept apart.
    let apart: [(Int, Int)]

    /// The leaders to add to each group, given the members so far and each group's slots.
    func assign(
        to members: [[Int]], slots: [Int], options: SolveOptions
    ) throws -> (placed: [[Int]], result: SolveResult?) {
        let partners = apartPartners()
        let targets = members.map { group in group.map { RosterTags.affinityTargets(of: people[$0]) } }
        var candidates: [[(group: Int, score: Int)]] = []
        for leader in leaders {
            let affinity = RosterTags.affinity(of: people[leader])
            var scored: [(group: Int, score: Int)] = []
            if !affinity.isEmpty {
                for (g, group) in targets.enumerated()
                where slots[g] > 0 && !members[g].contains(where: { partners[leader]?.contains($0) == true }) {
                    let score = group.count { !$0.isDisjoint(with: affinity) }
                    if score > 0 { scored.append((g, score)) }
                }
            }
            candidates.append(
                Array(scored.sorted { ($0.score, -$0.group) > ($1.score, -$1.group) }.prefix(Self.candidatesPerLeader)))
        }
        var chosen: [Int?] = Array(repeating: nil, count: leaders.count)
        var result: SolveResult?
        if candidates.contains(where: { !$0.isEmpty }) {
            let solved = try solveAffinity(candidates: candidates, slots: slots, options: options)
            chosen = solved.chosen
            result = solved.result
        }
        return (fillRemaining(chosen: chosen, members: members, slots: slots, partners: partners), result)
    }

    private func solveAffinity(
        candidates: [[(group: Int, score: Int)]], slots: [Int], options: SolveOptions
    ) throws -> (chosen: [Int?], result: SolveResult) {
        var model = LinearModel(sense: .maximize)
        var perGroup: [[LinearTerm]] = Array(repeating: [], count: slots.count)
        var z: [[(group: Int, variable: VariableID)]] = []
        var byLeaderGroup: [Int: [Int: VariableID]] = [:]
        for (l, options) in candidates.enumerated() {
            var row: [(group: Int, variable: VariableID)] = []
            for option in options {
                let variable = try model.addVariable(kind: .binary, objective: Double(option.score))
                row.append((option.group, variable))
                perGroup[option.group].append(LinearTerm(variable, 1))
                byLeaderGroup[l, default: [:]][option.group] = variable
            }
            let pooled = try model.addVariable(kind: .binary)
            try model.addConstraint("", row.map { LinearTerm($0.variable, 1) } + [LinearTerm(pooled, 1)], .equal(1))
            z.append(row)
        }
        for (g, terms) in perGroup.enumerated() where !terms.isEmpty {
            try model.addConstraint("", terms, .lessOrEqual(Double(slots[g])))
        }
        let position = Dictionary(uniqueKeysWithValues: leaders.enumerated().map { ($1, $0) })
        for (first, second) in apart {
            guard let a = position[first], let b = position[second] else { continue }
            for (g, variable) in byLeaderGroup[a] ?? [:] {
                if let other = byLeaderGroup[b]?[g] {
                    try model.addConstraint("", [LinearTerm(variable, 1), LinearTerm(other, 1)], .lessOrEqual(1))
                }
            }
        }
        let result = try GLPKSolver.solve(model, options: options)
        let chosen: [Int?] = z.map { row in
            row.first { (result.value(of: $0.variable) ?? 0) > 0.5 }?.group
        }
        return (chosen, result)
    }

    /// Leaders without a chosen group fill the free slots: in precedence order, round by
    /// round across the groups, skipping a group that holds someone they are kept apart from.
    private func fillRemaining(chosen: [Int?], members: [[Int]], slots: [Int], partners: [Int: Set<Int>]) -> [[Int]] {
        var placed: [[Int]] = Array(repeating: [], count: slots.count)
        var free = slots
        for (l, group) in chosen.enumerated() {
            if let group {
                placed[group].append(leaders[l])
                free[group] -= 1
            }
        }
        var order: [Int] = []
        for round in 0..<(free.max() ?? 0) { for g in free.indices where free[g] > round { order.append(g) } }
        var open = order
        for (l, group) in chosen.enumerated() where group == nil {
            let leader = leaders[l]
            let clash: (Int) -> Bool = { g in
                (members[g] + placed[g]).contains { partners[leader]?.contains($0) == true }
            }
            let pick = open.firstIndex { !clash($0) } ?? open.startIndex
            guard open.indices.contains(pick) else { break }
            placed[open[pick]].append(leader)
            open.remove(at: pick)
        }
        return placed
    }

    private func apartPartners() -> [Int: Set<Int>] {
        var partners: [Int: Set<Int>] = [:]
        for (first, second) in apart {
            partners[first, default: []].insert(second)
            partners[second, default: []].insert(first)
        }
        return partners
    }
}
