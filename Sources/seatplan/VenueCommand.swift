import ArgumentParser
import Foundation
import Render
import SeatPlanCore

/// `seatplan venue`: check and preview venue files.
struct VenueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "venue",
        abstract: "Check a venue file or draw it as a PDF.",
        subcommands: [VenueCheckCommand.self, VenuePreviewCommand.self])
}

/// `seatplan venue check FILE`.
struct VenueCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a venue file and report its seats per floor and zone.",
        discussion: "Exits 0 when the file is valid; otherwise prints each problem with its line and exits 1.")

    @Argument(help: ArgumentHelp("The venue file (YAML).", valueName: "FILE"))
    var file: String

    func run() throws {
        let venue = try VenueFile.read(contentsOf: URL(fileURLWithPath: file))
        print(VenueReport.text(venue, file: file))
    }
}

/// `seatplan venue preview FILE --out FILE.pdf`.
struct VenuePreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Draw a venue to scale with its seat numbers, zones and tables as a PDF.")

    @Argument(help: ArgumentHelp("The venue file (YAML).", valueName: "FILE"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The PDF to write.", valueName: "FILE.pdf"))
    var out: String

    func run() throws {
        let venue = try VenueFile.read(contentsOf: URL(fileURLWithPath: file))
        let output = URL(fileURLWithPath: out)
        try VenuePreview(venue: venue).write(to: output)
        print("\(venue.name): preview written to \(output.relativePath)")
    }
}

/// The text `venue check` prints.
enum VenueReport {
    static func text(_ venue: Venue, file: String) -> String {
        let summary = VenueSummary(venue)
        var lines = ["\(venue.name) (\(file)): OK"]
        if !summary.rostrumRows.isEmpty {
            let rows = summary.rostrumRows.map(String.init).joined(separator: " + ")
            lines.append(
                "  rostrum  \(summary.rostrumRows.count) rows: \(rows) = \(summary.rostrumRows.reduce(0, +)) seats")
        }
        if !summary.floors.isEmpty {
            let seats = summary.floors.reduce(0) { $0 + $1.seats }
            let available = summary.floors.reduce(0) { $0 + $1.available }
            lines.append("  hall     \(seats) seats, \(available) available")
            for floor in summary.floors {
                let unavailable = floor.seats - floor.available
                lines.append(
                    "    \(floor.name)  \(floor.seats) seats in \(floor.rows) rows, blocks "
                        + "\(floor.blocks.joined(separator: " | "))"
                        + (unavailable > 0 ? ", \(unavailable) unavailable" : ""))
            }
        }
        if !summary.zones.isEmpty {
            lines.append(
                "  zones    " + summary.zones.map { "\($0.name) \($0.available)" }.joined(separator: " · ")
                    + " (available seats)")
        }
        if summary.tables > 0 {
            lines.append(
                "  tables   \(summary.tables) tables, \(summary.tableSeats) seats; main table "
                    + "\(summary.mainTable ?? "")"
            )
        }
        if let smallest = summary.roomCapacities.min(), let largest = summary.roomCapacities.max() {
            lines.append(
                "  rooms    \(summary.roomCapacities.count) rooms holding \(smallest)–\(largest), "
                    + "\(summary.roomCapacities.reduce(0, +)) in all"
            )
        }
        return lines.joined(separator: "\n")
    }
}
