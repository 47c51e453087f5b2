import ArgumentParser
import ExchangeBridge
import Foundation
import Render
import SeatPlanCore

/// `seatplan store versions --db FILE`: the meeting's plan versions.
struct StoreVersionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "versions",
        abstract: "List the meeting's plan versions (each `seatplan push` of a new plan adds one).")

    @OptionGroup var location: StoreLocation

    func run() async throws {
        let (store, meeting) = try await location.openMeeting(as: "store versions")
        let versions = try await store.planVersions(meeting: meeting.id)
        guard !versions.isEmpty else {
            print("\(location.db): meeting '\(meeting.name)' has no plan yet")
            return
        }
        for info in versions {
            print(
                "version \(info.version)  \(StoreText.time(info.createdAt))  seated \(info.seatedCount), unseated "
                    + "\(info.unseatedCount), violations \(info.protocolViolations)"
            )
        }
    }
}

/// `seatplan store diff --db FILE --from N --to M`: who moved between two plan versions.
struct StoreDiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show who moved, who was seated and who lost their seat between two plan versions.")

    @OptionGroup var location: StoreLocation

    @Option(name: .long, help: ArgumentHelp("The older version number.", valueName: "N"))
    var from: Int

    @Option(name: .long, help: ArgumentHelp("The newer version number (default: the latest).", valueName: "M"))
    var to: Int?

    func run() async throws {
        let (store, meeting) = try await location.openMeeting(as: "store diff")
        let latest = try await store.planVersions(meeting: meeting.id).last?.version ?? from
        let diff = try await store.planDiff(meeting: meeting.id, from: from, to: to ?? latest)
        for move in diff.moved { print("\(NameTypography.padded(move.name)): \(move.fromLabel) → \(move.toLabel)") }
        for entry in diff.seated { print("+ \(NameTypography.padded(entry.name)): \(entry.label)") }
        for entry in diff.unseated { print("- \(NameTypography.padded(entry.name)): \(entry.label)") }
        print(
            "version \(diff.from) → \(diff.to): \(diff.moved.count) moved, \(diff.seated.count) seated, "
                + "\(diff.unseated.count) unseated"
        )
    }
}
