import Foundation
import Optimization
import Planner
import RosterGenerator
import SeatPlanCore
import VenueLibrary

/// The planning scenarios of issue "3 of 7": generated rosters in the shipped venues, timed end
/// to end (read the venue file, parse the roster CSV, plan, encode PLAN.json), with the greedy
/// baseline's unit splits and objective alongside for comparison.
extension Scenarios {
    static let planning: [Scenario] = [
        planScenario(
            "plan-municipal-350", venue: "municipal-hall", roster: .municipalHall,
            summary: "municipal hall, 350 attendees of 40 units (target ≤ 200 ms)"),
        planScenario(
            "plan-great-hall-5300", venue: "great-hall", roster: .greatHall,
            summary: "great hall, 300 rostrum + 3,000 members of 700 units + 2,000 non-voting (target ≤ 2 s, ≤ 1 GiB)"),
        planScenario(
            "plan-great-hall-9500", venue: "great-hall", roster: .greatHallFull,
            summary: "great hall filled to 9,500 attendees (target ≤ 10 s)"),
        planScenario(
            "plan-banquet-416", venue: "banquet-hall", roster: .banquet,
            summary: "banquet hall, 416 guests (target ≤ 1 s)"),
    ]

    static func planScenario(_ name: String, venue: String, roster: RosterSpecification, summary: String) -> Scenario {
        Scenario(name: name, summary: "Planner: \(summary)") {
            guard let url = VenueLibrary.url(forVenue: venue) else {
                throw BenchmarkFailure("\(venue).yaml is not bundled")
            }
            let csv = RosterGenerator.csv(roster)
            let baselineVenue = try VenueFile.read(contentsOf: url)
            let baselineRoster = try RosterCSV.parse(csv, file: "roster.csv")
            let greedy = try await PlanPipeline.plan(venue: baselineVenue, roster: baselineRoster, strategy: .greedy)
            return {
                let venue = try VenueFile.read(contentsOf: url)
                let people = try RosterCSV.parse(csv, file: "roster.csv")
                let plan = try await PlanPipeline.plan(venue: venue, roster: people)
                _ = try plan.jsonData()
                guard plan.quality.protocolViolations == 0 else {
                    throw BenchmarkFailure("\(name): \(plan.quality.protocolViolations) protocol violations")
                }
                return String(
                    format:
                        "%d seated, %d unseated, %@, gap %.1f%%, splits %d (greedy %d), objective %.1f (greedy %.1f)",
                    plan.assignments.count, plan.unseated.count, plan.quality.status.rawValue, plan.quality.gap * 100,
                    plan.quality.unitSplits, greedy.quality.unitSplits, plan.quality.objective, greedy.quality.objective
                )
            }
        }
    }
}
