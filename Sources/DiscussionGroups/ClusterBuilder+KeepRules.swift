import SeatPlanCore

/// How the keep rules shape clusters: keep-together sets stay in one piece of a split block and
/// join the pieces they span; keep-apart pairs go to different pieces.
extension ClusterBuilder {
    /// Moves people so that no keep-together set is cut between pieces and no keep-apart pair
    /// shares one, by swapping with unconstrained people of the same size class; an unsplit
    /// block with a keep-apart pair cannot keep the rule.
    func separateApart(_ pieces: inout [[Int]], block: String) -> InputError? {
        let people = participants.people
        // Keep-together sets within the block go to the piece of their first member.
        for set in keep.together {
            let located = set.compactMap { person in pieces.firstIndex { $0.contains(person) }.map { (person, $0) } }
            guard let home = located.first?.1 else { continue }
            for (person, piece) in located where piece != home {
                guard let partner = pieces[home].firstIndex(where: { keep.togetherSet[$0] == nil }),
                    let at = pieces[piece].firstIndex(of: person)
                else { continue }
                let swapped = pieces[home][partner]
                pieces[home][partner] = person
                pieces[piece][at] = swapped
            }
        }
        for (first, second) in keep.apart {
            guard let piece = pieces.firstIndex(where: { $0.contains(first) }), pieces[piece].contains(second) else {
                continue
            }
            guard pieces.count > 1 else {
                return rules.origin.error(
                    "keep_apart",
                    "keeps \(people[first].name) (\(people[first].id)) and \(people[second].name) "
                        + "(\(people[second].id)) apart, but both are in '\(block)' (\(pieces[0].count) people), which "
                        + "group_by: \(rules.groupBy.rawValue) keeps in one group; use group_by: mix or drop the rule"
                )
            }
            let other = (piece + 1) % pieces.count
            let free: (Int) -> Bool = { candidate in
                keep.togetherSet[candidate] == nil
                    && !keep.apart.contains { $0 == (min(candidate, first), max(candidate, first)) }
            }
            guard let at = pieces[piece].firstIndex(of: second), let partner = pieces[other].firstIndex(where: free),
                keep.togetherSet[second] == nil
            else { continue }
            let swapped = pieces[other][partner]
            pieces[other][partner] = second
            pieces[piece][at] = swapped
        }
        return nil
    }

    /// Joins the pieces that keep-together sets span, and adds the leaders those sets hold.
    func joinKeptTogether(_ pieces: [Cluster], blockCount: Int) -> [Cluster] {
        var clusters = pieces
        var owner: [Int: Int] = [:]
        for (number, cluster) in clusters.enumerated() { for person in cluster.members { owner[person] = number } }
        var merged = Array(clusters.indices)
        func root(_ cluster: Int) -> Int {
            var current = cluster
            while merged[current] != current { current = merged[current] }
            return current
        }
        let leaders = Set(participants.leaders)
        var leaderOnly: [Cluster] = []
        for set in keep.together {
            let homes = Set(set.compactMap { owner[$0] }.map(root))
            guard let first = homes.min() else {
                // Only leaders: they travel as one small cluster of their own.
                leaderOnly.append(
                    Cluster(
                        members: set, leaderCount: set.count, pool: 0, label: "keep_together",
                        block: blockCount + leaderOnly.count,
                        mergeKeys: [], order: [Int.max, participants.people[set[0]].precedence]))
                continue
            }
            for other in homes where other != first { merged[other] = first }
            let attached = set.filter { leaders.contains($0) && owner[$0] == nil }
            clusters[first].members += attached
            clusters[first].leaderCount += attached.count
            for person in attached { owner[person] = first }
        }
        var result: [Int: Cluster] = [:]
        for number in clusters.indices {
            let home = root(number)
            if home == number {
                result[home] = clusters[number]
                continue
            }
        }
        for number in clusters.indices where root(number) != number {
            let home = root(number)
            guard var joined = result[home] else { continue }
            joined.members += clusters[number].members
            joined.leaderCount += clusters[number].leaderCount
            joined.mergeKeys = Array(Set(joined.mergeKeys + clusters[number].mergeKeys)).sorted()
            result[home] = joined
        }
        return result.keys.sorted().compactMap { result[$0] } + leaderOnly
    }
}
