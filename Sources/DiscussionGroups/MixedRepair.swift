import Grouping

/// Checks a diverse grouping against the hard rules (at most ⌈L/G⌉ leaders a group, keep-apart,
/// keep-together) and repairs what the weights alone did not secure, by the swaps of two people
/// that lose the least diversity. Swaps keep every group's size.
struct MixedRepair {
    let diversity: DiversityMatrix
    let leaders: Set<Int>
    let keep: KeepRules
    let leaderCap: Int

    /// Repairs `assignment` in place; returns how many swaps it made.
    func repair(_ assignment: inout [Int], groupCount: Int) -> Int {
        var swaps = 0
        for _ in 0..<(4 * assignment.count + 10) {
            guard let move = nextSwap(assignment, groupCount: groupCount) else { break }
            let (a, b) = move
            (assignment[a], assignment[b]) = (assignment[b], assignment[a])
            swaps += 1
        }
        return swaps
    }

    /// The hard rules `assignment` still breaks, in words.
    func problems(_ assignment: [Int], groupCount: Int, names: (Int) -> String) -> [String] {
        var found: [String] = []
        var counts = Array(repeating: 0, count: groupCount)
        for leader in leaders { counts[assignment[leader]] += 1 }
        for (g, count) in counts.enumerated() where count > leaderCap {
            found.append("group \(g + 1) has \(count) leaders, more than ⌈L/G⌉ = \(leaderCap)")
        }
        for set in keep.together where Set(set.map { assignment[$0] }).count > 1 {
            found.append("keep_together: \(set.map(names).joined(separator: "、")) are not in one group")
        }
        for (i, j) in keep.apart where assignment[i] == assignment[j] {
            found.append("keep_apart: \(names(i)) and \(names(j)) are in one group")
        }
        return found
    }

    /// The best swap that mends the first broken rule, or `nil` when none is broken (or none mends it).
    private func nextSwap(_ assignment: [Int], groupCount: Int) -> (Int, Int)? {
        var members: [[Int]] = Array(repeating: [], count: groupCount)
        for (person, group) in assignment.enumerated() { members[group].append(person) }
        let leaderCounts = members.map { $0.count(where: leaders.contains) }
        if let crowded = leaderCounts.indices.first(where: { leaderCounts[$0] > leaderCap }) {
            let movable = members[crowded].filter { leaders.contains($0) && keep.togetherSet[$0] == nil }
            let targets = leaderCounts.indices.filter { leaderCounts[$0] < leaderCap }
            return bestSwap(
                movable: movable, into: targets, members: members, assignment: assignment, sameLeaderStatus: false
            ) {
                !leaders.contains($0)
            }
        }
        for (i, j) in keep.apart where assignment[i] == assignment[j] {
            let movable = [j, i].filter { keep.togetherSet[$0] == nil }
            let targets = Array(0..<groupCount).filter { $0 != assignment[i] }
            if let swap = bestSwap(
                movable: movable, into: targets, members: members, assignment: assignment, sameLeaderStatus: true,
                partner: { _ in true })
            {
                return swap
            }
        }
        for set in keep.together {
            let groups = set.map { assignment[$0] }
            guard Set(groups).count > 1 else { continue }
            let home =
                Dictionary(grouping: groups, by: { $0 }).max { ($0.value.count, -$0.key) < ($1.value.count, -$1.key) }?
                .key ?? groups[0]
            let movable = set.filter { assignment[$0] != home }
            return bestSwap(
                movable: movable, into: [home], members: members, assignment: assignment, sameLeaderStatus: true
            ) {
                keep.togetherSet[$0] == nil
            }
        }
        return nil
    }

    /// The swap of one of `movable` with someone in one of `targets` (who passes `partner`, has
    /// the same leader status when `sameLeaderStatus`, is in no keep-together set and breaks no
    /// keep-apart rule by the move) that loses the least diversity.
    private func bestSwap(
        movable: [Int], into targets: [Int], members: [[Int]], assignment: [Int], sameLeaderStatus: Bool,
        partner: (Int) -> Bool
    ) -> (Int, Int)? {
        var best: (Double, Int, Int)?
        for a in movable {
            let from = assignment[a]
            for to in targets where to != from {
                for b in members[to] where partner(b) && keep.togetherSet[b] == nil {
                    if sameLeaderStatus, leaders.contains(a) != leaders.contains(b) { continue }
                    guard !clashes(a, in: members[to], except: b), !clashes(b, in: members[from], except: a) else {
                        continue
                    }
                    let delta = gain(a, from: members[from], to: members[to], swappedWith: b)
                    if best == nil || delta > (best?.0 ?? 0) { best = (delta, a, b) }
                }
            }
        }
        return best.map { ($0.1, $0.2) }
    }

    private func clashes(_ person: Int, in group: [Int], except other: Int) -> Bool {
        keep.apart.contains { pair in
            (pair.0 == person && pair.1 != other && group.contains(pair.1))
                || (pair.1 == person && pair.0 != other && group.contains(pair.0))
        }
    }

    /// The change in within-group diversity when `a` (in `from`) and `b` (in `to`) swap.
    private func gain(_ a: Int, from: [Int], to: [Int], swappedWith b: Int) -> Double {
        var delta = 0.0
        for x in to where x != b { delta += diversity[a, x] - diversity[b, x] }
        for x in from where x != a { delta += diversity[b, x] - diversity[a, x] }
        return delta
    }
}
