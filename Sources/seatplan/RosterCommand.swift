import ArgumentParser
import Foundation
import RosterGenerator
import SeatPlanCore

/// `seatplan roster`: work with roster files.
struct RosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "Check a roster file or generate a realistic test roster.",
        subcommands: [RosterCheckCommand.self, RosterGenerateCommand.self])
}

/// `seatplan roster check FILE`.
struct RosterCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Validate a roster (CSV or .xlsx) and count its people by role and unit.")

    @Argument(
        help: ArgumentHelp(
            "The roster: CSV (UTF-8 or GBK/GB18030) or an .xlsx workbook (first sheet); English or Chinese headings.",
            valueName: "FILE"))
    var file: String

    func run() throws {
        let roster = try RosterCSV.read(contentsOf: URL(fileURLWithPath: file))
        let roles = Role.allCases.compactMap { role -> String? in
            let count = roster.attendees(withRole: role).count
            return count > 0 ? "\(role.rawValue) \(count)" : nil
        }
        print(
            "\(file): OK, \(roster.attendees.count) people from \(roster.unitsInOfficialOrder.count) units "
                + "(\(roster.encoding.rawValue)): \(roles.joined(separator: ", "))"
        )
    }
}

/// `seatplan roster generate`.
struct RosterGenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a realistic, deterministic test roster (the benchmark scenarios).",
        discussion: "The same preset and seed always give the same file.")

    @Option(
        name: .long,
        help: ArgumentHelp(
            "One of: \(RosterSpecification.presets.map(\.name).joined(separator: ", ")).", valueName: "NAME"))
    var preset: String

    @Option(name: .long, help: "Seed for the random draws (default: the preset's).")
    var seed: UInt64?

    @Flag(
        name: .customLong("group-tags"),
        help:
            "Tag every unit with a sector and a region, and rostrum people with a native place (for `seatplan groups`)."
    )
    var groupTags = false

    @Option(name: .long, help: ArgumentHelp("Where to write the CSV.", valueName: "FILE.csv"))
    var out: String

    func run() throws {
        guard var specification = RosterSpecification.presets.first(where: { $0.name == preset })?.specification else {
            throw ValidationError(
                "unknown preset '\(preset)'; use one of "
                    + "\(RosterSpecification.presets.map(\.name).joined(separator: ", "))"
            )
        }
        if let seed { specification = specification.withSeed(seed) }
        let csv =
            groupTags
            ? RosterCSV.encode(
                GroupTags.tagged(RosterGenerator.generate(specification), seed: specification.seed).attendees)
            : RosterGenerator.csv(specification)
        try CommandFiles.write(csv, to: URL(fileURLWithPath: out))
        print(
            "\(out): \(specification.totalCount) people from \(specification.unitCount) units (preset \(preset), seed "
                + "\(specification.seed))"
        )
    }
}
