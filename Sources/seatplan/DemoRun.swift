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

        // Pull, plan, check, print, push.
        let pulledRoster = Roster(attendees: intake.pulled.attendees, source: "pull", encoding: .utf8)
        try CommandFiles.write(RosterCSV.encode(pulledRoster.attendees), to: rosterURL)
        let printed = try await planAndPrint(pulledRoster, venue: venue, meeting: meeting)
        let pushed = try await intake.store.push(
            planJSON: printed.planJSON, fileName: "plan.json", documents: printed.documents, meeting: intake.meeting,
            beforeCommit: nil)
        let late = try await lateChanges(
            plan: printed.plan, venue: venue, roster: pulledRoster, title: printed.title, store: intake.store,
            meeting: intake.meeting)
        let groups = try formGroups(pulledRoster, meeting: meeting)
        return summary(
            DemoOutcome(
                meeting: meeting, venue: venue, storeURL: storeURL, intake: intake, printed: printed, pushed: pushed,
                lateChanges: late, groups: groups, elapsed: clock.now - start))
    }

    /// Where the pulled roster is written.
    var rosterURL: URL { outputFolder.appendingPathComponent("roster.csv") }

    /// Plans and checks the pulled roster, writes PLAN.json and prints the rostrum chart, the
    /// seat chart, the name cards and the seat lists.
    private func planAndPrint(_ roster: Roster, venue: Venue, meeting: MeetingFile) async throws -> DemoPrints {
        let plan = try await MeetingPipeline(venue: venue).plan(roster, meeting: meeting.title).plan
        let planURL = outputFolder.appendingPathComponent("plan.json")
        let planJSON = try plan.jsonData()
        try CommandFiles.write(planJSON, to: planURL)
        let placed = try PlacedPlan(plan: plan, venue: venue)
        let title = ChartTitle(meeting: meeting.title, venue: venue.name, date: meeting.date, planVersion: "")
        let documents = [
            NewDocument(
                kind: .rostrumChart, fileName: "rostrum-chart.pdf",
                content: try RostrumChart(plan: plan, title: title).render()),
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
        return DemoPrints(plan: plan, planURL: planURL, planJSON: planJSON, title: title, documents: documents)
    }

    /// Removes a previous demo store (and its WAL files) so each demo starts fresh.
    static func removeStore(at url: URL) throws(CommandFailure) {
        for suffix in ["", "-wal", "-shm"] {
            try CommandFiles.removeIfPresent(URL(fileURLWithPath: url.relativePath + suffix))
        }
    }
}
