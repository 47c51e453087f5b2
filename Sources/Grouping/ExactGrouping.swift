/// Exact branch and bound for small groupings: proves a grouping optimal or finds a better one.
///
/// Elements are assigned in a fixed order (largest total |d| first), each to every group with
/// room, best-looking group first. A node is pruned when its upper bound cannot beat the
/// incumbent. The bound is the value so far plus the smaller of
///
/// - Σ over unassigned e of max over open groups g of Σ_{assigned j in g} d(e, j), plus the
///   sum of the P largest positive d among unassigned pairs, where P is the most pairs the
///   unassigned elements can still form given the groups' room; and
/// - Σ over unassigned e of max over open groups g of [Σ_{assigned j in g} d(e, j) + ½ · the
///   (room of g − 1) largest positive d(e, f) over unassigned f] (each pair's value split
///   between its two ends).
/// Groups with identical size bounds are interchangeable, so only the first empty one of each
/// such class is tried. Nodes whose remaining elements cannot meet the lower bounds (or fit
/// the upper bounds) are cut.
struct ExactGrouping {
    /// How the search ended.
    struct Outcome {
        var assignment: [Int]
        var objective: Double
        /// Whether the whole tree was searched (the assignment is optimal).
        var proven: Bool
        /// The root's upper bound.
        var rootBound: Double
        var nodes: Int
    }

    let n: Int
    let groupCount: Int
    /// Diversity in branching order: `d[p * n + q]` for positions p, q.
    private let d: [Double]
    /// The element at each branching position.
    private let order: [Int]
    private let lower: [Int]
    private let upper: [Int]
    /// For each group, the first group with the same bounds.
    private let symmetryClass: [Int]
    /// `pairSums[p][k]`: the sum of the k largest positive d among positions ≥ p.
    private let pairSums: [[Double]]
    /// `halfSums[(k · n + p) · n + c]`: half the sum of the c largest positive d(p, q) over
    /// positions q ≥ k, q ≠ p.
    private let halfSums: [Double]
    private let epsilon: Double

    init(problem: GroupingProblem, epsilon: Double) {
        n = problem.elementCount
        groupCount = problem.groupCount
        lower = problem.groupSizes.map(\.lowerBound)
        upper = problem.groupSizes.map(\.upperBound)
        let matrix = problem.diversity
        let count = n
        let weight = (0..<count).map { i in (0..<count).reduce(0.0) { $0 + abs(matrix[i, $1]) } }
        order = (0..<count).sorted { weight[$0] != weight[$1] ? weight[$0] > weight[$1] : $0 < $1 }
        var values = [Double](repeating: 0, count: count * count)
        for p in 0..<count {
            for q in 0..<count where p != q { values[p * count + q] = matrix[order[p], order[q]] }
        }
        d = values
        symmetryClass = problem.groupSizes.indices.map { g in
            problem.groupSizes.firstIndex(of: problem.groupSizes[g]) ?? g
        }
        pairSums = (0...count).map { p in
            var positives: [Double] = []
            for q in p..<count {
                for r in (q + 1)..<count where values[q * count + r] > 0 { positives.append(values[q * count + r]) }
            }
            positives.sort(by: >)
            var sums = [0.0]
            for value in positives { sums.append((sums.last ?? 0) + value) }
            return sums
        }
        var halves = [Double](repeating: 0, count: count * count * max(1, count))
        for k in 0..<count {
            for p in k..<count {
                let row = (k..<count).filter { $0 != p }.map { values[p * count + $0] }.filter { $0 > 0 }.sorted(by: >)
                var total = 0.0
                for c in 1..<max(1, count) {
                    if c <= row.count { total += row[c - 1] / 2 }
                    halves[(k * count + p) * count + c] = total
                }
            }
        }
        halfSums = halves
        self.epsilon = epsilon
    }

    /// Searches the whole tree (or until `limits` stop it), starting from an incumbent.
    func solve(incumbent: [Int], incumbentObjective: Double, limits: SearchLimits) -> Outcome {
        var search = Search(exact: self, limits: limits)
        // The incumbent, in branching positions.
        search.bestValue = incumbentObjective
        search.best = order.map { incumbent[$0] }
        let rootBound = search.bound(position: 0)
        search.branch(position: 0)
        var assignment = [Int](repeating: 0, count: n)
        for (position, element) in order.enumerated() { assignment[element] = search.best[position] }
        return Outcome(
            assignment: assignment, objective: search.bestValue, proven: !search.stopped,
            rootBound: max(rootBound, search.bestValue), nodes: search.nodes)
    }

