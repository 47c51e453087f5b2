import ArgumentParser
import Foundation

/// `seatplan groups`: split people (or the elements of an MDGPLIB instance) into groups.
///
/// Two modes share the command: `--mdgp` solves a Maximally Diverse Grouping instance
/// (`GroupsCommand+MDGP.swift`); `--roster` forms discussion groups from a roster
/// (``runRosterGrouping()``).
struct GroupsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "groups",
        abstract: "Form breakout or discussion groups, or solve an MDGPLIB grouping instance.",
        discussion: """
            --mdgp INSTANCE.txt solves a Maximally Diverse Grouping Problem in the MDGPLIB format \
            (exactly, by branch and bound, up to 12 elements; by iterated tabu search above) and \
            prints the result as JSON: instance, n, groups, objective, bound, proven_optimal, \
            seconds, seed, time_limit, iteration_limit, iterations and the group of each element. With --out the \
            JSON goes to that file (written atomically) and a one-line summary is printed.

            --roster ROSTER.csv forms discussion groups from a roster (with --rules and --rooms).

            The mixed grouping search stops at --time-limit, so its result can differ with the \
            machine's speed; with --iterations N it stops after N iterations instead, and a seed \
            always gives the same groups.
            """)

    @Option(
        name: .long,
        help: ArgumentHelp(
            "An MDGPLIB instance to solve ('n G ss|ds a_1 b_1 …', then 'i j d_ij' lines).", valueName: "INSTANCE.txt"))
    var mdgp: String?

    @Option(name: .long, help: ArgumentHelp("The roster to form groups from (CSV).", valueName: "ROSTER.csv"))
    var roster: String?

    @Option(name: .long, help: ArgumentHelp("Grouping rules (YAML), with --roster.", valueName: "RULES.yaml"))
    var rules: String?

    @Option(
        name: .long, help: ArgumentHelp("The rooms the groups meet in (YAML), with --roster.", valueName: "ROOMS.yaml"))
    var rooms: String?

    @Option(
        name: .customLong("time-limit"),
        help: ArgumentHelp("Stop the search after this many seconds (default 10 for --mdgp).", valueName: "SECONDS"))
    var timeLimit: Double?

    @Option(name: .long, help: ArgumentHelp("Seed of the search's random choices (default 1).", valueName: "N"))
    var seed: UInt64?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Stop the search after this many tabu-search iterations, so that a seed gives the same groups on any "
                + "machine (--time-limit still caps the time).",
            valueName: "N"))
    var iterations: Int?

    @Option(name: .long, help: ArgumentHelp("Where to write the result (JSON).", valueName: "RESULT.json"))
    var out: String?

    func validate() throws {
        switch (mdgp, roster) {
        case (nil, nil): throw ValidationError("give --mdgp INSTANCE.txt or --roster ROSTER.csv")
        case (.some, .some): throw ValidationError("--mdgp and --roster are two different modes; give one of them")
        default: break
        }
        if mdgp != nil, rules != nil || rooms != nil {
            throw ValidationError("--rules and --rooms go with --roster, not with --mdgp")
        }
        if let iterations, !(1...1_000_000_000).contains(iterations) {
            throw ValidationError("--iterations must be a whole number from 1 to 1000000000, not \(iterations)")
        }
        if let timeLimit, !(timeLimit > 0 && timeLimit <= 86_400) {
            throw ValidationError("--time-limit must be a number of seconds between 0 and 86400, not \(timeLimit)")
        }
    }

    func run() throws {
        if let mdgp {
            try runMDGPGrouping(instancePath: mdgp)
        } else {
            try runRosterGrouping()
        }
    }

    // MARK: Roster mode

    /// `groups --roster ROSTER.csv [--rules RULES.yaml] [--rooms ROOMS.yaml] [--time-limit S] --out GROUPS.json`:
    /// discussion groups from a roster.
    func runRosterGrouping() throws {
        guard let roster else { throw CommandFailure("give --roster ROSTER.csv") }
        try formRosterGroups(rosterPath: roster)
    }
}
