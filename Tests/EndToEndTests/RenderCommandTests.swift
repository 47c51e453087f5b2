import Foundation
import SeatPlanCore
import TestSupport
import Testing

@Suite("seatplan render", .serialized)
struct RenderCommandTests {
    /// A 350-person plan of the municipal hall and a 416-guest banquet plan, made once.
    static let fixtures: (folder: URL, hallPlan: URL, banquetPlan: URL)? = {
        guard let folder = try? ProcessRunner.temporaryDirectory("seatplan-render") else { return nil }
        let venues = SeatPlanBinary.packageRoot.appendingPathComponent("Venues")
        for (preset, venue, name) in [
            ("municipal-hall", "municipal-hall", "hall"), ("banquet", "banquet-hall", "banquet"),
        ] {
            let roster = folder.appendingPathComponent("\(name).csv").path
            _ = try? SeatPlanBinary.run(["roster", "generate", "--preset", preset, "--out", roster])
            _ = try? SeatPlanBinary.run([
                "plan", "--venue", venues.appendingPathComponent("\(venue).yaml").path, "--roster", roster,
                "--out", folder.appendingPathComponent("\(name).json").path,
            ])
        }
        return (folder, folder.appendingPathComponent("hall.json"), folder.appendingPathComponent("banquet.json"))
    }()

    static let hallVenue = SeatPlanBinary.packageRoot.appendingPathComponent("Venues/municipal-hall.yaml").path
    static let banquetVenue = SeatPlanBinary.packageRoot.appendingPathComponent("Venues/banquet-hall.yaml").path

    static func render(_ kind: String, venue: String = hallVenue, plan: URL? = nil, extra: [String] = []) throws -> (
        ProcessOutput, URL
    ) {
        let fixtures = try #require(Self.fixtures)
        let out = fixtures.folder.appendingPathComponent("\(kind)-\(UUID().uuidString).pdf")
        let output = try SeatPlanBinary.run(
            ["render", "--venue", venue, "--plan", (plan ?? fixtures.hallPlan).path, "--kind", kind, "--out", out.path]
                + extra)
        return (output, out)
    }

    @Test("Every kind renders a PDF", arguments: ["chart", "wall", "cards", "list", "labels"])
    func kinds(kind: String) throws {
        let (output, pdf) = try Self.render(kind)
        #expect(output.status == 0, "stderr: \(output.stderr)")
        #expect(try PDFInspection.summary(ofFile: pdf).pageCount >= 1)
    }

    @Test(
        "The chart names everyone and says which view it shows", arguments: [("audience", "观众视角"), ("stage", "主席台视角")])
    func chart(view: String, label: String) throws {
        let (output, pdf) = try Self.render("chart", extra: ["--view", view])
        #expect(output.status == 0, "stderr: \(output.stderr)")
        let text = try PDFInspection.text(ofFile: pdf, order: .drawn)
        #expect(text.contains(label))
        let plan = try SeatPlan.decode(try Data(contentsOf: try #require(Self.fixtures).hallPlan), file: "hall.json")
        let compact = text.filter { !$0.isWhitespace }
        let missing = plan.assignments.map(\.name).filter { !compact.contains($0.filter { !$0.isWhitespace }) }
        #expect(missing.isEmpty, "not on the chart: \(missing.prefix(5))")
        let summary = try PDFInspection.summary(ofFile: pdf)
        let page = try #require(summary.pageSizes.first)
        #expect(page.isClose(toWidth: 1190.55, height: 841.89), "a 300+ seat hall prints on A3 landscape")
    }

    @Test("Cards: one A4 page per person, the name on both faces")
    func cards() throws {
        let (output, pdf) = try Self.render("cards", extra: ["--font", "kai"])
        #expect(output.status == 0, "stderr: \(output.stderr)")
        #expect(try PDFInspection.summary(ofFile: pdf).pageCount == 350)
    }

    @Test("A tiled wall chart starts with its assembly map on A3 sheets")
    func tiledWall() throws {
        let (output, pdf) = try Self.render("wall", extra: ["--tile", "A3"])
        #expect(output.status == 0, "stderr: \(output.stderr)")
        let summary = try PDFInspection.summary(ofFile: pdf)
        #expect(summary.pageCount > 2)
        #expect(
            summary.pageSizes.allSatisfy {
                $0.isClose(toWidth: 1190.55, height: 841.89) || $0.isClose(toWidth: 841.89, height: 1190.55)
            })
    }

    @Test("The banquet plan and its table lists")
    func banquet() throws {
        let (output, pdf) = try Self.render(
            "banquet", venue: Self.banquetVenue, plan: try #require(Self.fixtures).banquetPlan)
        #expect(output.status == 0, "stderr: \(output.stderr)")
        let text = try PDFInspection.text(ofFile: pdf)
        #expect(text.contains("门"))
        #expect(text.contains("主桌"))
    }

    @Test("A plan made for another venue is refused and no file is left")
    func wrongVenue() throws {
        let (output, pdf) = try Self.render("chart", venue: Self.banquetVenue)
        #expect(output.status != 0)
        #expect(!output.crashed)
        #expect(output.stderr.contains("does not have"))
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
    }

    @Test("An unknown kind and an unwritable path fail clearly")
    func badArguments() throws {
        let (unknown, _) = try Self.render("poster")
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("poster"))
        let fixtures = try #require(Self.fixtures)
        let output = try SeatPlanBinary.run([
            "render", "--venue", Self.hallVenue, "--plan", fixtures.hallPlan.path, "--kind", "list", "--out",
            "/nonexistent/folder/list.pdf",
        ])
        #expect(output.status != 0)
        #expect(output.stderr.contains("/nonexistent/folder/list.pdf"))
    }
}
