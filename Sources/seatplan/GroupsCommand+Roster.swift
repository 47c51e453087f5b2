import DiscussionGroups
import Foundation
import SeatPlanCore

/// `seatplan groups --roster ROSTER.csv [--rules RULES.yaml] [--rooms VENUE.yaml] --out GROUPS.json`.
extension GroupsCommand {
    /// Reads the roster, rules and rooms, forms the groups and writes GROUPS.json; a rule that
    /// cannot be kept fails before anything is written.
    func formRosterGroups(rosterPath: String) throws {
        guard let out else { throw CommandFailure("groups --roster needs --out GROUPS.json") }
        let people = try RosterCSV.read(contentsOf: URL(fileURLWithPath: rosterPath))
        let rulesFile = try rules.map { path throws -> PlanningRules in
            try RulesFile.read(contentsOf: URL(fileURLWithPath: path))
        }
        let venue = try rooms.map { path throws -> Venue in try VenueFile.read(contentsOf: URL(fileURLWithPath: path)) }
        let planner = DiscussionGroupPlanner(rules: rulesFile ?? PlanningRules(), rooms: venue)
        let plan = try planner.plan(
            people, options: GroupingOptions(timeLimit: timeLimit ?? 10, seed: seed ?? 1, searchIterations: iterations))
        try CommandFiles.write(try plan.jsonData(), to: URL(fileURLWithPath: out))
        print(GroupsSummary.text(plan, roster: people, output: out))
    }
}

/// The short human summary `groups --roster` prints.
enum GroupsSummary {
    static func text(_ plan: GroupPlan, roster: Roster, output: String) -> String {
        let sizes = plan.groups.map(\.members.count)
        let grouped = sizes.reduce(0, +)
        let gap = plan.quality.gap.map { String(format: "%.2f%%", $0 * 100) } ?? "n/a"
        let bound = plan.quality.bound.map { String(format: "%.2f", $0) } ?? "n/a"
        var lines = [
            "Formed \(plan.groups.count) groups (group_by \(plan.groupBy.rawValue)) of \(grouped) people from "
                + "\(roster.attendees.count) on the roster",
            "  sizes       \(sizes.min() ?? 0)–\(sizes.max() ?? 0)" + (plan.venue.map { ", rooms of \($0)" } ?? ""),
            "  leaders     \(plan.groups.map(\.leaders.count).max() ?? 0) at most in a group, "
                + "\(plan.groups.reduce(0) { $0 + $1.leaders.count }) in all",
            "  not grouped \(plan.notGrouped.count)"
                + (plan.notGrouped.isEmpty ? "" : " (press and staff; reasons in \(output))"),
            "  status      \(plan.quality.status) (\(plan.quality.method)), objective "
                + "\(String(format: "%.2f", plan.quality.objective)), bound \(bound), gap \(gap)",
            "  time        \(plan.quality.solveMilliseconds) ms",
            "  groups      \(output)",
        ]
        for group in plan.groups.prefix(3) {
            let convener = group.people.first { $0.id == group.convener }?.name ?? group.convener
            lines.insert(
                "  \(group.name)      \(group.members.count) people, 召集人 \(convener)"
                    + (group.room.map { ", \($0)" } ?? ""), at: lines.count - 2)
        }
        for note in plan.notes { lines.append("  note        \(note)") }
        return lines.joined(separator: "\n")
    }
}
