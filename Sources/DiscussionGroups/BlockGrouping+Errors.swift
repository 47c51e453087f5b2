import SeatPlanCore

/// The rules errors of ``BlockGrouping``, each naming the key of the rules file to change.
extension BlockGrouping {
    /// Keep-together sets that make a cluster larger than a group, or hold too many leaders.
    func checkClusters(_ clusters: [Cluster], perGroup: ClosedRange<Int>) throws(InputErrors) {
        var problems: [InputError] = []
        for cluster in clusters {
            let size = cluster.members.count + max(0, perGroup.lowerBound - cluster.leaderCount)
            if size > rules.groupSize.upperBound {
                let names = Set(cluster.members.map { participants.people[$0].unit }).sorted().joined(separator: "、")
                problems.append(
                    rules.origin.error(
                        "keep_together",
                        "joins \(cluster.members.count) people (\(names)) into one group, more than the largest group "
                            + "(\(rules.groupSize.upperBound))"
                    ))
            }
            if cluster.leaderCount > perGroup.upperBound {
                problems.append(
                    rules.origin.error(
                        "keep_together",
                        "puts \(cluster.leaderCount) leaders in one group, but leaders are spread at most "
                            + "\(perGroup.upperBound) to a group"
                    ))
            }
        }
        if !problems.isEmpty { throw InputErrors(problems) }
    }

    /// No candidate group count packed: the time ran out, or the blocks do not fit
    /// `group_size` (and the rooms) in any of the counts tried.
    func noPackingErrors(timedOut: Bool, candidates: [Int]) -> InputErrors {
        if timedOut {
            return InputErrors([
                rules.origin.error(
                    "group_size",
                    "no grouping was found within the time limit; raise --time-limit or widen 'group_size'")
            ])
        }
        let tried =
            candidates.isEmpty
            ? "no group count fits" : "\(candidates.first ?? 0)–\(candidates.last ?? 0) groups were tried"
        let roomsText = sizing.rooms == nil ? "" : " and the rooms of \(sizing.roomsFile ?? "the venue")"
        return InputErrors([
            rules.origin.error(
                rules.groupCount == nil ? "group_size" : "groups",
                "the \(rules.groupBy.rawValue)s cannot be packed into groups of "
                    + "\(rules.groupSize.lowerBound)–\(rules.groupSize.upperBound) people\(roomsText) (\(tried)); "
                    + "widen 'group_size', change 'groups', or add rooms"
            )
        ])
    }
}
