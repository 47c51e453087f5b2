import ExchangeBridge
import Foundation
import PlanningPipeline
import Render
import SeatPlanCore

/// The demo pipeline, through the exchange store as a real meeting runs: units submit their
/// rosters (two of them late), status shows who is missing, reminders are queued for them,
/// they submit, the merged roster is pulled, planned, checked, printed and pushed back with a
/// seat notice for every unit; then late changes are re-planned, the changed cards reprinted
/// and the new version pushed.
struct DemoRun {
    let meetingFile: URL
    let outputFolder: URL

    /// How many units miss the deadline in the demo, to show status and reminders.
    static let lateUnits = 2

    /// Runs every step and returns the summary to print.
    func run() async throws -> String {
        let clock = ContinuousClock()
        let start = clock.now
        let meeting = try MeetingFile.read(contentsOf: meetingFile)
        let venue = try VenueFile.read(contentsOf: meeting.venue)
        let roster = try RosterCSV.parse(try CommandFiles.read(meeting.roster), file: meeting.roster.lastPathComponent)

        try CommandFiles.createFolder(outputFolder)
        let storeURL = outputFolder.appendingPathComponent("exchange.sqlite")
        try Self.removeStore(at: storeURL)
        let intake = try await Self.receiveRosters(roster, meeting: meeting.title, storeAt: storeURL)
        let (store, storedMeeting, units) = (intake.store, intake.meeting, intake.units)
        let (before, reminders, after) = (intake.beforeDeadline, intake.reminders, intake.afterReminders)

        // Pull, plan, check, print, push.
        let pulled = intake.pulled
        let pulledRoster = Roster(attendees: pulled.attendees, source: "pull", encoding: .utf8)
        try CommandFiles.write(
            RosterCSV.encode(pulled.attendees), to: outputFolder.appendingPathComponent("roster.csv"))
        let plan = try await MeetingPipeline(venue: venue).plan(pulledRoster, meeting: meeting.title).plan
        let planURL = outputFolder.appendingPathComponent("plan.json")
        let planJSON = try plan.jsonData()
        try CommandFiles.write(planJSON, to: planURL)
        let placed = try PlacedPlan(plan: plan, venue: venue)
        let title = ChartTitle(meeting: meeting.title, venue: venue.name, date: meeting.date, planVersion: "")
        let chartPDF = try RostrumChart(plan: plan, title: title).render()
        let documents = [
            NewDocument(kind: .rostrumChart, fileName: "rostrum-chart.pdf", content: chartPDF),
            NewDocument(
                kind: .chart, fileName: "chart.pdf",
                content: try SeatChart.render(placed, options: RenderOptions(title: title))),
            NewDocument(
                kind: .cards, fileName: "cards.pdf",
                content: try NameCards.render(placed, options: RenderOptions(font: .kai, title: title))),
            NewDocument(
                kind: .list, fileName: "list.pdf",
                content: try SeatLists.render(placed, options: RenderOptions(title: title))),
        ]
        for document in documents {
            try CommandFiles.write(document.content, to: outputFolder.appendingPathComponent(document.fileName))
        }
        let pushed = try await store.push(
            planJSON: planJSON, fileName: "plan.json", documents: documents, meeting: storedMeeting, beforeCommit: nil)
        let late = try await lateChanges(
            plan: plan, venue: venue, roster: pulledRoster, title: title, store: store, meeting: storedMeeting)
        let groups = try formGroups(pulledRoster, meeting: meeting)

        let rostrumSeated = plan.assignments.filter { $0.area == .rostrum }
        let rows = Dictionary(grouping: rostrumSeated, by: { $0.row ?? 0 }).sorted { $0.key < $1.key }
            .map { "\($0.value.count)" }.joined(separator: " + ")
        let hallSeated = plan.assignments.filter { $0.area == .hall }.count
        let files = documents.map { outputFolder.appendingPathComponent($0.fileName).relativePath }.joined(
            separator: ", ")
        let elapsed = clock.now - start
        let reminderText = "\(reminders.queued.count) reminders queued (\(reminders.queued.joined(separator: ", ")))"
        let lateText =
            "\(after.submittedCount) of \(units.count), \(after.acceptedRows) rows accepted, "
            + "\(after.rejectedRows) rejected"
        let rosterPath = outputFolder.appendingPathComponent("roster.csv").relativePath
        let objective = String(format: "%.2f", plan.quality.objective)
        let gapPercent = String(format: "%.2f", plan.quality.gap * 100)
        let groupsLine = groups.map { "  groups    \($0)\n" } ?? ""
        let elapsedText = elapsed.formatted(.units(allowed: [.milliseconds]))
        return """
            SeatPlan demo: \(meeting.title), \(venue.name)
              store     \(storeURL.relativePath): meeting with \(units.count) units
              submit    \(before.submittedCount) of \(units.count) units by the deadline; \(reminderText)
              late      \(Self.lateUnits) units submitted after the reminder: \(lateText)
              pull      \(pulled.attendees.count) people from \(pulled.unitCount) units → \(rosterPath)
              rostrum   \(rostrumSeated.count) seated in rows of \(rows), \(plan.convention) convention, \
            by protocol order (§1)
              hall      \(hallSeated) seated by unit in official order; \(plan.quality.unitSplits) units split \
            across rows or aisles
              plan      \(plan.quality.status), objective \(objective), gap \(gapPercent)%, \
            \(plan.unseated.count) unseated → \(planURL.relativePath)
              check     \(plan.quality.protocolViolations) protocol violations (independent checker)
              print     \(files)
              push      plan version \(pushed.plan.info.version), \(pushed.documents.count) documents, \
            \(pushed.noticesQueued) seat notices queued for the units
            \(late.joined(separator: "\n"))
            \(groupsLine)  time      \(elapsedText)
            """
    }

    /// Removes a previous demo store (and its WAL files) so each demo starts fresh.
    static func removeStore(at url: URL) throws(CommandFailure) {
        for suffix in ["", "-wal", "-shm"] {
            try CommandFiles.removeIfPresent(URL(fileURLWithPath: url.relativePath + suffix))
        }
    }
}
