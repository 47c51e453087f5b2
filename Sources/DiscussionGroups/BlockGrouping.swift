import Optimization
import SeatPlanCore

/// `group_by: unit | region | sector` (G4.1): clusters (units, regions or sectors, cut into
/// near-equal pieces when too large) packed into groups by ``PackingModel``, then the leaders
/// placed by ``LeaderAssignment``. Tries the fewest groups first and adds one until the
/// packing is feasible.
struct BlockGrouping {
    let participants: Participants
    let keep: KeepRules
    let rules: GroupingRules
    let sizing: GroupSizing

    func group(deadline: Deadline) throws -> DraftGrouping {
        let builder = ClusterBuilder(participants: participants, keep: keep, rules: rules)
        let keys = try builder.blockKeys()
        let nonvoting = keys.values.count { $0 == "列席人员" }
        let upper = rules.groupSize.upperBound
        let ownGroups = rules.nonvoting == .ownGroup && nonvoting > 0 ? (nonvoting + upper - 1) / upper : 0
        let candidates = try sizing.candidates(minimumGroups: ownGroups + 1)
        let leaders = participants.leaders.count
        var lastStatus: SolveStatus?
        for groupCount in candidates {
            // A model solved in windows needs slack: start where groups average two below the maximum.
            let decomposed =
                participants.people.count / max(1, rules.groupSize.upperBound) * groupCount
                > PackingModel.wholeModelLimit
            if decomposed, rules.groupCount == nil, groupCount != candidates.last,
                participants.people.count > groupCount * (rules.groupSize.upperBound - 2)
            {
                continue
            }
            let perGroup = GroupSizing.leadersPerGroup(leaders, groups: groupCount)
            let maxima = sizing.groupMaxima(groupCount)
            // Pieces of a large unit leave room for the fewest leaders a group takes, or, when
            // that packs too tightly, for the most.
            var outcome: PackingDecomposition.Outcome?
            var clusters: [Cluster] = []
            for reserve in Set([perGroup.lowerBound, perGroup.upperBound]).sorted() {
                clusters = try builder.clusters(
                    keys: keys, capacity: max(1, (maxima.first ?? upper) - reserve),
                    meanMembers: Double(participants.people.count - leaders) / Double(groupCount))
                try checkClusters(clusters, perGroup: perGroup)
                // Clusters more than half a group (less its fewest leaders) need a group each.
                let half = Double((maxima.first ?? upper) - perGroup.lowerBound) / 2
                if clusters.count(where: { Double($0.members.count) > half }) > groupCount { continue }
                let poolGroups =
                    ownGroups > 0
                    ? [0..<(groupCount - ownGroups), (groupCount - ownGroups)..<groupCount] : [0..<groupCount]
                guard poolGroups[0].count > 0 || clusters.allSatisfy({ $0.pool == 1 }) else { continue }
                let attached = clusters.reduce(0) { $0 + $1.leaderCount }
                let problem = PackingProblem(
                    clusters: clusters, poolGroups: poolGroups,
                    poolMinimum: [
                        rules.groupSize.lowerBound, min(rules.groupSize.lowerBound, nonvoting / max(1, ownGroups)),
                    ],
                    groupMaximum: maxima, freeLeaders: leaders - attached, leadersPerGroup: perGroup,
                    apart: apartClusters(clusters))
                let solved = try PackingDecomposition(problem: problem).solve(deadline: deadline)
                lastStatus = solved.status
                if solved.packing != nil || solved.status == .timeLimit {
                    outcome = solved
                    break
                }
            }
            guard let outcome, let packing = outcome.packing else {
                if lastStatus == .timeLimit || deadline.secondsLeft <= 0 {
                    lastStatus = .timeLimit
                    break
                }
                continue
            }
            var members = packing.groups.map { $0.flatMap { clusters[$0].members } }
            let free = Set(participants.leaders).subtracting(clusters.flatMap(\.members))
            let assignment = LeaderAssignment(
                people: participants.people, leaders: participants.leaders.filter(free.contains), apart: keep.apart)
            let placed = try assignment.assign(
                to: members, slots: packing.freeLeaderSlots,
                options: SolveOptions(timeLimit: deadline.limit(share: 0.5)))
            for (g, leadersHere) in placed.placed.enumerated() { members[g] += leadersHere }
            var draft = DraftGrouping(
                groups: members, status: outcome.status.rawValue, objective: outcome.objective, bound: outcome.bound,
                method: "glpk")
            if outcome.windows > 1 {
                draft.notes.append(
                    "too large for one program: packed as consecutive clusters (exact dynamic programming), then "
                        + "\(outcome.windows) windows of consecutive groups re-packed by GLPK "
                        + "(\(outcome.improvedWindows) improved); no global bound"
                )
            }
            if ownGroups > 0, nonvoting < rules.groupSize.lowerBound {
                draft.notes.append(
                    "the non-voting attendees' own group has \(nonvoting) people, fewer than group_size's "
                        + "\(rules.groupSize.lowerBound)"
                )
            }
            return draft
        }
        if lastStatus == .timeLimit {
            throw InputErrors([
                rules.origin.error(
                    "group_size",
                    "no grouping was found within the time limit; raise --time-limit or widen 'group_size'")
            ])
        }
        let tried =
            candidates.isEmpty
            ? "no group count fits" : "\(candidates.first ?? 0)–\(candidates.last ?? 0) groups were tried"
        let roomsText = sizing.rooms == nil ? "" : " and the rooms of \(sizing.roomsFile ?? "the venue")"
        throw InputErrors([
            rules.origin.error(
                rules.groupCount == nil ? "group_size" : "groups",
                "the \(rules.groupBy.rawValue)s cannot be packed into groups of "
                    + "\(rules.groupSize.lowerBound)–\(rules.groupSize.upperBound) people\(roomsText) (\(tried)); "
                    + "widen 'group_size', change 'groups', or add rooms"
            )
        ])
    }

    /// Keep-together sets that make a cluster larger than a group, or hold too many leaders.
    private func checkClusters(_ clusters: [Cluster], perGroup: ClosedRange<Int>) throws(InputErrors) {
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
