import ExchangeBridge
import Foundation
import SeatPlanCore

/// The door of one meeting: checks each scanned pass (``PassCheck``) against the plan version
/// current when the desk was opened and records every scan in the store (the first admitted
/// scan of a person is their check-in). Open a new desk when a new plan version is pushed.
public struct CheckInDesk: Sendable {
    /// The store scans are recorded in.
    public let store: any ExchangeStorage
    /// The meeting at this door.
    public let meeting: Meeting
    /// The judgement of passes against the current plan.
    public let check: PassCheck

    /// A desk over `check`'s plan, recording into `store`.
    public init(store: any ExchangeStorage, meeting: Meeting, check: PassCheck) {
        self.store = store
        self.meeting = meeting
        self.check = check
    }

    /// A desk for `meeting`'s newest plan version, with the store's office (public) key.
    ///
    /// - Throws: ``ExchangeStoreError/Kind/notFound`` when the store has no office key or the
    ///   meeting no plan version yet.
    public static func open(store: any ExchangeStorage, meeting: Meeting) async throws -> CheckInDesk {
        guard let record = try await store.officeKey() else {
            throw ExchangeStoreError(
                .notFound, store: store.path, "has no office key, so no pass can be verified (run `seatplan keys init`)"
            )
        }
        guard let latest = try await store.latestPlan(meeting: meeting.id) else {
            throw ExchangeStoreError(.notFound, store: store.path, "has no plan version of '\(meeting.name)' yet")
        }
        let check = PassCheck(
            meeting: meeting.id, key: try OfficePublicKey(record), plan: latest.plan, version: latest.info.version)
        return CheckInDesk(store: store, meeting: meeting, check: check)
    }

    /// Checks `text` scanned at `door` and records the scan under `scanID` (sending the same scan
    /// id again records nothing new and answers as the first time did).
    public func scan(_ text: String, door: String, scanID: String) async throws -> CheckInResult {
        let verdict = check.check(text)
        let receipt = try await store.recordScan(
            DoorScan(
                meeting: meeting.id, scanID: scanID, door: door, attendee: verdict.code?.attendee,
                planVersion: verdict.code?.planVersion, seatLabel: verdict.seat?.label,
                verdict: verdict.isAdmitted ? .admitted : .refused,
                reason: verdict.isAdmitted ? nil : verdict.outcome.name, codeSHA256: SHA256.hex(Data(text.utf8))))
        return CheckInResult(verdict: verdict, receipt: receipt)
    }
}

/// What the door shows after a scan.
public struct CheckInResult: Sendable, Equatable {
    /// The three things a door can show.
    public enum State: Sendable, Equatable {
        /// Green: admitted, checked in now.
        case admitted
        /// Red: the pass is good but was checked in before (at that time).
        case alreadyCheckedIn(at: Date)
        /// Red: refused, with the reason's name (`forged`, `superseded`, …).
        case refused(String)
    }

    /// The judgement of the pass.
    public var verdict: PassVerdict
    /// What the store recorded.
    public var receipt: ScanReceipt

    /// Green, or red with why.
    public var state: State {
        guard verdict.isAdmitted else { return .refused(verdict.outcome.name) }
        if receipt.isRepeat, let first = receipt.checkedInAt { return .alreadyCheckedIn(at: first) }
        return .admitted
    }

    /// The line the door staff read.
    public var message: String {
        switch state {
        case .admitted, .refused: return verdict.message
        case .alreadyCheckedIn(let first):
            let formatter = DateFormatter()
            formatter.dateFormat = "HH:mm:ss"
            formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
            return "已签到（\(formatter.string(from: first))），请勿重复使用：" + verdict.message
        }
    }
}
