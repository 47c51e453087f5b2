import ArgumentParser
import Foundation
import Render
import SeatPlanCore

extension RenderKind: ExpressibleByArgument {}
extension ChartView: ExpressibleByArgument {}
extension FontFamily: ExpressibleByArgument {}

/// `seatplan render`: print a plan as PDF charts, wall charts, name cards, lists or labels, or
/// discussion groups as group lists.
struct RenderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract:
            "Print a plan (seat chart, wall chart, name cards, seat lists, labels, banquet plan) or group lists (PDF).",
        discussion: """
            Kinds: chart (the seat chart to scale with names), wall (one large sheet, or tiled with \
            --tile A3 across numbered sheets with crop marks and an assembly map), cards (folded \
            tent name cards, 210×140 mm faces on A4), list (by unit, by name, and the sign-in \
            list), labels (seat labels on a label sheet), banquet (table plan and per-table lists), \
            groups (discussion group lists and an overview, from --groups GROUPS.json alone; no \
            --venue or --plan), passes (座位证 four to an A4 sheet, each with a QR code signed by \
            the office key: needs --db with the plan pushed to it and the key's passphrase; \
            cards with --db carry the same code on their backs). The file is written whole or not \
            at all.
            """)

    @Option(
        name: .long,
        help: ArgumentHelp("The venue file the plan was made for (every kind but groups).", valueName: "VENUE.yaml"))
    var venue: String?

    @Option(name: .long, help: ArgumentHelp("The plan (every kind but groups).", valueName: "PLAN.json"))
    var plan: String?

    @Option(
        name: .long, help: ArgumentHelp("The groups from `seatplan groups` (--kind groups).", valueName: "GROUPS.json"))
    var groups: String?

    @Option(name: .long, help: ArgumentHelp("chart, wall, cards, list, labels, banquet or groups.", valueName: "KIND"))
    var kind: RenderKind

    @Option(name: .long, help: ArgumentHelp("A4, A3, A2, A1 or A0 (default: chosen per kind).", valueName: "SIZE"))
    var paper: String?

    @Flag(name: .long, help: "Print landscape.")
    var landscape = false

    @Option(
        name: .long, help: ArgumentHelp("Tile a wall chart across sheets of this size (A3 or A4).", valueName: "SIZE"))
    var tile: String?

    @Option(name: .long, help: ArgumentHelp("audience (观众视角, default) or stage (主席台视角).", valueName: "VIEW"))
    var view: ChartView = .audience

    @Option(name: .long, help: ArgumentHelp("serif (宋体), sans (黑体) or kai (楷体).", valueName: "FONT"))
    var font: FontFamily = .serif

    @Option(
        name: .long, help: ArgumentHelp("Meeting title for the title block (default: the plan's).", valueName: "TEXT"))
    var title: String?

    @Option(name: .long, help: ArgumentHelp("Date for the title block.", valueName: "TEXT"))
    var date: String?

    @Flag(
        name: .customLong("only-changed"),
        help: "cards and labels: only the people a re-plan (seatplan reseat) moved, seated or whose card text changed.")
    var onlyChanged = false

    @Flag(name: .customLong("highlight-changes"), help: "chart and wall: frame the seats a re-plan changed.")
    var highlightChanges = false

    @Option(
        name: .long,
        help: ArgumentHelp("When the groups meet, printed on the group lists (--kind groups).", valueName: "TEXT"))
    var time: String?

    @Option(name: .long, help: ArgumentHelp("Where to write the PDF.", valueName: "FILE.pdf"))
    var out: String

    @OptionGroup var signing: PassSigningOptions

    func validate() throws {
        if kind == .groups {
            if groups == nil {
                throw ValidationError("--kind groups needs --groups GROUPS.json (from `seatplan groups`)")
            }
            if venue != nil || plan != nil {
                throw ValidationError(
                    "--kind groups prints from --groups GROUPS.json alone; leave out --venue and --plan")
            }
        } else {
            if venue == nil || plan == nil {
                let missing = [venue == nil ? "--venue VENUE.yaml" : nil, plan == nil ? "--plan PLAN.json" : nil]
                    .compactMap { $0 }
                throw ValidationError("--kind \(kind.rawValue) needs \(missing.joined(separator: " and "))")
            }
            if groups != nil { throw ValidationError("--groups is for --kind groups") }
            if time != nil { throw ValidationError("--time is for --kind groups") }
        }
        if kind == .passes, signing.db == nil {
            throw ValidationError(
                "--kind passes needs --db STORE: the passes' codes are signed with its office key for the plan "
                    + "version pushed to it")
        }
        if signing.db != nil, kind != .passes, kind != .cards {
            throw ValidationError("--db is for --kind passes or cards (signed codes)")
        }
    }

    func run() async throws {
        let paperSize = try paper.map { name throws -> PaperSize in try PaperSize(named: name) }
        let tileSize = try tile.map { name throws -> PaperSize in try PaperSize(named: name) }
        if tileSize != nil, kind != .wall { throw ValidationError("--tile is for --kind wall") }
        if onlyChanged, kind != .cards, kind != .labels {
            throw ValidationError("--only-changed is for --kind cards or labels")
        }
        if highlightChanges, kind != .chart, kind != .wall {
            throw ValidationError("--highlight-changes is for --kind chart or wall")
        }
        guard let venue, let plan else {
            try renderGroups(paper: paperSize)
            return
        }
        let venueFile = try VenueFile.read(contentsOf: URL(fileURLWithPath: venue))
        var seatPlan = try SeatPlan.decode(try CommandFiles.read(URL(fileURLWithPath: plan)), file: plan)
        if onlyChanged || highlightChanges, seatPlan.changes == nil {
            throw CommandFailure(
                "\(plan): this plan has no \"changes\" (it was not made by seatplan reseat), so nothing is marked as "
                    + "changed"
            )
        }
        if onlyChanged {
            let reprint = Set(seatPlan.changes?.cardsToReprint ?? [])
            seatPlan.assignments = seatPlan.assignments.filter { reprint.contains($0.attendee) }
            guard !seatPlan.assignments.isEmpty else {
                print("\(plan): no card changed, so there is nothing to reprint; \(out) was not written")
                return
            }
        }
        let placed = try PlacedPlan(plan: seatPlan, venue: venueFile, highlightChanges: highlightChanges)
        let options = RenderOptions(
            paper: paperSize, landscape: landscape ? true : nil, tile: tileSize, view: view, font: font,
            title: ChartTitle(
                meeting: title ?? seatPlan.meeting ?? "", venue: venueFile.name, date: date ?? "",
                planVersion: ""))
        let pdf: Data
        if signing.db != nil {
            let signed = try await signing.passCodes(
                for: seatPlan, json: try CommandFiles.read(URL(fileURLWithPath: plan)))
            var signedOptions = options
            signedOptions.title.planVersion = "第\(signed.version)版"
            pdf =
                kind == .passes
                ? try Passes.render(placed, codes: signed.codes, options: signedOptions)
                : try NameCards.render(placed, options: signedOptions, codes: signed.codes)
        } else {
            pdf = try PlanDocuments.render(kind, plan: placed, options: options)
        }
        try CommandFiles.write(pdf, to: URL(fileURLWithPath: out))
        print("\(out): \(kind.rawValue) of \(seatPlan.assignments.count) people, \(pdf.count / 1024) KiB")
    }

    /// `--kind groups`: the group lists from GROUPS.json.
    private func renderGroups(paper paperSize: PaperSize?) throws {
        guard let groups else {
            throw ValidationError("--kind groups needs --groups GROUPS.json (from `seatplan groups`)")
        }
        let groupPlan = try GroupPlan.decode(try CommandFiles.read(URL(fileURLWithPath: groups)), file: groups)
        let options = RenderOptions(
            paper: paperSize, landscape: landscape ? true : nil, view: view, font: font,
            title: ChartTitle(
                meeting: title ?? groupPlan.meeting ?? "", venue: groupPlan.venue ?? "", date: date ?? "",
                planVersion: ""))
        let pdf = try GroupLists.render(groupPlan, options: options, time: time ?? "")
        try CommandFiles.write(pdf, to: URL(fileURLWithPath: out))
        let people = groupPlan.groups.reduce(0) { $0 + $1.members.count }
        print(
            "\(out): groups, \(groupPlan.groups.count) group lists of \(people) people and an overview, "
                + "\(pdf.count / 1024) KiB"
        )
    }
}
