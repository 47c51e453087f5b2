import ExchangeBridge
import Foundation
import Planner
import Render
import SeatPlanCore

/// The demo pipeline: store → roster → plan → chart → store, reporting what it did.
struct DemoRun {
    let meetingFile: URL
    let outputFolder: URL

    /// Runs every step and returns the summary to print.
    func run() throws -> String {
        let clock = ContinuousClock()
        let start = clock.now
        let meeting = try MeetingFile.read(contentsOf: meetingFile)
        let venue = try VenueFile.read(contentsOf: meeting.venue)
        let rosterBytes = try CommandFiles.read(meeting.roster)
        let roster = try RosterCSV.parse(rosterBytes, file: meeting.roster.lastPathComponent)

        try CommandFiles.createFolder(outputFolder)
        let storeURL = outputFolder.appendingPathComponent("exchange.sqlite")
        try Self.removeStore(at: storeURL)
        let store = try ExchangeStore(path: storeURL.path).acting(as: "seatplan demo")
        let stored = try store.findOrCreateMeeting(named: meeting.title)
        let units = roster.unitsInOfficialOrder
        try store.saveUnits(
            units.map { unit in UnitDetails(name: unit, officialOrder: roster.attendees.first { $0.unit == unit }?.unitOrder ?? 0) },
            meeting: stored.id)
        for unit in units {
            let people = roster.attendees.filter { $0.unit == unit }
            _ = try store.submitRoster(
                unitNamed: unit, meeting: stored.id, fileName: "\(unit).csv", raw: RosterCSV.encode(people)
            ) { raw in
                let parsed = try RosterCSV.parse(raw, file: "\(unit).csv")
                return ParsedRoster(
                    encoding: parsed.encoding.rawValue,
                    rows: parsed.attendees.enumerated().map { SubmittedRow(line: $0.offset + 2, fields: RosterFields(attendee: $0.element)) })
            }
        }

        let plan = try MeetingPlanner(venue: venue).plan(roster, meeting: meeting.title)
        let planURL = outputFolder.appendingPathComponent("plan.json")
        let planJSON = try plan.jsonData()
        try CommandFiles.write(planJSON, to: planURL)
        let saved = try store.savePlan(json: planJSON, fileName: "plan.json", meeting: stored.id)

        let chart = RostrumChart(
            plan: plan,
            title: ChartTitle(
                meeting: meeting.title, venue: venue.name, date: meeting.date, planVersion: "第\(saved.info.version)稿"))
        let chartURL = outputFolder.appendingPathComponent("rostrum-chart.pdf")
        let chartPDF = try chart.render()
        try CommandFiles.write(chartPDF, to: chartURL)
        _ = try store.attachDocument(
            NewDocument(kind: "rostrum-chart", fileName: "rostrum-chart.pdf", content: chartPDF),
            planVersion: saved.info.id)

        let rostrumSeated = plan.assignments.filter { $0.area == .rostrum }
        let rows = Dictionary(grouping: rostrumSeated, by: { $0.row ?? 0 }).sorted { $0.key < $1.key }
            .map { "\($0.value.count)" }.joined(separator: " + ")
        let hallSeated = plan.assignments.filter { $0.area == .hall }.count
        let elapsed = clock.now - start
        return """
            SeatPlan demo: \(meeting.title), \(venue.name)
              roster    \(roster.attendees.count) people from \(units.count) units, received into the store unit by unit (\(roster.encoding.rawValue))
              rostrum   \(rostrumSeated.count) seated in rows of \(rows), \(plan.convention) convention, by GLPK
              hall      \(hallSeated) seated by unit in official order; \(plan.quality.unitSplits) units split across rows or aisles
              plan      \(plan.quality.status), objective \(String(format: "%.2f", plan.quality.objective)), gap \(String(format: "%.2f", plan.quality.gap * 100))%, \(plan.unseated.count) unseated
              check     \(plan.quality.protocolViolations) protocol violations (independent checker)
              chart     \(chartURL.relativePath) (1 page, 观众视角)
              plan      \(planURL.relativePath)
              store     \(storeURL.relativePath) (plan version \(saved.info.version), chart stored with it)
              time      \(elapsed.formatted(.units(allowed: [.milliseconds])))
            """
    }

    /// Removes a previous demo store (and its WAL files) so each demo starts fresh.
    static func removeStore(at url: URL) throws(CommandFailure) {
        for suffix in ["", "-wal", "-shm"] {
            try CommandFiles.removeIfPresent(URL(fileURLWithPath: url.relativePath + suffix))
        }
    }
}
