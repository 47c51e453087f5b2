import Foundation
import SeatPlanCore
import TestSupport
import Testing

@testable import ExchangeBridge

/// Helpers for the store's end-to-end tests: a working folder with units, rosters and a plan.
enum StoreCLI {
    /// Runs `seatplan` and fails the test with its output unless it exits 0.
    @discardableResult
    static func succeed(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let output = try SeatPlanBinary.run(arguments)
        #expect(
            output.status == 0 && !output.crashed, "\(arguments.joined(separator: " ")): \(output.stderr)",
            sourceLocation: sourceLocation)
        return output.stdout
    }

    /// `count` units named `单位1`, ... as UNITS.csv text.
    static func unitsCSV(_ names: [String]) -> String {
        "unit,unit_order,parent,contact,phone,mobile\n"
            + names.enumerated().map { "\"\($1)\",\($0 + 1),,联系人,0571-8888000\($0 % 10),1380000000\($0 % 10)" }.joined(
                separator: "\n")
            + "\n"
    }

    /// `perUnit` people of `unit` (ids prefixed with the unit's index).
    static func people(unit: String, index: Int, perUnit: Int) -> [Attendee] {
        (1...perUnit).map {
            Attendee(
                id: "U\(index)-\($0)", name: "人员\(index)-\($0)", unit: unit, unitOrder: index + 1,
                precedence: index * 100 + $0, role: .member)
        }
    }

    /// A plan seating `people` in order on hall seats.
    static func plan(seating people: [Attendee]) -> SeatPlan {
        SeatPlan(
            venue: "会堂", convention: "cn", meeting: "测试",
            assignments: people.enumerated().map { index, person in
                SeatAssignment(
                    attendee: person.id, name: person.name, unit: person.unit, precedence: person.precedence,
                    seat: "S\(index)", label: "一楼 \(index / 30 + 1)排\(index % 30 + 1)号", area: .hall, floor: 1,
                    row: index / 30 + 1, number: "\(index % 30 + 1)", table: nil, x: Double(index % 30),
                    y: Double(index / 30))
            },
            unseated: [],
            quality: PlanQuality(
                status: .optimal, objective: 1, bound: 1, gap: 0, protocolViolations: 0, unitSplits: 0,
                solveMilliseconds: 1))
    }

    /// A folder with a store (meeting and units), each unit's roster file, a plan of everyone
    /// and two PDFs.
    static func workspace(units count: Int, perUnit: Int = 3) throws -> (
        folder: URL, db: String, units: [String], people: [Attendee]
    ) {
        let folder = try ProcessRunner.temporaryDirectory("store-e2e")
        let db = folder.appendingPathComponent("exchange.sqlite").path
        let units = (0..<count).map { "单位\($0)" }
        try Data(unitsCSV(units).utf8).write(to: folder.appendingPathComponent("UNITS.csv"))
        var everyone: [Attendee] = []
        for (index, unit) in units.enumerated() {
            let people = people(unit: unit, index: index, perUnit: perUnit)
            everyone += people
            try RosterCSV.encode(people).write(to: folder.appendingPathComponent("roster-\(index).csv"))
        }
        try plan(seating: everyone).jsonData().write(to: folder.appendingPathComponent("PLAN.json"))
        let documents = folder.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        try Data("%PDF-1.7 chart".utf8).write(to: documents.appendingPathComponent("chart.pdf"))
        try Data(repeating: 0x25, count: 200_000).write(to: documents.appendingPathComponent("seat-list.pdf"))
        try Data("not a pdf".utf8).write(to: documents.appendingPathComponent("notes.txt"))
        try succeed(["store", "init", "--db", db, "--meeting", "测试会议"])
        try succeed(["store", "add-units", "--db", db, "--units", folder.appendingPathComponent("UNITS.csv").path])
        return (folder, db, units, everyone)
    }
}

