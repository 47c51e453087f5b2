import ArgumentParser
import ExchangeBridge
import Foundation
import OfficeKeys

/// `seatplan checkin --db STORE --code TEXT [--door NAME]`.
struct CheckInCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkin",
        abstract: "Check a pass in at the door: verify its signed code and record the scan.",
        discussion: """
            The code (the text a scanner reads from the pass's QR code) is verified against the \
            office key and the meeting's newest plan version: genuine, this meeting's, and not \
            revoked by a later version (the person still sits where the pass says). Every scan is \
            recorded; the first admitted scan checks the person in, a second one is reported. \
            Exit status 0 when admitted, 2 when already checked in, 1 when refused.
            """)

    @OptionGroup var location: StoreLocation

    @Option(name: .long, help: ArgumentHelp("The pass code as scanned.", valueName: "TEXT"))
    var code: String

    @Option(name: .long, help: ArgumentHelp("The door (entrance) scanning.", valueName: "NAME"))
    var door = "命令行"

    func run() async throws {
        let (store, meeting) = try await location.openMeeting(as: "checkin")
        let desk = try await CheckInDesk.open(store: store, meeting: meeting)
        let result = try await desk.scan(code, door: door, scanID: UUID().uuidString)
        print(result.message)
        switch result.state {
        case .admitted: return
        case .alreadyCheckedIn: throw ExitCode(2)
        case .refused: throw ExitCode(1)
        }
    }
}
