import ArgumentParser
import ExchangeBridge
import Foundation
import SeatPlanCore

/// `seatplan pull --db FILE --out ROSTER.csv`.
struct PullCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pull",
        abstract:
            "Write the merged roster from the store: every unit's latest accepted rows, ready for `seatplan plan`.",
        discussion: """
            Units in official order (the store's unit list gives each unit's order), rows in \
            each unit's file order; rejected rows are left out. The file is written atomically.
            """)

    @OptionGroup var location: StoreLocation

    @Option(name: .long, help: ArgumentHelp("Where to write the roster CSV.", valueName: "ROSTER.csv"))
    var out: String

    func run() async throws {
        let (store, meeting) = try await location.openMeeting(as: "pull")
        let merged = try await store.mergedRoster(meeting: meeting.id)
        try CommandFiles.write(RosterCSV.encode(merged.attendees), to: URL(fileURLWithPath: out))
        var line =
            "\(out): \(StoreText.count(merged.attendees.count)) people from \(merged.unitCount) units "
            + "of meeting '\(meeting.name)' (\(merged.rejectedCount) rejected rows left out)"
        if !merged.unitsWithoutRoster.isEmpty {
            line +=
                "; \(merged.unitsWithoutRoster.count) units have not submitted: "
                + merged.unitsWithoutRoster.joined(separator: ", ")
        }
        print(line)
    }
}
