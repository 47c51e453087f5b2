import Foundation
import SeatPlanCore

/// The three input files of `plan`, `check` and `reseat`, read and validated.
struct PlanInputs {
    let venue: Venue
    let roster: Roster
    let rules: PlanningRules
    let rosterPath: String

    init(venue venuePath: String, roster rosterPath: String, rules rulesPath: String?) throws {
        venue = try VenueFile.read(contentsOf: URL(fileURLWithPath: venuePath))
        roster = try RosterCSV.read(contentsOf: URL(fileURLWithPath: rosterPath))
        rules =
            try rulesPath.map { path throws -> PlanningRules in
                try RulesFile.read(contentsOf: URL(fileURLWithPath: path))
            } ?? PlanningRules()
        self.rosterPath = rosterPath
    }
}

/// The short human summary `plan` prints.
enum PlanSummary {
    static func text(_ plan: SeatPlan, inputs: PlanInputs, output: String) -> String {
        let byArea = Dictionary(grouping: plan.assignments, by: \.area).mapValues(\.count)
        let areas = SeatArea.allCases.compactMap { area in byArea[area].map { "\(area.rawValue) \($0)" } }.joined(
            separator: ", ")
        let units = Set(inputs.roster.attendees.map(\.unit)).count
        var lines = [
            "Planned \(inputs.roster.attendees.count) people from \(units) units in \(plan.venue)",
            "  seated      \(plan.assignments.count)" + (areas.isEmpty ? "" : " (\(areas))"),
            "  unseated    \(plan.unseated.count)" + (plan.unseated.isEmpty ? "" : " (reasons in \(output))"),
            "  status      \(plan.quality.status), gap \(String(format: "%.2f", plan.quality.gap * 100))%, objective "
                + "\(String(format: "%.2f", plan.quality.objective)), bound "
                + "\(String(format: "%.2f", plan.quality.bound))",
            "  unit splits \(plan.quality.unitSplits)",
            "  violations  \(plan.quality.protocolViolations)",
            "  time        \(plan.quality.solveMilliseconds) ms",
            "  plan        \(output)",
        ]
        for note in plan.notes ?? [] { lines.append("  note        \(note)") }
        return lines.joined(separator: "\n")
    }
}
