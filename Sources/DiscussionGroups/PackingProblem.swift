/// What the packing program decides: which clusters share a group (merging small units,
/// keeping large ones' pieces apart) and how many free-standing leaders each group takes, so
/// that every group fits `group_size` and, when rooms are assigned, a room.
struct PackingProblem {
    /// The clusters to pack.
    var clusters: [Cluster]
    /// The groups of each pool: pool 0 the main groups, pool 1 the non-voting attendees' own.
    var poolGroups: [Range<Int>]
    /// The smallest size a group of each pool may have (a non-voting group may be small when
    /// there are few non-voting attendees).
    var poolMinimum: [Int]
    /// The largest size of each group, leaders included: `group_size`'s largest, or less where
    /// the group's room (the g-th largest of the rooms, less staff seats) holds fewer.
    var groupMaximum: [Int]
    /// Leaders who belong to no cluster, placed by count here and by name later.
    var freeLeaders: Int
    /// Leaders per group, all leaders counted: ⌊L/G⌋ … ⌈L/G⌉ (G4.2).
    var leadersPerGroup: ClosedRange<Int>
    /// Pairs of clusters that must not share a group (keep-apart across clusters).
    var apart: [(Int, Int)]
    /// Clusters that may be left out (for a later window of ``PackingDecomposition``).
    var optional: Set<Int> = []
    /// The mean group size to balance towards, when it is not this problem's own (a window of
    /// ``PackingDecomposition`` balances towards the whole pool's mean).
    var balanceMean: Double?

    /// The number of groups.
    var groupCount: Int { poolGroups.last?.upperBound ?? 0 }

    /// People in each pool, leaders included (free leaders count in pool 0).
    var poolPeople: [Int] {
        var counts = Array(repeating: 0, count: poolGroups.count)
        for cluster in clusters { counts[cluster.pool] += cluster.members.count }
        counts[0] += freeLeaders
        return counts
    }

    /// The most balanced sizes each pool's groups can have under their maxima (water-filling:
    /// every group gets the same level, or its maximum when that is lower), as ⌊t⌋ … ⌈t⌉ per group.
    var balancedSizes: [ClosedRange<Int>] {
        var targets = Array(repeating: 0...0, count: groupCount)
        for (pool, groups) in poolGroups.enumerated() where !groups.isEmpty {
            let people = balanceMean.map { $0 * Double(groups.count) } ?? Double(poolPeople[pool])
            var level = people / Double(groups.count)
            for _ in 0..<groups.count {
                let capped = groups.filter { Double(groupMaximum[$0]) < level }
                let free = groups.count - capped.count
                guard free > 0 else { break }
                let next = (people - capped.reduce(0.0) { $0 + Double(groupMaximum[$1]) }) / Double(free)
                if abs(next - level) < 1e-9 { break }
                level = next
            }
            for g in groups {
                let target = min(Double(groupMaximum[g]), level)
                targets[g] = Int(target.rounded(.down))...Int(target.rounded(.up))
            }
        }
        return targets
    }

    /// Whether the groups of `pool` are interchangeable (all have the same maximum).
    func interchangeable(_ pool: Int) -> Bool {
        Set(poolGroups[pool].map { groupMaximum[$0] }).count <= 1
    }
}

/// The packing found: the clusters of each group and each group's free leader count.
struct Packing {
    /// Cluster indexes per group.
    var groups: [[Int]]
    /// Free-standing leaders each group takes.
    var freeLeaderSlots: [Int]
    /// Optional clusters left out.
    var leftOut: [Int] = []
}
