import Foundation
import SeatPlanCore
import Spreadsheet
import TestSupport
import Testing

@Suite("seatplan roster check and plan with an .xlsx roster", .serialized)
struct RosterXLSXCommandTests {
    static let demo = SeatPlanBinary.packageRoot.appendingPathComponent("Venues/demo-meeting/roster.csv")
    static let venue = SeatPlanBinary.packageRoot.appendingPathComponent("Venues/municipal-hall.yaml").path

    /// The demo roster saved as a workbook named `.dat`: files are recognised by content.
    static func workbook(in folder: URL, breakingRow: Int? = nil) throws -> URL {
        let text = try #require(String(data: Data(contentsOf: demo), encoding: .utf8))
        var rows = try CSVRecords.parse(text).map(\.fields)
        if let breakingRow { rows[breakingRow - 1][4] = "first" }
        let url = folder.appendingPathComponent("roster.dat")
        try XLSXWriter().write(rows.map { $0.map { .text($0) } }).write(to: url)
        return url
    }

    @Test("roster check reads the workbook like the CSV, and plan seats it")
    func checkAndPlan() throws {
        let folder = try ProcessRunner.temporaryDirectory("seatplan-xlsx")
        let csv = try SeatPlanBinary.run(["roster", "check", Self.demo.path])
        let workbook = try Self.workbook(in: folder)
        let output = try SeatPlanBinary.run(["roster", "check", workbook.path])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("(XLSX)"))
        let counts = { (line: String) in line.split(separator: ":").dropFirst().joined(separator: ":") }
        #expect(counts(output.stdout.replacingOccurrences(of: "(XLSX)", with: "(UTF-8)")) == counts(csv.stdout))

        let plan = folder.appendingPathComponent("plan.json")
        let planned = try SeatPlanBinary.run([
            "plan", "--venue", Self.venue, "--roster", workbook.path, "--out", plan.path,
        ])
        #expect(planned.status == 0, "\(planned.stderr)")
    }

    @Test("A bad row of the workbook is reported at its spreadsheet row")
    func badRow() throws {
        let folder = try ProcessRunner.temporaryDirectory("seatplan-xlsx")
        let workbook = try Self.workbook(in: folder, breakingRow: 5)
        let output = try SeatPlanBinary.run(["roster", "check", workbook.path])
        #expect(output.status != 0)
        #expect(
            output.stderr.contains("roster.dat:5: field 'precedence': 'first' is not a whole number"),
            "\(output.stderr)")
    }
}
