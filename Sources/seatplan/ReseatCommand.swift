import ArgumentParser
import Foundation
import Planner
import PlanningPipeline
import Render
import SeatPlanCore

/// `seatplan reseat`: apply late changes to a plan with the fewest moves.
struct ReseatCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reseat",
        abstract: "Re-plan late changes (cancel, add, substitute, block_seat, pin, set_role) with the fewest moves.",
        discussion: """
            Reads CHANGES.yaml (or the same list as JSON), checks every change against the plan \
            and venue, and rejects the whole file if any is wrong. Otherwise writes NEW.json: the \
            new plan plus a "changes" object (moved, seated, unseated, cards_to_reprint, moves), \
            and NEW.roster.csv beside it for `seatplan check`. The old plan is never modified. \
            Policies (rules file): rostrum_absence recompute|remove_and_close, auditorium_absence \
            leave_empty|compact_within_unit, frozen true|false.
            """)

    @Option(name: .long, help: ArgumentHelp("The venue file the plan was made for.", valueName: "VENUE.yaml"))
    var venue: String

    @Option(name: .long, help: ArgumentHelp("The plan to change.", valueName: "PLAN.json"))
    var plan: String

    @Option(name: .long, help: ArgumentHelp("The late changes (YAML or JSON list).", valueName: "CHANGES.yaml"))
    var changes: String

    @Option(
        name: .long,
        help: ArgumentHelp("The rules the plan was made with, with the late-change policies.", valueName: "RULES.yaml"))
    var rules: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The roster behind the plan (optional: tags such as accessible and host).", valueName: "ROSTER.csv"))
    var roster: String?

    @Flag(name: .long, help: "Passes are printed: move nobody across units, and nobody who need not move.")
    var frozen = false

    @Option(name: .long, help: ArgumentHelp("Where to write the new plan.", valueName: "NEW.json"))
    var out: String

    func run() async throws {
        // The two big files are read at once.
        async let venueRead = VenueFile.read(contentsOf: URL(fileURLWithPath: venue))
        let oldPlan = try SeatPlan.decode(try CommandFiles.read(URL(fileURLWithPath: plan)), file: plan)
        let venueFile = try await venueRead
        var planningRules =
            try rules.map { path throws -> PlanningRules in try RulesFile.read(contentsOf: URL(fileURLWithPath: path)) }
            ?? PlanningRules()
        if frozen { planningRules.lateChanges.frozen = true }
        let operations = try ChangesFile.read(contentsOf: URL(fileURLWithPath: changes))
        let rosterFile = try roster.map { path throws -> Roster in
            try RosterCSV.read(contentsOf: URL(fileURLWithPath: path))
        }
        let result: ReseatResult
        do {
            result = try await MeetingPipeline(venue: venueFile, rules: planningRules).reseat(
                oldPlan, changes: operations, roster: rosterFile)
        } catch let error as ChangeSetError {
            throw CommandFailure("\(changes): the changes were rejected:\n\(error.description)")
        }
        let outURL = URL(fileURLWithPath: out)
        let rosterURL = Self.rosterURL(besides: outURL)
        // The roster in a child task; the plan's JSON is written in parallel chunks itself.
        let people = result.roster.attendees
        async let csv = RosterCSV.encode(people)
        let planJSON = try result.plan.jsonData()
        let rosterCSV = await csv
        try CommandFiles.write(rosterCSV, to: rosterURL)
        try CommandFiles.write(planJSON, to: outURL)
        print(ReseatSummary.text(result.plan, output: out, roster: rosterURL.path))
    }

    /// NEW.json → NEW.roster.csv.
    static func rosterURL(besides plan: URL) -> URL {
        plan.deletingPathExtension().appendingPathExtension("roster.csv")
    }
}

/// What `reseat` prints: every move in plain words, then the totals.
enum ReseatSummary {
    static func text(_ plan: SeatPlan, output: String, roster: String) -> String {
        guard let changes = plan.changes else { return "" }
        var lines: [String] = []
        for move in changes.moved {
            lines.append("\(NameTypography.padded(move.name)): \(move.fromLabel) → \(move.toLabel)")
        }
        for entry in changes.seated {
            lines.append("+ \(NameTypography.padded(entry.name)): \(entry.label) (\(entry.reason))")
        }
        for entry in changes.unseated {
            lines.append("- \(NameTypography.padded(entry.name)): \(entry.label) left (\(entry.reason))")
        }
        let proof =
            changes.status == .optimal
            ? "the proven minimum" : "lower bound \(String(format: "%.0f", changes.moveBound))"
        lines += [
            "\(changes.moves) moved (weighted \(String(format: "%.0f", changes.moveCost)), \(proof)), "
                + "\(changes.seated.count) seated, \(changes.unseated.count) unseated, \(changes.cardsToReprint.count) "
                + "cards to reprint",
            "violations \(plan.quality.protocolViolations), unit splits \(plan.quality.unitSplits), "
                + "\(plan.quality.solveMilliseconds) ms",
            "plan \(output), roster \(roster)",
        ]
        for note in plan.notes ?? [] { lines.append("note: \(note)") }
        return lines.joined(separator: "\n")
    }
}
