import ArgumentParser
import ExchangeBridge
import Foundation

/// `seatplan store submit --db FILE --unit UNIT --roster ROSTER.csv`: what the exchange system
/// does when a unit uploads its list.
struct StoreSubmitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: "Store a unit's roster file, then read it row by row (accepted or rejected with reasons).",
        discussion: """
            The file is stored as received before it is read, so nothing is lost. A resubmission \
            supersedes the unit's earlier roster (which stays stored). Rejected rows are listed \
            with their line and reason; the command fails only when the file cannot be read at all.
            """)

    @OptionGroup var location: StoreLocation

    @Option(name: .long, help: ArgumentHelp("The submitting unit, as named in the unit list.", valueName: "UNIT"))
    var unit: String

    @Option(name: .long, help: ArgumentHelp("The roster file the unit uploaded.", valueName: "ROSTER.csv"))
    var roster: String

    func run() async throws {
        let raw = try CommandFiles.read(URL(fileURLWithPath: roster))
        let (store, meeting) = try await location.openMeeting(as: "store submit")
        let fileName = URL(fileURLWithPath: roster).lastPathComponent
        let receipt = try await store.submitRosterCSV(
            unitNamed: unit, meeting: meeting.id, fileName: fileName, raw: raw)
        let submission = try await store.submission(receipt.id)
        let stored = "\(unit): submission \(receipt.version) stored (\(fileName), \(StoreText.count(raw.count)) bytes)"
        guard receipt.status == .parsed else {
            throw CommandFailure("\(stored) but not read: \(submission.failureReason ?? "unreadable")")
        }
        print(
            "\(stored), \(submission.encoding ?? "?"): \(submission.acceptedCount) rows accepted, "
                + "\(submission.rejectedCount) rejected")
        for row in try await store.rows(of: receipt.id) {
            guard let rejection = row.rejection else { continue }
            print("  line \(row.line): rejected: \(rejection.reason)")
        }
    }
}
