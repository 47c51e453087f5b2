import Optimization
import SeatPlanCore

/// From a packing to ``BlockGrouping``'s draft groups: the clusters' members, the free leaders
/// placed by ``LeaderAssignment``, and notes on how the packing was found.
extension BlockGrouping {
    /// The draft groups of `packing` (of `packed`'s clusters), with the free leaders placed.
    func draft(
        _ packing: Packing, of packed: PackedClusters, blocks: Blocks, deadline: Deadline
    ) throws -> DraftGrouping {
        let outcome = packed.outcome
        let members = try placeFreeLeaders(
            in: packing.groups.map { $0.flatMap { packed.clusters[$0].members } }, slots: packing.freeLeaderSlots,
            clusters: packed.clusters, deadline: deadline)
        var draft = DraftGrouping(
            groups: members, status: outcome.status.rawValue, objective: outcome.objective, bound: outcome.bound,
            method: "glpk")
        draft.notes = notes(on: outcome, blocks: blocks)
        return draft
    }

    /// `members` with the leaders in no cluster added, as many to each group as its slots say.
    private func placeFreeLeaders(
        in members: [[Int]], slots: [Int], clusters: [Cluster], deadline: Deadline
    ) throws -> [[Int]] {
        var members = members
        let free = Set(participants.leaders).subtracting(clusters.flatMap(\.members))
        let assignment = LeaderAssignment(
            people: participants.people, leaders: participants.leaders.filter(free.contains), apart: keep.apart)
        let placed = try assignment.assign(
            to: members, slots: slots, options: SolveOptions(timeLimit: deadline.limit(share: 0.5)))
        for (g, leadersHere) in placed.placed.enumerated() { members[g] += leadersHere }
        return members
    }

    /// What the staff should know: a packing solved in windows (with no global bound), and a
    /// non-voting group smaller than `group_size` allows.
    private func notes(on outcome: PackingDecomposition.Outcome, blocks: Blocks) -> [String] {
        var notes: [String] = []
        if outcome.windows > 1 {
            notes.append(
                "too large for one program: packed as consecutive clusters (exact dynamic programming), then "
                    + "\(outcome.windows) windows of consecutive groups re-packed by GLPK "
                    + "(\(outcome.improvedWindows) improved); no global bound"
            )
        }
        if blocks.ownGroups > 0, blocks.nonvoting < rules.groupSize.lowerBound {
            notes.append(
                "the non-voting attendees' own group has \(blocks.nonvoting) people, fewer than group_size's "
                    + "\(rules.groupSize.lowerBound)"
            )
        }
        return notes
    }
}
