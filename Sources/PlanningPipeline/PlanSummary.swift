import Foundation
import SeatPlanCore

/// The short summary of a new plan that `seatplan plan` prints and the workbench shows after
/// "Plan now": people and units, seated by area, unseated, solver status, splits, violations.
public enum PlanSummary {
    /// The summary's lines; `output` names where the plan went (a file, or a plan version).
    public static func lines(_ plan: SeatPlan, roster: Roster, output: String) -> [String] {
        let byArea = Dictionary(grouping: plan.assignments, by: \.area).mapValues(\.count)
        let areas = SeatArea.allCases.compactMap { area in byArea[area].map { "\(area.rawValue) \($0)" } }.joined(
            separator: ", ")
        let units = Set(roster.attendees.map(\.unit)).count
        var lines = [
            "Planned \(roster.attendees.count) people from \(units) units in \(plan.venue)",
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
        return lines
    }
}
