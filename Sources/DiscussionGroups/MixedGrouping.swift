import Grouping
import SeatPlanCore

/// `group_by: mix` (G4.1, G4.4): one Maximally Diverse Grouping Problem over everyone grouped,
/// solved by the Grouping module (exact up to 12 people, iterated tabu search above). Group
/// sizes differ by at most one; the diversity matrix is ``MixedDiversity``; the result is
/// checked and repaired by ``MixedRepair``.
struct MixedGrouping {
    let participants: Participants
    let keep: KeepRules
    let rules: GroupingRules
    let sizing: GroupSizing
    let options: GroupingOptions

    func group(deadline: Deadline) throws -> DraftGrouping {
        guard rules.nonvoting == .withUnit else {
            throw InputErrors([
                rules.origin.error(
                    "nonvoting",
                    "own_group keeps non-voting attendees out of the mixed groups; with group_by: mix use nonvoting: "
                        + "with_unit, or group by unit"
                )
            ])
        }
        let people = participants.people
        guard let groupCount = try sizing.candidates().first else {
            throw InputErrors([rules.origin.error("group_size", "no number of groups fits the rooms")])
        }
        let base = people.count / groupCount
        let sizes = Array(repeating: base...(people.count % groupCount == 0 ? base : base + 1), count: groupCount)
        let leaders = Set(participants.leaders)
        let leaderCap = GroupSizing.leadersPerGroup(leaders.count, groups: groupCount).upperBound
        for set in keep.together where set.count > base || set.count(where: leaders.contains) > leaderCap {
            throw InputErrors([
                rules.origin.error(
                    "keep_together",
                    "keeps \(set.count) people together (\(set.count(where: leaders.contains)) leaders), but mixed "
                        + "groups have \(base)–\(sizes[0].upperBound) people and at most \(leaderCap) leaders each"
                )
            ])
        }
        let diversity = MixedDiversity(people: people, leaders: leaders, keep: keep).matrix()
        let problem: GroupingProblem
        do {
            problem = try GroupingProblem(diversity: diversity, groupSizes: sizes)
        } catch {
            throw InputErrors([rules.origin.error("group_size", "cannot form mixed groups: \(error)")])
        }
        let result = DiverseGrouping.solve(
            problem,
            options: DiverseGroupingOptions(
                timeLimit: max(0.1, deadline.secondsLeft * 0.7), seed: options.seed,
                iterationLimit: options.searchIterations))
        var assignment = result.assignment
        let repair = MixedRepair(diversity: diversity, leaders: leaders, keep: keep, leaderCap: leaderCap)
        let swaps = repair.repair(&assignment, groupCount: groupCount)
        let remaining = repair.problems(assignment, groupCount: groupCount) { "\(people[$0].name) (\(people[$0].id))" }
        guard remaining.isEmpty, problem.isFeasible(assignment) else {
            throw InputErrors([
                rules.origin.error(
                    "keep_together", "the mixed groups cannot keep every rule: " + remaining.joined(separator: "; "))
            ])
        }
        var groups: [[Int]] = Array(repeating: [], count: groupCount)
        for (person, group) in assignment.enumerated() { groups[group].append(person) }
        let objective = problem.objective(of: assignment)
        var draft = DraftGrouping(
            groups: groups, status: result.provenOptimal && swaps == 0 ? "optimal" : "feasible", objective: objective,
            bound: result.bound.map { max($0, objective) }, method: "mdgp")
        draft.iterations = result.iterations
        if swaps > 0 {
            draft.notes.append("\(swaps) swap(s) after the diverse grouping search to keep the leader and keep rules")
        }
        return draft
    }
}
