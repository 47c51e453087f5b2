import SeatPlanCore

/// The packing program ``BlockGrouping`` hands to ``PackingDecomposition`` for one group count.
extension BlockGrouping {
    /// The packing problem of `clusters` in `groupCount` groups, or `nil` when the
    /// non-voting attendees' own groups leave no group for anyone else who needs one.
    func packingProblem(
        _ clusters: [Cluster], blocks: Blocks, groupCount: Int, perGroup: ClosedRange<Int>, maxima: [Int]
    ) -> PackingProblem? {
        let poolGroups = poolGroups(groupCount: groupCount, ownGroups: blocks.ownGroups)
        guard poolGroups[0].count > 0 || clusters.allSatisfy({ $0.pool == 1 }) else { return nil }
        let attached = clusters.reduce(0) { $0 + $1.leaderCount }
        return PackingProblem(
            clusters: clusters, poolGroups: poolGroups,
            poolMinimum: [
                rules.groupSize.lowerBound,
                min(rules.groupSize.lowerBound, blocks.nonvoting / max(1, blocks.ownGroups)),
            ],
            groupMaximum: maxima, freeLeaders: participants.leaders.count - attached, leadersPerGroup: perGroup,
            apart: apartClusters(clusters))
    }

    /// The groups of each pool: everyone's groups first, then the non-voting attendees' own
    /// groups when there are any.
    private func poolGroups(groupCount: Int, ownGroups: Int) -> [Range<Int>] {
        ownGroups > 0 ? [0..<(groupCount - ownGroups), (groupCount - ownGroups)..<groupCount] : [0..<groupCount]
    }

    /// Keep-apart pairs of people in different clusters, as cluster pairs.
    private func apartClusters(_ clusters: [Cluster]) -> [(Int, Int)] {
        var owner: [Int: Int] = [:]
        for (c, cluster) in clusters.enumerated() { for person in cluster.members { owner[person] = c } }
        var pairs: Set<[Int]> = []
        for (first, second) in keep.apart {
            guard let a = owner[first], let b = owner[second], a != b else { continue }
            pairs.insert([min(a, b), max(a, b)])
        }
        return pairs.sorted { $0.lexicographicallyPrecedes($1) }.map { ($0[0], $0[1]) }
    }
}
