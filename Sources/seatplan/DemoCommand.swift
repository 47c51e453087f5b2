import ArgumentParser
import Foundation
import VenueLibrary

/// `seatplan demo`: plans the shipped demo meeting end to end.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Plan the shipped demo meeting end to end and show where every file went.",
        discussion: """
            Creates a fresh exchange store (SQLite) in the output folder, receives the demo \
            roster from its units, plans the rostrum by protocol (cn convention) with GLPK, \
            renders a one-page rostrum chart PDF, and stores the plan and the chart back in the \
            store. An existing demo store in the folder is replaced; nothing else is touched.
            """)

    @Option(name: .long, help: ArgumentHelp("Folder for the demo's files.", valueName: "DIR"))
    var out: String = "demo-out"

    func run() async throws {
        guard let meetingFolder = VenueLibrary.demoMeetingDirectory else {
            throw CommandFailure("the demo meeting is missing from this build (Venues/demo-meeting)")
        }
        let report = try await DemoRun(
            meetingFile: meetingFolder.appendingPathComponent("meeting.yaml"),
            outputFolder: URL(fileURLWithPath: out, isDirectory: true)
        ).run()
        print(report)
    }
}
