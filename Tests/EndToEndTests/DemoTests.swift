import ExchangeBridge
import Foundation
import SeatPlanCore
import TestSupport
import Testing

@Suite("seatplan demo")
struct DemoTests {
    /// The rostrum names of the shipped demo roster as pdftotext reads them off a chart: a
    /// two-character name is printed padded with U+3000, which pdftotext returns as a space.
    static func demoRostrumNames() throws -> [String] {
        let url = SeatPlanBinary.packageRoot.appendingPathComponent("Venues/demo-meeting/roster.csv")
        let roster = try RosterCSV.read(contentsOf: url)
        return roster.attendees(withRole: .rostrum).map { attendee in
            let characters = Array(attendee.name)
            return characters.count == 2 ? "\(characters[0]) \(characters[1])" : attendee.name
        }
    }

    @Test("The demo plans, renders and stores the shipped meeting")
    func demoEndToEnd() throws {
        let folder = try ProcessRunner.temporaryDirectory()
        let output = try SeatPlanBinary.run(["demo", "--out", folder.path])
        #expect(output.status == 0, "stderr: \(output.stderr)")
        #expect(output.stdout.contains("0 protocol violations"))
        #expect(output.stdout.contains("optimal"))

        let chart = folder.appendingPathComponent("rostrum-chart.pdf")
        let lines = Set(try PDFInspection.text(ofFile: chart, order: .drawn).split(separator: "\n").map(String.init))
        for name in try Self.demoRostrumNames() {
            #expect(lines.contains(name), "chart lacks \(name)")
        }
        let text = lines.joined(separator: "\n")
        #expect(text.contains("观众视角"))
        #expect(try PDFInspection.summary(ofFile: chart).pageCount == 1)

        let planData = try Data(contentsOf: folder.appendingPathComponent("plan.json"))
        let plan = try SeatPlan.decode(planData, file: "plan.json")
        let roster = try RosterCSV.read(
            contentsOf: SeatPlanBinary.packageRoot.appendingPathComponent("Venues/demo-meeting/roster.csv"))
        #expect(plan.assignments.count + plan.unseated.count == roster.attendees.count)
        #expect(plan.unseated.isEmpty)
        #expect(plan.quality.protocolViolations == 0)

        let store = try ExchangeStore(path: folder.appendingPathComponent("exchange.sqlite").path)
        let meeting = try #require(try store.meetings().first)
        let versions = try store.planVersions(meeting: meeting.id)
        #expect(versions.map(\.version) == [1, 2])
        let stored = try store.plan(try #require(versions.first).id)
        #expect(stored.plan == plan)
        #expect(
            Set(try store.documents(planVersion: stored.info.id).map(\.kind)) == [
                "rostrum-chart", "chart", "cards", "list",
            ])
        #expect(try store.outbox(meeting: meeting.id, kind: "reminder").count == 2)
        #expect(try store.outbox(meeting: meeting.id, kind: "seat-notice").count >= roster.unitsInOfficialOrder.count)

        // The late changes: version 2 is the re-plan, with only the changed cards reprinted.
        let latest = try #require(try store.latestPlan(meeting: meeting.id))
        let replanned = try SeatPlan.decode(
            Data(contentsOf: folder.appendingPathComponent("plan-v2.json")), file: "plan-v2.json")
        #expect(latest.plan == replanned)
        #expect(replanned.quality.protocolViolations == 0)
        #expect(replanned.changes?.unseated.count == 2)
        #expect(Set(try store.documents(planVersion: latest.info.id).map(\.kind)) == ["cards", "chart"])
        #expect(
            try PDFInspection.summary(ofFile: folder.appendingPathComponent("cards-changed.pdf")).pageCount
                < PDFInspection.summary(ofFile: folder.appendingPathComponent("cards.pdf")).pageCount)
        #expect(output.stdout.contains("plan version 2"))
        #expect(output.stdout.contains("2 reminders queued"))
        #expect(try store.submissions(meeting: meeting.id).count == roster.unitsInOfficialOrder.count)
    }

    @Test("Running the demo again starts from a fresh store")
    func demoTwice() throws {
        let folder = try ProcessRunner.temporaryDirectory()
        for _ in 0..<2 {
            let output = try SeatPlanBinary.run(["demo", "--out", folder.path])
            #expect(output.status == 0, "stderr: \(output.stderr)")
            #expect(output.stdout.contains("plan version 1"))
        }
    }

    @Test("An output folder that cannot be created is a clear error")
    func unwritableFolder() throws {
        let folder = try ProcessRunner.temporaryDirectory()
        let blocker = folder.appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        let output = try SeatPlanBinary.run(["demo", "--out", blocker.appendingPathComponent("sub").path])
        #expect(output.status != 0)
        #expect(!output.crashed)
        #expect(output.stderr.contains("cannot create folder"))
        #expect(output.stderr.contains("Not a directory"))
    }
}
