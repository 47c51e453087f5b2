import Foundation
import TestSupport
import Testing

@Suite("seatplan venue")
struct VenueCommandTests {
    static let shipped = ["municipal-hall", "great-hall", "banquet-hall", "breakout-rooms", "boardroom"]

    static func venuePath(_ name: String) -> String {
        SeatPlanBinary.packageRoot.appendingPathComponent("Venues/\(name).yaml").path
    }

    @Test("Every shipped venue passes venue check", arguments: shipped)
    func shippedVenuesCheck(name: String) throws {
        let output = try SeatPlanBinary.run(["venue", "check", Self.venuePath(name)])
        #expect(output.status == 0, "stderr: \(output.stderr)")
        #expect(output.stdout.contains(": OK"))
    }

    @Test("venue check reports seats per floor and zone")
    func municipalHallReport() throws {
        let output = try SeatPlanBinary.run(["venue", "check", Self.venuePath("municipal-hall")])
        #expect(output.stdout.contains("rostrum  2 rows: 9 + 11 = 20 seats"))
        #expect(output.stdout.contains("hall     426 seats, 422 available"))
        #expect(output.stdout.contains("一楼  426 seats in 18 rows, blocks 左区 | 中区 | 右区, 4 unavailable"))
        #expect(output.stdout.contains("leaders 24"))
    }

    @Test("A broken venue fails with its file, line and problem")
    func brokenVenue() throws {
        let folder = try ProcessRunner.temporaryDirectory()
        let file = folder.appendingPathComponent("bad.yaml")
        try Data(
            "name: X\nhall:\n  floors:\n    - {floor: 1, rows: [\"1-5: 4|4\"]}\n  zones:\n    - {name: vip, rows: 9}\n"
                .utf8
        ).write(to: file)
        let output = try SeatPlanBinary.run(["venue", "check", file.path])
        #expect(output.status != 0)
        #expect(!output.crashed)
        #expect(output.stderr.contains("bad.yaml:6: field 'vip': names row 9"))
    }

    @Test("A missing venue file is a clear error")
    func missingFile() throws {
        let output = try SeatPlanBinary.run(["venue", "check", "/nonexistent/venue.yaml"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("/nonexistent/venue.yaml: cannot be read"))
    }
}

@Suite("seatplan venue preview")
struct VenuePreviewCommandTests {
    @Test(
        "Each shipped venue previews as a PDF with its seat numbers or tables",
        arguments: [
            ("municipal-hall", 1, ["左区", "中区", "右区", "18排", "观众视角"]),
            ("great-hall", 3, ["一楼", "二楼", "三楼", "中区"]),
            ("banquet-hall", 1, ["主桌", "40号桌", "门"]),
            ("breakout-rooms", 1, ["第十二讨论室", "60"]),
            ("boardroom", 1, ["会议桌", "门"]),
        ])
    func preview(name: String, pages: Int, texts: [String]) throws {
        let folder = try ProcessRunner.temporaryDirectory()
        let pdf = folder.appendingPathComponent("\(name).pdf")
        let output = try SeatPlanBinary.run(["venue", "preview", VenueCommandTests.venuePath(name), "--out", pdf.path])
        #expect(output.status == 0, "stderr: \(output.stderr)")
        #expect(try PDFInspection.summary(ofFile: pdf).pageCount == pages)
        let text = try PDFInspection.text(ofFile: pdf)
        for expected in texts {
            #expect(text.contains(expected), "\(name) preview lacks \(expected)")
        }
    }

    @Test("A broken venue writes no PDF")
    func brokenVenueWritesNothing() throws {
        let folder = try ProcessRunner.temporaryDirectory()
        let venue = folder.appendingPathComponent("bad.yaml")
        try Data("name: X\nrostrum:\n  rows: []\n".utf8).write(to: venue)
        let pdf = folder.appendingPathComponent("out.pdf")
        let output = try SeatPlanBinary.run(["venue", "preview", venue.path, "--out", pdf.path])
        #expect(output.status != 0)
        #expect(output.stderr.contains("bad.yaml:3"))
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
    }
}
