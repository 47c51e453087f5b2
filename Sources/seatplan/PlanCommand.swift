import ArgumentParser
import Foundation
import Optimization
import PlanningPipeline
import SeatPlanCore

/// `seatplan plan`: seat a roster in a venue and write PLAN.json.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Seat a roster in a venue by the protocol rules and write the plan as JSON.",
        discussion: """
            The rostrum is planned by §1 with GLPK; the hall by unit (units in order, each in one \
            block, empty seats at row ends where that avoids splitting a unit); banquet tables by \
            §3. Everyone is either seated or listed in "unseated" with the reason. The plan is \
            checked independently (as `seatplan check` does) before it is written.
            """)

    @Option(name: .long, help: ArgumentHelp("The venue file (YAML).", valueName: "VENUE.yaml"))
    var venue: String

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The roster (CSV or .xlsx: id,name,unit,unit_order,precedence,role,title,gender,tags).",
            valueName: "ROSTER.csv"))
    var roster: String

    @Option(
        name: .long,
        help: ArgumentHelp("Protocol and planning settings (YAML); all defaults when omitted.", valueName: "RULES.yaml")
    )
    var rules: String?

    @Option(
        name: .customLong("time-limit"),
        help: ArgumentHelp("Stop the solver after this many seconds and report the gap.", valueName: "SECONDS"))
    var timeLimit: Double?

    @Option(name: .long, help: ArgumentHelp("Where to write the plan.", valueName: "PLAN.json"))
    var out: String

    func validate() throws {
        if let timeLimit, !(timeLimit > 0 && timeLimit <= 86_400) {
            throw ValidationError("--time-limit must be a number of seconds between 0 and 86400, not \(timeLimit)")
        }
    }

    func run() async throws {
        let inputs = try PlanInputs(venue: venue, roster: roster, rules: rules)
        let options = SolveOptions(timeLimit: timeLimit.map { .milliseconds(Int($0 * 1000)) })
        let plan = try await MeetingPipeline(venue: inputs.venue, rules: inputs.rules).plan(
            inputs.roster, options: options
        ).plan
        try CommandFiles.write(try plan.jsonData(), to: URL(fileURLWithPath: out))
        print(PlanSummary.lines(plan, roster: inputs.roster, output: out).joined(separator: "\n"))
    }
}
