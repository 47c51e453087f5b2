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

    /// What stays the same for every group count tried: the cluster builder, each person's
    /// block key, and the non-voting attendees and their own groups (`nonvoting: own_group`).
    struct Blocks {
        let builder: ClusterBuilder
        let keys: [Int: String]
        /// Non-voting attendees in blocks of their own.
        let nonvoting: Int
        /// The groups they fill, the last of the groups; 0 unless `nonvoting: own_group`.
        let ownGroups: Int
    }

    /// A packing found for one group count, and the clusters its indexes refer to.
    struct PackedClusters {
        let outcome: PackingDecomposition.Outcome
        let clusters: [Cluster]
    }

    /// Forms the groups: tries each candidate group count, fewest first, until the clusters
    /// pack, then places the free leaders.
    func group(deadline: Deadline) throws -> DraftGrouping {
        let blocks = try makeBlocks()
        let candidates = try sizing.candidates(minimumGroups: blocks.ownGroups + 1)
        var lastStatus: SolveStatus?
        for groupCount in candidates {
            if needsMoreSlack(groupCount: groupCount, candidates: candidates) { continue }
            let (packed, status) = try packClusters(blocks, groupCount: groupCount, deadline: deadline)
            if let status { lastStatus = status }
            guard let packed, let packing = packed.outcome.packing else {
                if lastStatus == .timeLimit || deadline.secondsLeft <= 0 {
                    lastStatus = .timeLimit
                    break
                }
                continue
            }
            return try draft(packing, of: packed, blocks: blocks, deadline: deadline)
        }
        throw noPackingErrors(timedOut: lastStatus == .timeLimit, candidates: candidates)
    }

    /// The block keys, and how many own groups the non-voting attendees need.
    private func makeBlocks() throws -> Blocks {
        let builder = ClusterBuilder(participants: participants, keep: keep, rules: rules)
        let keys = try builder.blockKeys()
        let nonvoting = keys.values.count { $0 == "列席人员" }
        let upper = rules.groupSize.upperBound
        let ownGroups = rules.nonvoting == .ownGroup && nonvoting > 0 ? (nonvoting + upper - 1) / upper : 0
        return Blocks(builder: builder, keys: keys, nonvoting: nonvoting, ownGroups: ownGroups)
    }

    /// Whether to skip `groupCount` for a larger one: a model solved in windows needs slack, so
    /// (unless `groups` fixes the count, or it is the last candidate) the search starts where
    /// groups average two below the maximum.
    private func needsMoreSlack(groupCount: Int, candidates: [Int]) -> Bool {
        let people = participants.people.count
        let decomposed = people / max(1, rules.groupSize.upperBound) * groupCount > PackingModel.wholeModelLimit
        return decomposed && rules.groupCount == nil && groupCount != candidates.last
            && people > groupCount * (rules.groupSize.upperBound - 2)
    }

    /// Packs the clusters into `groupCount` groups. Pieces of a large unit leave room for the
    /// fewest leaders a group takes, or, when that packs too tightly, for the most. Returns the
    /// packing (`nil` when none was found; its outcome may still have no packing when the time
    /// ran out) and the status of the last program solved, if any.
    private func packClusters(
        _ blocks: Blocks, groupCount: Int, deadline: Deadline
    ) throws -> (packed: PackedClusters?, lastStatus: SolveStatus?) {
        let perGroup = GroupSizing.leadersPerGroup(participants.leaders.count, groups: groupCount)
        let maxima = sizing.groupMaxima(groupCount)
        let largest = maxima.first ?? rules.groupSize.upperBound
        var lastStatus: SolveStatus?
        for reserve in Set([perGroup.lowerBound, perGroup.upperBound]).sorted() {
            let clusters = try blocks.builder.clusters(
                keys: blocks.keys, capacity: max(1, largest - reserve),
                meanMembers: Double(participants.people.count - participants.leaders.count) / Double(groupCount))
            try checkClusters(clusters, perGroup: perGroup)
            // Clusters more than half a group (less its fewest leaders) need a group each.
            let half = Double(largest - perGroup.lowerBound) / 2
            if clusters.count(where: { Double($0.members.count) > half }) > groupCount { continue }
            guard
                let problem = packingProblem(
                    clusters, blocks: blocks, groupCount: groupCount, perGroup: perGroup, maxima: maxima)
            else { continue }
            let solved = try PackingDecomposition(problem: problem).solve(deadline: deadline)
            lastStatus = solved.status
            if solved.packing != nil || solved.status == .timeLimit {
                return (PackedClusters(outcome: solved, clusters: clusters), lastStatus)
            }
        }
        return (nil, lastStatus)
    }
}
