import ExchangeBridge
import Foundation
import Render
import SeatPlanCore

/// The plan of the demo meeting and what was printed from it.
struct DemoPrints {
    let plan: SeatPlan
    let planURL: URL
    let planJSON: Data
    let title: ChartTitle
    let documents: [NewDocument]
}

/// Everything the demo's summary reports.
struct DemoOutcome {
    let meeting: MeetingFile
    let venue: Venue
    let storeURL: URL
    let intake: DemoIntake
    let printed: DemoPrints
    let pushed: PushResult
    let lateChanges: [String]
    let groups: String?
    let elapsed: Duration
}

extension DemoRun {
    /// The summary printed at the end of the demo: a line per step.
    func summary(_ outcome: DemoOutcome) -> String {
        let (intake, plan, pushed) = (outcome.intake, outcome.printed.plan, outcome.pushed)
        let (units, before, after, pulled) = (intake.units, intake.beforeDeadline, intake.afterReminders, intake.pulled)
        let rostrumSeated = plan.assignments.filter { $0.area == .rostrum }
        let rows = Dictionary(grouping: rostrumSeated, by: { $0.row ?? 0 }).sorted { $0.key < $1.key }
            .map { "\($0.value.count)" }.joined(separator: " + ")
        let hallSeated = plan.assignments.filter { $0.area == .hall }.count
        let files = outcome.printed.documents.map { outputFolder.appendingPathComponent($0.fileName).relativePath }
            .joined(separator: ", ")
        let queued = intake.reminders.queued
        let reminderText = "\(queued.count) reminders queued (\(queued.joined(separator: ", ")))"
        let lateText =
            "\(after.submittedCount) of \(units.count), \(after.acceptedRows) rows accepted, "
            + "\(after.rejectedRows) rejected"
        let objective = String(format: "%.2f", plan.quality.objective)
        let gapPercent = String(format: "%.2f", plan.quality.gap * 100)
        let groupsLine = outcome.groups.map { "  groups    \($0)\n" } ?? ""
        let elapsedText = outcome.elapsed.formatted(.units(allowed: [.milliseconds]))
        return """
            SeatPlan demo: \(outcome.meeting.title), \(outcome.venue.name)
              store     \(outcome.storeURL.relativePath): meeting with \(units.count) units
              submit    \(before.submittedCount) of \(units.count) units by the deadline; \(reminderText)
              late      \(Self.lateUnits) units submitted after the reminder: \(lateText)
              pull      \(pulled.attendees.count) people from \(pulled.unitCount) units → \(rosterURL.relativePath)
              rostrum   \(rostrumSeated.count) seated in rows of \(rows), \(plan.convention) convention, \
            by protocol order (§1)
              hall      \(hallSeated) seated by unit in official order; \(plan.quality.unitSplits) units split \
            across rows or aisles
              plan      \(plan.quality.status), objective \(objective), gap \(gapPercent)%, \
            \(plan.unseated.count) unseated → \(outcome.printed.planURL.relativePath)
              check     \(plan.quality.protocolViolations) protocol violations (independent checker)
              print     \(files)
              push      plan version \(pushed.plan.info.version), \(pushed.documents.count) documents, \
            \(pushed.noticesQueued) seat notices queued for the units
            \(outcome.lateChanges.joined(separator: "\n"))
            \(groupsLine)  time      \(elapsedText)
            """
    }
}
