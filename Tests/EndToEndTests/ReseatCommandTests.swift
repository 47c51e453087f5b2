import ExchangeBridge
import Foundation
import SeatPlanCore
import TestSupport
import Testing

/// `seatplan reseat` end to end on the demo meeting: the new plan, the words on stdout, the
/// independent check, the cards to reprint, the highlighted chart and the store's version diff.
@Suite("seatplan reseat", .serialized)
struct ReseatCommandTests {
    static let venue = SeatPlanBinary.packageRoot.appendingPathComponent("Venues/municipal-hall.yaml").path
    static let roster = SeatPlanBinary.packageRoot.appendingPathComponent("Venues/demo-meeting/roster.csv").path

    /// A folder with the demo meeting planned in it.
    static func planned() throws -> (folder: URL, plan: URL, seatPlan: SeatPlan) {
        let folder = try ProcessRunner.temporaryDirectory("seatplan-reseat")
        let plan = folder.appendingPathComponent("plan.json")
        let output = try SeatPlanBinary.run(["plan", "--venue", venue, "--roster", roster, "--out", plan.path])
        #expect(output.status == 0, "\(output.stderr)")
        return (folder, plan, try SeatPlan.decode(Data(contentsOf: plan), file: plan.path))
    }

    static func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }

    @Test("Cancel, add, substitute and block: a checked new plan, moves in words, cards to reprint")
    func mixedChanges() throws {
        let (folder, plan, seatPlan) = try Self.planned()
        let hall = seatPlan.assignments.filter { $0.area == .hall }
        let leaver = hall[40]
        let absent = hall[60]
        let blocked = hall[80]
        let host = try #require(hall.first { $0.unit == hall[100].unit })
        let changes = folder.appendingPathComponent("changes.yaml")
        try Self.write(
            """
            - {op: cancel, attendee: "\(leaver.attendee)"}
            - {op: add, attendee: {id: "A9001", name: "王小明", unit: "\(host.unit)", \
            unit_order: \(host.unitOrder ?? 1), precedence: 900, role: member}}
            - {op: substitute, attendee: "\(absent.attendee)", by: {id: "A9002", name: "李华", title: "副局长", \
            precedence: 57}}
            - {op: block_seat, seat: "\(blocked.seat)"}
            """, to: changes)
        let new = folder.appendingPathComponent("new.json")
        let before = try Data(contentsOf: plan)
        let output = try SeatPlanBinary.run([
            "reseat", "--venue", Self.venue, "--plan", plan.path, "--changes", changes.path, "--out", new.path,
        ])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(try Data(contentsOf: plan) == before)

        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: new)) as? [String: Any])
        let record = try #require(json["changes"] as? [String: Any])
        let moved = try #require(record["moved"] as? [[String: Any]])
        #expect(record["moves"] as? Int == moved.count)
        #expect(
            moved.contains { $0["attendee"] as? String == blocked.attendee && $0["from"] as? String == blocked.seat })
        let seated = try #require(record["seated"] as? [[String: Any]]).compactMap { $0["attendee"] as? String }
        #expect(Set(seated) == ["A9001", "A9002"])
        let unseated = try #require(record["unseated"] as? [[String: Any]]).compactMap { $0["attendee"] as? String }
        #expect(Set(unseated) == [leaver.attendee, absent.attendee])
        let cards = Set(try #require(record["cards_to_reprint"] as? [String]))
        #expect(cards.isSuperset(of: ["A9001", "A9002", blocked.attendee]))
        let newPlan = try SeatPlan.decode(Data(contentsOf: new), file: new.path)
        #expect(newPlan.assignments.first { $0.attendee == "A9002" }?.seat == absent.seat)

        // Moves in plain words, names padded: "张　三: 一楼 3排15号 → 一楼 3排17号".
        let line = try #require(moved.first)
        let name = (line["name"] as? String) ?? ""
        let padded = name.count == 2 ? "\(name.first!)\u{3000}\(name.last!)" : name
        #expect(
            output.stdout.contains(
                "\(padded): \(line["from_label"] as? String ?? "") → \(line["to_label"] as? String ?? "")"))

        // The independent check passes with the roster written beside NEW.json, and without it.
        let checked = try SeatPlanBinary.run([
            "check", "--venue", Self.venue, "--plan", new.path, "--roster",
            folder.appendingPathComponent("new.roster.csv").path,
        ])
        #expect(checked.status == 0, "\(checked.stdout)")
        #expect(try SeatPlanBinary.run(["check", "--venue", Self.venue, "--plan", new.path]).status == 0)

        // Only the changed cards print; the chart frames the changed seats.
        let cardsPDF = folder.appendingPathComponent("cards.pdf")
        let cardRun = try SeatPlanBinary.run([
            "render", "--kind", "cards", "--only-changed", "--venue", Self.venue, "--plan", new.path, "--out",
            cardsPDF.path,
        ])
        #expect(cardRun.status == 0, "\(cardRun.stderr)")
        let cardText = try PDFInspection.text(ofFile: cardsPDF).replacingOccurrences(of: " ", with: "")
            .replacingOccurrences(of: "\n", with: "")
        #expect(cardText.contains("王小明"))
        #expect(cardText.contains("李华"))
        let everyone = try SeatPlanBinary.run([
            "render", "--kind", "cards", "--venue", Self.venue, "--plan", new.path, "--out",
            folder.appendingPathComponent("all.pdf").path,
        ])
        #expect(everyone.status == 0)
        #expect(
            try PDFInspection.summary(ofFile: cardsPDF).pageCount
                < PDFInspection.summary(ofFile: folder.appendingPathComponent("all.pdf")).pageCount)
        let chart = folder.appendingPathComponent("chart.pdf")
        let chartRun = try SeatPlanBinary.run([
            "render", "--kind", "chart", "--highlight-changes", "--venue", Self.venue, "--plan", new.path, "--out",
            chart.path,
        ])
        #expect(chartRun.status == 0, "\(chartRun.stderr)")
        #expect(try PDFInspection.text(ofFile: chart).contains("王"))
    }

    @Test("A cancellation under leave_empty moves nobody")
    func cancellationMovesNobody() throws {
        let (folder, plan, seatPlan) = try Self.planned()
        let changes = folder.appendingPathComponent("changes.yaml")
        let person = seatPlan.assignments.filter { $0.area == .hall }[25]
        try Self.write("- {op: cancel, attendee: \"\(person.attendee)\"}\n", to: changes)
        let new = folder.appendingPathComponent("new.json")
        let output = try SeatPlanBinary.run([
            "reseat", "--venue", Self.venue, "--plan", plan.path, "--changes", changes.path, "--out", new.path,
        ])
        #expect(output.status == 0, "\(output.stderr)")
        let newPlan = try SeatPlan.decode(Data(contentsOf: new), file: new.path)
        #expect(newPlan.changes?.moves == 0)
        #expect(newPlan.changes?.cardsToReprint.isEmpty == true)
        #expect(output.stdout.contains("0 moved"))
        // Nothing to reprint: said, and no file.
        let cards = folder.appendingPathComponent("cards.pdf")
        let render = try SeatPlanBinary.run([
            "render", "--kind", "labels", "--only-changed", "--venue", Self.venue, "--plan", new.path, "--out",
            cards.path,
        ])
        #expect(render.status == 0)
        #expect(render.stdout.contains("nothing to reprint"))
        #expect(!FileManager.default.fileExists(atPath: cards.path))
    }

    @Test("Bad changes are rejected as a whole: every problem by line, no output, the old plan untouched")
    func rejected() throws {
        let (folder, plan, seatPlan) = try Self.planned()
        let hall = seatPlan.assignments.filter { $0.area == .hall }
        let changes = folder.appendingPathComponent("changes.yaml")
        try Self.write(
            """
            - {op: cancel, attendee: "NOBODY"}
            - {op: add, attendee: {id: "\(hall[0].attendee)", name: "重名", unit: "某局", unit_order: 1, \
            precedence: 5, role: member}}
            - {op: block_seat, seat: "h9-99-99"}
            - {op: pin, attendee: "\(hall[1].attendee)", seat: "\(hall[5].seat)"}
            - {op: pin, attendee: "\(hall[2].attendee)", seat: "\(hall[5].seat)"}
            """, to: changes)
        let before = try Data(contentsOf: plan)
        let new = folder.appendingPathComponent("new.json")
        let output = try SeatPlanBinary.run([
            "reseat", "--venue", Self.venue, "--plan", plan.path, "--changes", changes.path, "--out", new.path,
        ])
        #expect(output.status != 0)
        #expect(!output.crashed)
        #expect(output.stderr.contains(changes.path))
        for line in ["line 1", "line 2", "line 3", "line 5"] {
            #expect(output.stderr.contains(line), "\(line): \(output.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: new.path))
        #expect(try Data(contentsOf: plan) == before)
    }

    @Test("Pushing the re-plan records the next version; the store shows the diff")
    func storeVersions() throws {
        let (folder, plan, seatPlan) = try Self.planned()
        let db = folder.appendingPathComponent("store.sqlite").path
        #expect(try SeatPlanBinary.run(["store", "init", "--db", db, "--meeting", "测试会议"]).status == 0)
        #expect(try SeatPlanBinary.run(["push", "--db", db, "--plan", plan.path]).status == 0)
        let blocked = seatPlan.assignments.filter { $0.area == .hall }[10]
        let changes = folder.appendingPathComponent("changes.yaml")
        try Self.write("- {op: block_seat, seat: \"\(blocked.seat)\"}\n", to: changes)
        let new = folder.appendingPathComponent("new.json")
        #expect(
            try SeatPlanBinary.run([
                "reseat", "--venue", Self.venue, "--plan", plan.path, "--changes", changes.path, "--out", new.path,
            ]).status == 0)
        #expect(try SeatPlanBinary.run(["push", "--db", db, "--plan", new.path]).status == 0)
        let versions = try SeatPlanBinary.run(["store", "versions", "--db", db])
        #expect(versions.stdout.contains("version 2"))
        let diff = try SeatPlanBinary.run(["store", "diff", "--db", db, "--from", "1", "--to", "2"])
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(diff.stdout.contains(blocked.label))
        #expect(diff.stdout.contains("version 1 → 2: 1 moved") || diff.stdout.contains("version 1 → 2:"))
        let missing = try SeatPlanBinary.run(["store", "diff", "--db", db, "--from", "7"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no plan version 7"))
    }
}
