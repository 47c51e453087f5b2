import ExchangeBridge
import Foundation
import OfficeKeys
import SeatPlanCore

/// What the door page shows for a scan: green (`admitted`) with the person and seat, or red
/// (`already`, `refused` with the reason) with the line the door staff read.
struct ScanAnswer: Encodable {
    let state: String
    /// Why it was refused (`forged`, `other-meeting`, `superseded`, `not-seated`, `unreadable`)
    /// or `already`; `nil` when admitted.
    let reason: String?
    let message: String
    /// The person, when the pass is genuine.
    let attendee: String?
    let name: String?
    let unit: String?
    /// The current seat (for a superseded pass: where the person sits now).
    let seatLabel: String?
    /// When the person first checked in (admitted or already).
    let checkedInAt: Date?
    /// The plan version the door judged against.
    let planVersion: Int
    /// The plan version the pass was printed from, when the pass is genuine.
    let passVersion: Int?

    enum CodingKeys: String, CodingKey {
        case state, reason, message, attendee, name, unit
        case seatLabel = "seat_label"
        case checkedInAt = "checked_in_at"
        case planVersion = "plan_version"
        case passVersion = "pass_version"
    }

    init(_ result: CheckInResult, planVersion: Int) {
        let verdict = result.verdict
        switch result.state {
        case .admitted:
            state = "admitted"
            reason = nil
        case .alreadyCheckedIn:
            state = "already"
            reason = "already"
        case .refused(let why):
            state = "refused"
            reason = why
        }
        message = result.message
        let genuine = verdict.outcome != .forged && verdict.outcome != .unreadable
        attendee = genuine ? verdict.code?.attendee : nil
        passVersion = genuine ? verdict.code?.planVersion : nil
        name = verdict.seat?.name
        unit = verdict.seat?.unit
        seatLabel = verdict.seat?.label
        checkedInAt = result.receipt.checkedInAt
        self.planVersion = planVersion
    }
}
