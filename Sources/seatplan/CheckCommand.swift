import ArgumentParser
import Foundation
import PlanCheck
import SeatPlanCore

/// `seatplan check`: verify a plan against the venue, roster and rules.
struct CheckCommand: ParsableCommand {
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

    @Option(name: .long, help: ArgumentHelp("The roster (CSV).", valueName: "ROSTER.csv"))
    var roster: String

    @Option(name: .long, help: ArgumentHelp("The rules the plan was made with (YAML).", valueName: "RULES.yaml"))
    var rules: String?

    @Option(name: .long, help: ArgumentHelp("The plan to check.", valueName: "PLAN.json"))
    var plan: String

    func run() throws {
        let inputs = try PlanInputs(venue: venue, roster: roster, rules: rules)
        let planURL = URL(fileURLWithPath: plan)
        let seatPlan = try SeatPlan.decode(try CommandFiles.read(planURL), file: plan)
        let report = PlanChecker(venue: inputs.venue, roster: inputs.roster, rules: inputs.rules).check(seatPlan)
        for violation in report.violations {
            print(violation.description)
        }
        print("\(plan): \(report.checkedAttendees) attendees checked, \(report.violations.count) violations, \(report.unitSplits) unit splits")
        if !report.isValid { throw ExitCode(1) }
    }
}
