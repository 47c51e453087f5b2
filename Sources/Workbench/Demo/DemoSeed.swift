import ExchangeBridge
import ExchangePostgres
import Foundation
import OfficeKeys
import PlanningPipeline
import SeatPlanCore
import VenueLibrary

/// The shipped demo meeting loaded into a new store, so that a newcomer's first `seatplan serve`
/// shows a real plan at once: its units (a county with its towns below it), their rosters as
/// the units uploaded them (two after a reminder), and plan version 1.
public enum DemoSeed {
    /// Loads the demo meeting into `storePath` when the store has no meeting yet; returns the
    /// meeting's name when it loaded it.
    ///
    /// With `officeKeyPassphraseFile`, the demo gets an office key first (``DemoOfficeKey``): its
    /// plan version is signed, its contact details sealed, and passes can be printed at once.
    @discardableResult
    public static func loadIfEmpty(storePath: String, officeKeyPassphraseFile: URL? = nil) async throws -> String? {
        var options = ExchangeStoreOptions(actor: "seatplan serve (demo)")
        var store = try await ExchangeStorageFactory.open(storePath, options: options)
        guard try await store.meetings().isEmpty else { return nil }
        if let officeKeyPassphraseFile, try await store.officeKey() == nil {
            let key = try await DemoOfficeKey.make(in: store, passphraseFile: officeKeyPassphraseFile)
            options.signer = key.signer
            options.fieldSealer = key.fieldSealer
            store = try await ExchangeStorageFactory.open(storePath, options: options)
        }
        guard let folder = VenueLibrary.demoMeetingDirectory else {
            throw WorkbenchError("the demo meeting is missing from the build")
        }
        let file = try MeetingFile.read(contentsOf: folder.appendingPathComponent("meeting.yaml"))
        let roster = try RosterCSV.read(contentsOf: file.roster)
        let meeting = try await store.findOrCreateMeeting(named: file.title).id
        try await store.saveMeetingSetup(try setup(of: file), meeting: meeting)
        let units = try await store.saveUnits(of: roster, meeting: meeting)
        // The office's unit list: the county with its towns below it, contacts and phones.
        let unitList = folder.appendingPathComponent("units.csv")
        _ = try await store.saveUnits(
            try UnitsCSV.parse(try Data(contentsOf: unitList), file: unitList.path), meeting: meeting)
        let late = 2
        for unit in units.dropLast(late) { try await store.submitPart(of: roster, unit: unit, meeting: meeting) }
        _ = try await store.queueReminders(meeting: meeting, deadline: Date(), units: nil)
        for unit in units.suffix(late) { try await store.submitPart(of: roster, unit: unit, meeting: meeting) }

        let pulled = try await store.mergedRoster(meeting: meeting)
        let venue = try VenueFile.read(contentsOf: file.venue)
        let planned = try await MeetingPipeline(venue: venue).plan(
            Roster(attendees: pulled.attendees, source: "pull", encoding: .utf8), meeting: file.title)
        _ = try await store.push(
            planJSON: try planned.plan.jsonData(), fileName: "plan.json", documents: [], meeting: meeting,
            beforeCommit: nil)
        return file.title
    }

    private static func setup(of file: MeetingFile) throws -> MeetingSetup {
        MeetingSetup(
            venueName: file.venue.deletingPathExtension().lastPathComponent,
            venueYAML: try String(contentsOf: file.venue, encoding: .utf8), date: file.date,
            roomsYAML: try file.rooms.map { try String(contentsOf: $0, encoding: .utf8) },
            groupRulesYAML: try file.groupRules.map { try String(contentsOf: $0, encoding: .utf8) })
    }
}
