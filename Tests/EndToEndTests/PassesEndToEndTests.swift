import Foundation
import SeatPlanCore
import TestSupport
import Testing

/// Signed passes end to end with the binary: a store with units and rosters, planned and pushed
/// with the office key, the plan verified, passes printed, their QR codes read back from the PDF
/// (pdftoppm, zbarimg) and checked in at a served workbench's door and with `seatplan checkin`,
/// and a tampered plan found altered.
@Suite(
    .enabled(
        if: ProcessRunner.which("pdftoppm") != nil && ProcessRunner.which("zbarimg") != nil
            && ProcessRunner.which("sqlite3") != nil,
        "pdftoppm, zbarimg and sqlite3 are needed (Debian: poppler-utils, zbar-tools, sqlite3)"))
struct PassesEndToEndTests {
    @Test("keys init, push signed, verify, print passes, read their QR codes, check in twice, tamper")
    func passes() async throws {
        let folder = try ProcessRunner.temporaryDirectory("passes-e2e")
        let data = folder.appendingPathComponent("seatplan-data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let db = data.appendingPathComponent("exchange.sqlite").path
        let units = ["玉泉县人民政府", "东桥镇人民政府", "西山乡人民政府"]
        try Data(StoreCLI.unitsCSV(units).utf8).write(to: folder.appendingPathComponent("UNITS.csv"))
        try StoreCLI.succeed(["store", "init", "--db", db, "--meeting", "报到测试会议"])
        try StoreCLI.succeed([
            "store", "add-units", "--db", db, "--units", folder.appendingPathComponent("UNITS.csv").path,
        ])
        for (index, unit) in units.enumerated() {
            let roster = folder.appendingPathComponent("roster-\(index).csv")
            try RosterCSV.encode(StoreCLI.people(unit: unit, index: index, perUnit: 4)).write(to: roster)
            try StoreCLI.succeed(["store", "submit", "--db", db, "--unit", unit, "--roster", roster.path])
        }
        let roster = folder.appendingPathComponent("ROSTER.csv").path
        try StoreCLI.succeed(["pull", "--db", db, "--out", roster])
        let venue = SeatPlanBinary.packageRoot.appendingPathComponent("Venues/municipal-hall.yaml").path
        let plan = folder.appendingPathComponent("PLAN.json").path
        try StoreCLI.succeed(["plan", "--venue", venue, "--roster", roster, "--out", plan])

        let passphrase = folder.appendingPathComponent("passphrase.txt").path
        try Data("door test passphrase 2026\n".utf8).write(to: URL(fileURLWithPath: passphrase))
        try StoreCLI.succeed(["keys", "init", "--db", db, "--key-passphrase-file", passphrase])
        try StoreCLI.succeed(["push", "--db", db, "--plan", plan, "--key-passphrase-file", passphrase])
        let verified = try SeatPlanBinary.run(["verify", "--db", db, "--plan-version", "1"])
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
        #expect(verified.stdout.contains("genuine"))

        // The passes, and their codes read back from page 1 as a camera or scanner would.
        let pdf = folder.appendingPathComponent("passes.pdf").path
        try StoreCLI.succeed([
            "render", "--kind", "passes", "--venue", venue, "--plan", plan, "--db", db, "--key-passphrase-file",
            passphrase, "--out", pdf,
        ])
        let image = folder.appendingPathComponent("page").path
        let raster = try ProcessRunner.run(
            try #require(ProcessRunner.which("pdftoppm")), ["-r", "200", "-f", "1", "-l", "1", "-png", pdf, image])
        try #require(raster.status == 0, "pdftoppm: \(raster.stderr)")
        let png = try #require(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).first {
                $0.hasPrefix("page") && $0.hasSuffix(".png")
            })
        let read = try ProcessRunner.run(
            try #require(ProcessRunner.which("zbarimg")), ["--raw", "-q", folder.appendingPathComponent(png).path])
        let codes = read.stdout.split(separator: "\n").map(String.init).filter { $0.hasPrefix("SP1") }
        #expect(codes.count == 4, "page 1 holds four passes: \(read.stdout) \(read.stderr)")
        let code = try #require(codes.first)

        // The door of a served workbench admits it; the command line then says already.
        let server = try await WorkbenchProcess.start(
            arguments: ["--db", db, "--key-passphrase-file", passphrase], directory: folder)
        defer { server.close() }
        let answer = try await server.postJSON(
            "/api/meetings/1/checkins",
            ["code": .string(code), "door": "东门", "scan_id": .string(UUID().uuidString)])
        #expect(answer["state"].string == "admitted", "\(answer)")
        #expect(!(answer["seat_label"].string ?? "").isEmpty)
        let again = try SeatPlanBinary.run(["checkin", "--db", db, "--code", code, "--door", "西门"])
        #expect(again.status == 2, "\(again.stdout)\(again.stderr)")
        #expect(again.stdout.contains("已签到"))
        #expect(!server.log.contains(code), "no code text in the server's output")

        // Someone edits the stored plan: verify says altered.
        let name = try #require(
            try SeatPlan.decode(try Data(contentsOf: URL(fileURLWithPath: plan)), file: "PLAN.json")
                .assignments.first?.name)
        let edited = try ProcessRunner.run(
            try #require(ProcessRunner.which("sqlite3")),
            [db, "UPDATE plan_versions SET plan_json = replace(plan_json, '\(name)', '\(name)甲') WHERE version = 1"])
        try #require(edited.status == 0, "\(edited.stderr)")
        let altered = try SeatPlanBinary.run(["verify", "--db", db, "--plan-version", "1"])
        #expect(altered.status == 1, "\(altered.stdout)\(altered.stderr)")
        #expect(altered.stdout.contains("ALTERED"), "\(altered.stdout)")
    }
}