    /// The depth-first search's mutable state.
    private struct Search {
        let exact: ExactGrouping
        let limits: SearchLimits
        var groupOf: [Int]
        var size: [Int]
        /// `gain[p * G + g]`: Σ d(p, q) over assigned positions q in group g.
        var gain: [Double]
        var value = 0.0
        var best: [Int] = []
        var bestValue = -Double.infinity
        var nodes = 0
        var stopped = false
        /// Scratch: the branching order of the groups at each depth, and the groups' rooms.
        private var groupOrder: [Int]
        private var rooms: [Int]

        init(exact: ExactGrouping, limits: SearchLimits) {
            self.exact = exact
            self.limits = limits
            groupOf = Array(repeating: -1, count: exact.n)
            size = Array(repeating: 0, count: exact.groupCount)
            gain = Array(repeating: 0, count: exact.n * exact.groupCount)
            groupOrder = Array(repeating: 0, count: exact.n * exact.groupCount)
            rooms = Array(repeating: 0, count: exact.groupCount)
        }

        /// The upper bound of the subtree below `position` (positions before it are assigned).
        mutating func bound(position: Int) -> Double {
            let n = exact.n
            let g = exact.groupCount
            var gains = value
            var halves = value
            for p in position..<n {
                var bestGain = -Double.infinity
                var bestHalf = -Double.infinity
                let base = (position * n + p) * n
                for group in 0..<g where size[group] < exact.upper[group] {
                    let gain = gain[p * g + group]
                    bestGain = max(bestGain, gain)
                    let partners = min(exact.upper[group] - size[group] - 1, n - 1)
                    bestHalf = max(bestHalf, gain + exact.halfSums[base + partners])
                }
                gains += bestGain
                halves += bestHalf
            }
            // The most pairs the remaining elements can form: fill the roomiest groups first.
            // Rooms in decreasing order (insertion sort: G is small).
            for group in 0..<g {
                let room = exact.upper[group] - size[group]
                var index = group
                while index > 0, rooms[index - 1] < room {
                    rooms[index] = rooms[index - 1]
                    index -= 1
                }
                rooms[index] = room
            }
            var remaining = n - position
            var pairs = 0
            for index in 0..<g where remaining > 0 {
                let take = min(rooms[index], remaining)
                pairs += take * (take - 1) / 2
                remaining -= take
            }
            let sums = exact.pairSums[position]
            return min(gains + sums[min(pairs, sums.count - 1)], halves)
        }

        mutating func branch(position: Int) {
            nodes += 1
            if nodes & 1023 == 0, limits.expired { stopped = true }
            if stopped { return }
            let n = exact.n
            let g = exact.groupCount
            if position == n {
                if value > bestValue + exact.epsilon {
                    bestValue = value
                    best = groupOf
                }
                return
            }
            if bound(position: position) <= bestValue + exact.epsilon { return }
            let remainingAfter = n - position - 1
            // Groups by decreasing gain for this element (insertion sort, stable).
            let base = position * g
            for group in 0..<g {
                let value = gain[base + group]
                var index = group
                while index > 0, gain[base + groupOrder[base + index - 1]] < value {
                    groupOrder[base + index] = groupOrder[base + index - 1]
                    index -= 1
                }
                groupOrder[base + index] = group
            }
            for rank in 0..<g {
                let group = groupOrder[base + rank]
                guard size[group] < exact.upper[group] else { continue }
                if size[group] == 0,
                    (0..<group).contains(where: {
                        size[$0] == 0 && exact.symmetryClass[$0] == exact.symmetryClass[group]
                    })
                {
                    continue
                }
                // The remaining elements must still reach every lower bound.
                var shortfall = 0
                for other in 0..<g {
                    let filled = size[other] + (other == group ? 1 : 0)
                    shortfall += max(0, exact.lower[other] - filled)
                }
                if shortfall > remainingAfter { continue }
                assign(position, to: group, sign: 1)
                branch(position: position + 1)
                assign(position, to: group, sign: -1)
                if stopped { return }
            }
        }

        /// Assigns (sign 1) or unassigns (sign −1) a position, updating value and gains.
        private mutating func assign(_ position: Int, to group: Int, sign: Double) {
            let n = exact.n
            let g = exact.groupCount
            if sign > 0 {
                value += gain[position * g + group]
                groupOf[position] = group
                size[group] += 1
            } else {
                groupOf[position] = -1
                size[group] -= 1
            }
            for q in 0..<n where q != position {
                gain[q * g + group] += sign * exact.d[q * n + position]
            }
            if sign < 0 { value -= gain[position * g + group] }
        }
    }
}
