import ArgumentParser
import Foundation
import PlanCheck
import PlanningPipeline
import SeatPlanCore

/// `seatplan check`: verify a plan against the venue, roster and rules.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a plan against the venue, roster and rules, independently of the planner.",
        discussion: """
            Recomputes every rule of docs/planning-rules.md from the files and prints each \
            violation with its rule id. Exits 0 only when there is none, 1 when the plan breaks a \
            rule, and with an error message when a file cannot be read.
            """)

    @Option(name: .long, help: ArgumentHelp("The venue file (YAML).", valueName: "VENUE.yaml"))
    var venue: String

    @Option(
        name: .long,
        help: ArgumentHelp("The roster (CSV); without it, the people recorded in the plan.", valueName: "ROSTER.csv"))
    var roster: String?

    @Option(name: .long, help: ArgumentHelp("The rules the plan was made with (YAML).", valueName: "RULES.yaml"))
    var rules: String?

    @Option(name: .long, help: ArgumentHelp("The plan to check.", valueName: "PLAN.json"))
    var plan: String

    func run() async throws {
        let venueFile = try VenueFile.read(contentsOf: URL(fileURLWithPath: venue))
        let rosterFile = try roster.map { path throws -> Roster in
            try RosterCSV.read(contentsOf: URL(fileURLWithPath: path))
        }
        let planningRules =
            try rules.map { path throws -> PlanningRules in try RulesFile.read(contentsOf: URL(fileURLWithPath: path)) }
            ?? PlanningRules()
        let seatPlan = try SeatPlan.decode(try CommandFiles.read(URL(fileURLWithPath: plan)), file: plan)
        let people = rosterFile ?? PlanRoster(plan: seatPlan).roster(source: plan)
        let report = await MeetingPipeline(venue: venueFile, rules: planningRules).check(seatPlan, roster: people)
        for violation in report.violations {
            print(violation.description)
        }
        print(
            "\(plan): \(report.checkedAttendees) attendees checked, \(report.violations.count) violations, "
                + "\(report.unitSplits) unit splits"
        )
        if !report.isValid { throw ExitCode(1) }
    }
}
