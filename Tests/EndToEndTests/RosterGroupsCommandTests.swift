import Foundation
import SeatPlanCore
import TestSupport
import Testing

@Suite("seatplan groups --roster and render --kind groups", .serialized)
struct RosterGroupsCommandTests {
    static let demo = SeatPlanBinary.packageRoot.appendingPathComponent("Venues/demo-meeting")
    static let rooms = SeatPlanBinary.packageRoot.appendingPathComponent("Venues/breakout-rooms.yaml").path

    static func groups(_ extra: [String], folder: URL) throws -> (ProcessOutput, URL) {
        let out = folder.appendingPathComponent("groups.json")
        return (try SeatPlanBinary.run(["groups", "--out", out.path] + extra), out)
    }

    /// The generated municipal-hall roster with sector and region tags, written into `folder`.
    static func generatedRoster(in folder: URL) throws -> URL {
        let roster = folder.appendingPathComponent("roster.csv")
        let generated = try SeatPlanBinary.run([
            "roster", "generate", "--preset", "municipal-hall", "--group-tags", "--out", roster.path,
        ])
        #expect(generated.status == 0, "stderr: \(generated.stderr)")
        return roster
    }

    @Test("The demo roster forms groups in the breakout rooms, and the lists print")
    func demoGroupsAndLists() throws {
        let folder = try ProcessRunner.temporaryDirectory()
        let (output, out) = try Self.groups(
            [
                "--roster", Self.demo.appendingPathComponent("roster.csv").path,
                "--rules", Self.demo.appendingPathComponent("groups.yaml").path, "--rooms", Self.rooms,
            ],
            folder: folder)
        #expect(output.status == 0, "stderr: \(output.stderr)")
        #expect(output.stdout.contains("optimal (glpk)"))

        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any])
        #expect(json["schema"] as? String == "seatplan.groups/1")
        let quality = try #require(json["quality"] as? [String: Any])
        for key in ["status", "objective", "bound", "gap", "solve_ms"] {
            #expect(quality[key] != nil, "quality.\(key)")
        }
        let groups = try #require(json["groups"] as? [[String: Any]])
        for group in groups {
            for key in ["name", "room", "convener", "secretary", "members"] {
                #expect(group[key] != nil, "groups[].\(key)")
            }
        }
        let plan = try GroupPlan.decode(try Data(contentsOf: out), file: "groups.json")
        let roster = try RosterCSV.read(contentsOf: Self.demo.appendingPathComponent("roster.csv"))
        let grouped = plan.groups.flatMap(\.members)
        #expect(Set(grouped).count == grouped.count)
        #expect(grouped.count + plan.notGrouped.count == roster.attendees.count)
        #expect(plan.groups.allSatisfy { ($0.roomCapacity ?? 0) >= $0.members.count + 2 })
        #expect(plan.groups.allSatisfy { (15...40).contains($0.members.count) })
        #expect(Set(plan.groups.compactMap(\.room)).count == plan.groups.count)

        let pdf = folder.appendingPathComponent("groups.pdf")
        let render = try SeatPlanBinary.run([
            "render", "--kind", "groups", "--groups", out.path, "--title", "全市经济工作会议", "--time", "12月1日 14:30",
            "--out", pdf.path,
        ])
        #expect(render.status == 0, "stderr: \(render.stderr)")
        let text = try PDFInspection.text(ofFile: pdf, order: .drawn)
        #expect(text.contains("分组讨论安排一览表"))
        #expect(text.contains("时间：12月1日 14:30"))
        for group in plan.groups {
            #expect(text.contains(group.name))
            #expect(text.contains(try #require(group.room)))
        }
        #expect(text.contains("召集人"))
        #expect(text.contains("记录"))
        // A two-character name is printed padded with U+3000, which pdftotext reads as a space.
        let twoCharacter = try #require(roster.attendees.first { $0.name.count == 2 && grouped.contains($0.id) })
        let characters = Array(twoCharacter.name)
        #expect(text.contains("\(characters[0]) \(characters[1])"), "\(twoCharacter.name) is not padded")
        #expect(try PDFInspection.summary(ofFile: pdf).pageCount > plan.groups.count)
    }

    @Test("Mixed groups from a generated roster with group tags")
    func mixedGroups() throws {
        let folder = try ProcessRunner.temporaryDirectory()
        let roster = try Self.generatedRoster(in: folder)
        let rules = folder.appendingPathComponent("rules.yaml")
        try Data("group_by: mix\ngroups: 12\nkeep_apart: [[A00001, A00002]]\n".utf8).write(to: rules)
        let (output, out) = try Self.groups(
            ["--roster", roster.path, "--rules", rules.path, "--time-limit", "2"], folder: folder)
        #expect(output.status == 0, "stderr: \(output.stderr)")
        let plan = try GroupPlan.decode(try Data(contentsOf: out), file: "groups.json")
        let sizes = plan.groups.map(\.members.count)
        #expect(plan.groups.count == 12)
        #expect((sizes.max() ?? 0) - (sizes.min() ?? 0) <= 1)
        #expect(plan.groups.allSatisfy { $0.leaders.count <= 2 }, "⌈20/12⌉ = 2")
        #expect(plan.quality.method == "mdgp")
        let owner = Dictionary(
            plan.groups.enumerated().flatMap { g, group in group.members.map { ($0, g) } },
            uniquingKeysWith: { a, _ in a })
        #expect(owner["A00001"] != owner["A00002"])
    }

    @Test("Mixed groups repeat exactly with --iterations")
    func mixedGroupsRepeat() throws {
        let folder = try ProcessRunner.temporaryDirectory()
        let roster = try Self.generatedRoster(in: folder)
        let rules = folder.appendingPathComponent("rules.yaml")
        try Data("group_by: mix\ngroups: 12\n".utf8).write(to: rules)
        var memberships: [[[String]]] = []
        for _ in 0..<2 {
            let (output, out) = try Self.groups(
                [
                    "--roster", roster.path, "--rules", rules.path, "--iterations", "300", "--time-limit", "60",
                    "--seed", "5",
                ], folder: folder)
            #expect(output.status == 0, "stderr: \(output.stderr)")
            let plan = try GroupPlan.decode(try Data(contentsOf: out), file: "groups.json")
            #expect(plan.quality.solveMilliseconds < 60_000)
            memberships.append(plan.groups.map(\.members))
        }
        #expect(memberships[0].count == 12)
        #expect(memberships[0] == memberships[1])
    }

    @Test("Rules that cannot work fail with the file and key, and write nothing")
    func infeasible() throws {
        let folder = try ProcessRunner.temporaryDirectory()
        let rules = folder.appendingPathComponent("rules.yaml")
        try Data("group_by: unit\ngroups: 2\n".utf8).write(to: rules)
        let (output, out) = try Self.groups(
            ["--roster", Self.demo.appendingPathComponent("roster.csv").path, "--rules", rules.path], folder: folder)
        #expect(output.status != 0)
        #expect(!output.crashed)
        #expect(output.stderr.contains("rules.yaml:2: field 'groups': 2 groups of at most 30"))
        #expect(!FileManager.default.fileExists(atPath: out.path))

        let (tooSmall, second) = try Self.groups(
            ["--roster", Self.demo.appendingPathComponent("roster.csv").path, "--rooms", Self.rooms], folder: folder)
        #expect(tooSmall.status != 0)
        #expect(tooSmall.stderr.contains("breakout-rooms.yaml: field 'rooms'"))
        #expect(!FileManager.default.fileExists(atPath: second.path))
    }

    @Test("The demo forms the discussion groups of the shipped meeting too")
    func demo() throws {
        let folder = try ProcessRunner.temporaryDirectory()
        let output = try SeatPlanBinary.run(["demo", "--out", folder.path])
        #expect(output.status == 0, "stderr: \(output.stderr)")
        #expect(output.stdout.contains("discussion groups"))
        let plan = try GroupPlan.decode(
            try Data(contentsOf: folder.appendingPathComponent("groups.json")), file: "groups.json")
        #expect(plan.meeting == "全市经济工作会议")
        #expect(plan.groups.allSatisfy { $0.room != nil })
        let text = try PDFInspection.text(ofFile: folder.appendingPathComponent("groups.pdf"), order: .drawn)
        #expect(text.contains("分组讨论安排一览表"))
    }

    @Test("render checks its options per kind")
    func renderOptions() throws {
        let chart = try SeatPlanBinary.run(["render", "--kind", "chart", "--out", "/tmp/never.pdf"])
        #expect(chart.status != 0)
        #expect(chart.stderr.contains("--kind chart needs --venue VENUE.yaml and --plan PLAN.json"))
        let groups = try SeatPlanBinary.run(["render", "--kind", "groups", "--out", "/tmp/never.pdf"])
        #expect(groups.status != 0)
        #expect(groups.stderr.contains("--kind groups needs --groups GROUPS.json"))
        let mixed = try SeatPlanBinary.run([
            "render", "--kind", "list", "--venue", "v.yaml", "--plan", "p.json", "--time", "9:00", "--out",
            "/tmp/never.pdf",
        ])
        #expect(mixed.status != 0)
        #expect(mixed.stderr.contains("--time is for --kind groups"))
    }
}
