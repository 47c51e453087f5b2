import DiscussionGroups
import Foundation
import RosterGenerator
import SeatPlanCore
import VenueLibrary

/// The discussion-group scenarios of issue "7 of 7", timed end to end as `seatplan groups
/// --roster` runs them: parse the roster CSV and the rules, form the groups, encode GROUPS.json.
extension Scenarios {
    static let discussionGroups: [Scenario] = [groupsUnitDemo, groupsMix5000]

    /// The shipped demo meeting (350 people, 40 units) by unit into the 12 breakout rooms.
    static let groupsUnitDemo = Scenario(
        name: "groups-unit-demo-350",
        summary: "Groups: the demo roster by unit into breakout-rooms.yaml (GLPK packing and rooms)"
    ) {
        guard let folder = VenueLibrary.demoMeetingDirectory, let rooms = VenueLibrary.url(forVenue: "breakout-rooms")
        else {
            throw BenchmarkFailure("the demo meeting is not bundled")
        }
        let csv = try Data(contentsOf: folder.appendingPathComponent("roster.csv"))
        let rules = folder.appendingPathComponent("groups.yaml")
        return {
            let people = try RosterCSV.parse(csv, file: "roster.csv")
            let planner = DiscussionGroupPlanner(
                rules: try RulesFile.read(contentsOf: rules), rooms: try VenueFile.read(contentsOf: rooms))
            let plan = try planner.plan(people)
            _ = try plan.jsonData()
            return groupsNote(plan)
        }
    }

    /// 5,000 people of 700 units (300 leaders on the rostrum) with sector and region tags, mixed
    /// into 200 groups of 25 (target ≤ 10 s end to end).
    static let groupsMix5000 = Scenario(
        name: "groups-mix-5000",
        summary: "Groups: 5,000 people into 200 mixed groups (MDGP, 8 s budget; target ≤ 10 s)"
    ) {
        let spec = RosterSpecification(seed: 5000, unitCount: 700, memberCount: 4700, rostrumCount: 300)
        let csv = RosterCSV.encode(GroupTags.tagged(RosterGenerator.generate(spec), seed: spec.seed).attendees)
        return {
            let people = try RosterCSV.parse(csv, file: "roster.csv")
            let rules = try RulesFile.parse("group_by: mix\ngroups: 200\n", file: "rules.yaml")
            let plan = try DiscussionGroupPlanner(rules: rules).plan(people, options: GroupingOptions(timeLimit: 8))
            _ = try plan.jsonData()
            return groupsNote(plan)
        }
    }

    private static func groupsNote(_ plan: GroupPlan) -> String {
        let sizes = plan.groups.map(\.members.count)
        let gap = plan.quality.gap.map { String(format: ", gap %.1f%%", $0 * 100) } ?? ""
        return
            "\(plan.groups.count) groups of \(sizes.min() ?? 0)–\(sizes.max() ?? 0), leaders ≤ "
            + "\(plan.groups.map(\.leaders.count).max() ?? 0), \(plan.quality.status) (\(plan.quality.method))"
            + "\(gap)"
    }
}
