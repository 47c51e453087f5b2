import ExchangeBridge
import Foundation
import HTTPTypes
import OfficeKeys

/// The workbench's door: scans judged by the meeting's open ``CheckInDesk`` and recorded, with an
/// `attendance` event for every new check-in; and who has arrived.
struct DoorCheckIn {
    let desk: MeetingDesk

    /// Judges and records one scan; 409 when the store has no office key.
    func scan(_ request: ScanRequest, meeting: Meeting) async throws -> ScanAnswer {
        let id = meeting.id.rawValue
        let door = try await desk.doors.desk(meeting: id) { try await open(meeting) }
        let result = try await door.scan(request.code, door: request.door, scanID: request.scanID)
        if result.state == .admitted, !result.receipt.wasRecordedBefore, let attendee = result.verdict.code?.attendee {
            desk.events.publish(
                .attendance(attendee: attendee, door: request.door, at: result.receipt.checkedInAt ?? Date()),
                meeting: id)
        }
        return ScanAnswer(result, planVersion: door.check.version)
    }

    /// The meeting's attendance against its newest plan version (no venue needed).
    func attendance(meeting: Meeting) async throws -> AttendancePayload {
        let stored = try await desk.latestPlan(of: meeting)
        let key = try await desk.store.officeKey()
        let checkIns = try await desk.store.checkIns(meeting: meeting.id)
        return AttendancePayload(
            plan: stored.plan, version: stored.info.version, checkIns: checkIns, officeKey: key?.fingerprint)
    }

    /// A desk for the newest plan version (read through the desk's cache) and the office key.
    private func open(_ meeting: Meeting) async throws -> CheckInDesk {
        guard let record = try await desk.store.officeKey() else {
            throw APIError(.conflict, DoorDesks.noKeyMessage)
        }
        let stored = try await desk.latestPlan(of: meeting)
        let check = PassCheck(
            meeting: meeting.id, key: try OfficePublicKey(record), plan: stored.plan, version: stored.info.version)
        return CheckInDesk(store: desk.store, meeting: meeting, check: check)
    }
}