@Suite("seatplan store, pull, push")
struct StoreCommandTests {
    @Test("The store commands run the intake and the push end to end")
    func workflow() throws {
        let (folder, db, units, everyone) = try StoreCLI.workspace(units: 4)
        let reopened = try StoreCLI.succeed(["store", "init", "--db", db])
        #expect(reopened.contains("meeting '测试会议' opened (4 units)") && reopened.contains("journal wal"))

        // Unit 0 on time; unit 1 with a bad row; unit 2 an unreadable file; unit 3 nothing.
        let first = try StoreCLI.succeed(
            [
                "store", "submit", "--db", db, "--unit", units[0], "--roster",
                folder.appendingPathComponent("roster-0.csv").path,
            ])
        #expect(
            first.contains("单位0: submission 1 stored (roster-0.csv") && first.contains("3 rows accepted, 0 rejected"))
        let bad = folder.appendingPathComponent("bad.csv")
        var text = String(decoding: try Data(contentsOf: folder.appendingPathComponent("roster-1.csv")), as: UTF8.self)
        text += "X9,坏行,单位1,2,not-a-number,member,,,\n"
        try Data(text.utf8).write(to: bad)
        let withReject = try StoreCLI.succeed(["store", "submit", "--db", db, "--unit", units[1], "--roster", bad.path])
        #expect(
            withReject.contains("3 rows accepted, 1 rejected") && withReject.contains("line 5: rejected: precedence"))
        let garbage = folder.appendingPathComponent("garbage.csv")
        try Data([0xFF, 0xFE, 0xFD]).write(to: garbage)
        let failed = try SeatPlanBinary.run([
            "store", "submit", "--db", db, "--unit", units[2], "--roster", garbage.path,
        ])
        #expect(
            failed.status != 0
                && failed.stderr.contains("Error: 单位2: submission 1 stored (garbage.csv, 3 bytes) but not read"))
        let unknown = try SeatPlanBinary.run(["store", "submit", "--db", db, "--unit", "无此单位", "--roster", bad.path])
        #expect(unknown.status != 0 && unknown.stderr.contains("无此单位"))

        let status = try StoreCLI.succeed(["store", "status", "--db", db, "--deadline", "2000-01-01T00:00:00+08:00"])
        #expect(status.contains("1\t单位0\tlate\t"))
        #expect(status.contains("3\t单位2\tmissing\t-\t-\t-\t-\tlast file unreadable"))
        #expect(status.contains("totals: 2 of 4 units submitted, 6 rows accepted, 1 rejected; 2 late, 2 missing"))
        #expect(status.contains("missing: 单位2, 单位3"))
        #expect(!status.contains("1380000000"))

        let remind = try StoreCLI.succeed(["store", "remind", "--db", db, "--deadline", "2030-03-01T18:00:00+08:00"])
        #expect(
            remind.contains(
                "2 reminders queued for deadline 2030-03-01T10:00:00Z, 0 already queued, 2 units have submitted"))
        let again = try StoreCLI.succeed(["store", "remind", "--db", db, "--deadline", "2030-03-01T10:00:00Z"])
        #expect(again.contains("0 reminders queued") && again.contains("2 already queued"))
        let badDeadline = try SeatPlanBinary.run(["store", "status", "--db", db, "--deadline", "tomorrow"])
        #expect(badDeadline.status != 0 && badDeadline.stderr.contains("ISO 8601"))

        let out = folder.appendingPathComponent("ROSTER.csv")
        let pulled = try StoreCLI.succeed(["pull", "--db", db, "--out", out.path])
        #expect(pulled.contains("6 people from 2 units") && pulled.contains("1 rejected rows left out"))
        let roster = try RosterCSV.parse(try Data(contentsOf: out), file: "ROSTER.csv")
        #expect(roster.attendees.map(\.id) == everyone.filter { $0.unit == units[0] || $0.unit == units[1] }.map(\.id))

        let plan = folder.appendingPathComponent("PLAN.json").path
        let docs = folder.appendingPathComponent("docs").path
        let pushed = try StoreCLI.succeed(["push", "--db", db, "--plan", plan, "--documents", docs])
        #expect(pushed.contains("plan version 1 stored for meeting '测试会议': 12 seated, 0 unseated"))
        #expect(pushed.contains("documents: 2 attached, 0 already stored (chart, seat-list)"))
        #expect(pushed.contains("seat notices: 4 queued, 0 already queued"))
        let repeated = try StoreCLI.succeed(["push", "--db", db, "--plan", plan, "--documents", docs])
        #expect(
            repeated.contains("plan version 1 already stored")
                && repeated.contains("seat notices: 0 queued, 4 already queued"))

        let store = try ExchangeStore(path: db)
        let meeting = try store.chooseMeeting()
        #expect(try store.planVersions(meeting: meeting.id).count == 1)
        #expect(try store.outbox(meeting: meeting.id, kind: NoticeKind.seatNotice).count == 4)
        #expect(
            try store.auditLog(limit: 1000).allSatisfy {
                !$0.detail.contains("1380000000") && !$0.detail.contains("0571-")
            })
    }

    @Test("add-units reports the file, line and column of each problem")
    func unitsErrors() throws {
        let folder = try ProcessRunner.temporaryDirectory("store-e2e")
        let db = folder.appendingPathComponent("s.sqlite").path
        try StoreCLI.succeed(["store", "init", "--db", db])
        let units = folder.appendingPathComponent("UNITS.csv")
        try Data("unit,unit_order\n甲,one\n".utf8).write(to: units)
        let output = try SeatPlanBinary.run(["store", "add-units", "--db", db, "--units", units.path])
        #expect(output.status != 0 && output.stderr.contains("UNITS.csv:2: field 'unit_order'"))
        let missing = try SeatPlanBinary.run([
            "pull", "--db", folder.appendingPathComponent("none/x.sqlite").path, "--out", "x.csv",
        ])
        #expect(missing.status != 0 && missing.stderr.contains("Error:"))
    }
}
