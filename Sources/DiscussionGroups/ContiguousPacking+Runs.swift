/// The dynamic program of ``ContiguousPacking``: each pool's clusters, in one order, cut into
/// runs of consecutive clusters, one run per group, at the least total cost.
extension ContiguousPacking {
    /// What every run is checked and costed against: each group's free-leader slots and most
    /// balanced sizes, and each cluster's keep-apart partners.
    struct RunLimits {
        let slots: [Int]
        let balanced: [ClosedRange<Int>]
        let partners: [Int: Set<Int>]
    }

    /// The least-cost tables of one pool: `best[g][j]` packs the first j clusters into the
    /// pool's first g groups; `cut[g][j]` is where that packing's last run starts.
    struct RunTable {
        var best: [[Double]]
        var cut: [[Int]]
    }

    /// The best contiguous packing with the clusters in `clusterOrder`, or `nil`.
    func pack(_ clusterOrder: Order) -> (packing: Packing, objective: Double)? {
        let limits = RunLimits(slots: freeLeaderSlots(), balanced: problem.balancedSizes, partners: apartPartners())
        var groups: [[Int]] = Array(repeating: [], count: problem.groupCount)
        var total = 0.0
        for (pool, poolGroups) in problem.poolGroups.enumerated() where !poolGroups.isEmpty {
            let members = problem.clusters.indices.filter { problem.clusters[$0].pool == pool }
            let order = ordered(members, clusterOrder)
            guard let packed = bestRuns(of: order, pool: pool, groups: poolGroups, limits: limits) else { return nil }
            total += packed.cost
            for (g, run) in packed.runs.enumerated() { groups[poolGroups.lowerBound + g] = run }
        }
        return (Packing(groups: groups, freeLeaderSlots: limits.slots), total)
    }

    /// Free leaders per group: ⌊F/G⌋, and one more for the first F mod G groups.
    func freeLeaderSlots() -> [Int] {
        let groupCount = problem.groupCount
        return (0..<groupCount).map {
            problem.freeLeaders / groupCount + ($0 < problem.freeLeaders % groupCount ? 1 : 0)
        }
    }

    /// The clusters each cluster is kept apart from.
    func apartPartners() -> [Int: Set<Int>] {
        var partners: [Int: Set<Int>] = [:]
        for (a, b) in problem.apart {
            partners[a, default: []].insert(b)
            partners[b, default: []].insert(a)
        }
        return partners
    }

    /// The cheapest cut of `order` into one run per group of the pool, each run's clusters in
    /// order, and its cost; `nil` when no cut keeps every group within its limits.
    func bestRuns(
        of order: [Int], pool: Int, groups poolGroups: Range<Int>, limits: RunLimits
    ) -> (runs: [[Int]], cost: Double)? {
        let n = order.count
        let count = poolGroups.count
        var table = RunTable(
            best: Array(repeating: Array(repeating: Double.infinity, count: n + 1), count: count + 1),
            cut: Array(repeating: Array(repeating: -1, count: n + 1), count: count + 1))
        table.best[0][0] = 0
        for g in 0..<count {
            for start in 0..<n where table.best[g][start] < .infinity {
                extendRuns(
                    &table, after: g, from: start, order: order, pool: pool, group: poolGroups.lowerBound + g,
                    limits: limits)
            }
        }
        guard table.best[count][n] < .infinity else { return nil }
        var runs: [[Int]] = Array(repeating: [], count: count)
        var end = n
        for g in stride(from: count, to: 0, by: -1) {
            let start = table.cut[g][end]
            runs[g - 1] = Array(order[start..<end])
            end = start
        }
        return (runs, table.best[count][n])
    }

    /// Relaxes every run `order[start...end]` as the pool's group `g` (the problem's `group`),
    /// following `g` groups that hold the first `start` clusters; a run stops growing at the
    /// first cluster that overfills the group, brings too many leaders, repeats a block or
    /// meets a keep-apart partner.
    private func extendRuns(
        _ table: inout RunTable, after g: Int, from start: Int, order: [Int], pool: Int, group: Int,
        limits: RunLimits
    ) {
        let maximum = problem.groupMaximum[group]
        let leaders = problem.leadersPerGroup
        var size = limits.slots[group]
        var leaderCount = limits.slots[group]
        var keys = Set<String>()
        var blocks = Set<Int>()
        var inRun = Set<Int>()
        for end in start..<order.count {
            let c = order[end]
            let cluster = problem.clusters[c]
            size += cluster.members.count
            leaderCount += cluster.leaderCount
            if size > maximum || leaderCount > leaders.upperBound || blocks.contains(cluster.block)
                || !(limits.partners[c] ?? []).isDisjoint(with: inRun)
            {
                break
            }
            blocks.insert(cluster.block)
            inRun.insert(c)
            keys.formUnion(cluster.mergeKeys)
            guard size >= problem.poolMinimum[pool], leaderCount >= leaders.lowerBound else { continue }
            let cost = runCost(size: size, keyCount: keys.count, balanced: limits.balanced[group])
            if table.best[g][start] + cost < table.best[g + 1][end + 1] {
                table.best[g + 1][end + 1] = table.best[g][start] + cost
                table.cut[g + 1][end + 1] = start
            }
        }
    }

    /// The packing objective's cost of one group: people outside its balanced sizes, plus
    /// ``PackingModel/keyWeight`` per merge key present.
    private func runCost(size: Int, keyCount: Int, balanced: ClosedRange<Int>) -> Double {
        Double(max(0, size - balanced.upperBound) + max(0, balanced.lowerBound - size))
            + PackingModel.keyWeight * Double(keyCount)
    }
}
