import ExchangeBridge
import ExchangePostgres
import Foundation
import SeatPlanCore

/// What the demo's intake left in the store: the units, their submissions around the deadline,
/// the reminders and the merged roster pulled for planning.
struct DemoIntake: Sendable {
    let store: any ExchangeStorage
    let meeting: MeetingID
    let units: [String]
    let beforeDeadline: SubmissionOverview
    let reminders: ReminderResult
    let afterReminders: SubmissionOverview
    let pulled: MergedRoster
}

extension DemoRun {
    /// Opens a fresh store at `url` for the meeting `title`; its units upload their lists (the
    /// last ``lateUnits`` after the deadline and a reminder), and the merged roster is pulled.
    static func receiveRosters(_ roster: Roster, meeting title: String, storeAt url: URL) async throws -> DemoIntake {
        let store = try await ExchangeStorageFactory.open(
            url.path, options: ExchangeStoreOptions(actor: "seatplan demo"))
        let meeting = try await store.findOrCreateMeeting(named: title).id
        let units = try await store.saveUnits(of: roster, meeting: meeting)

        // Units upload their lists; the last two miss the deadline.
        for unit in units.dropLast(lateUnits) { try await store.submitPart(of: roster, unit: unit, meeting: meeting) }
        let deadline = Date()
        let before = try await store.submissionOverview(meeting: meeting, deadline: deadline)
        let reminders = try await store.queueReminders(meeting: meeting, deadline: deadline, units: nil)
        for unit in units.suffix(lateUnits) { try await store.submitPart(of: roster, unit: unit, meeting: meeting) }
        let after = try await store.submissionOverview(meeting: meeting, deadline: deadline)
        return DemoIntake(
            store: store, meeting: meeting, units: units, beforeDeadline: before, reminders: reminders,
            afterReminders: after, pulled: try await store.mergedRoster(meeting: meeting))
    }
}
