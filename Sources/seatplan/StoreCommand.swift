import ArgumentParser
import ExchangeBridge
import Foundation

/// `seatplan store`: the exchange store through which units submit rosters.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract:
            "The exchange store (SQLite or PostgreSQL): meetings, units, rosters, plans, documents, notices.",
        discussion: """
            A store holds one meeting (or several, chosen with --meeting). Units submit their \
            rosters into it; `seatplan pull` writes the merged roster for `seatplan plan`, and \
            `seatplan push` stores the plan with its documents and queues seat notices.
            """,
        subcommands: [
            StoreInitCommand.self, StoreAddUnitsCommand.self, StoreSubmitCommand.self, StoreStatusCommand.self,
            StoreRemindCommand.self, StoreVersionsCommand.self, StoreDiffCommand.self, StoreMigrateCommand.self,
        ])
}

/// `seatplan store init --db FILE [--meeting NAME]`.
struct StoreInitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the store (or open it) and its meeting.",
        discussion:
            "Without --meeting, an existing store's only meeting is opened, and a new store gets a meeting named after "
            + "the file."
    )

    @OptionGroup var location: StoreLocation

    func run() async throws {
        let store = try await location.open(as: "store init")
        let existing = try await store.meetings()
        let name =
            location.meeting
            ?? (existing.count == 1
                ? existing[0].name : URL(fileURLWithPath: location.db).deletingPathExtension().lastPathComponent)
        let known = existing.contains { $0.name == name }
        let meeting = try await store.findOrCreateMeeting(named: name)
        let settings = try await store.connectionSettings()
        let units = try await store.units(meeting: meeting.id).count
        print(
            "\(location.db): meeting '\(meeting.name)' \(known ? "opened" : "created") (\(units) units); "
                + "schema \(settings.appliedMigrations.joined(separator: ", ")), journal \(settings.journalMode), "
                + "busy timeout \(settings.busyTimeoutMilliseconds) ms")
    }
}

/// `seatplan store add-units --db FILE --units UNITS.csv`.
struct StoreAddUnitsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add-units",
        abstract: "Add or update the meeting's units from UNITS.csv (unit,unit_order,parent,contact,phone,mobile).")

    @OptionGroup var location: StoreLocation

    @Option(name: .long, help: ArgumentHelp("The unit list (CSV, UTF-8 or GBK/GB18030).", valueName: "UNITS.csv"))
    var units: String

    func run() async throws {
        let data = try CommandFiles.read(URL(fileURLWithPath: units))
        let details = try UnitsCSV.parse(data, file: units)
        let (store, meeting) = try await location.openMeeting(as: "store add-units")
        let result = try await store.saveUnits(details, meeting: meeting.id)
        print(
            "\(units): \(details.count) units for meeting '\(meeting.name)': "
                + "\(result.added) added, \(result.updated) updated, \(result.unchanged) unchanged")
    }
}
