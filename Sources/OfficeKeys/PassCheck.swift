import ExchangeBridge
import Foundation
import SeatPlanCore

/// The door's judgement of a scanned pass against the meeting's current plan: genuine (the
/// office key signed it), this meeting's, and not revoked by a later plan version (the person is
/// still seated, in the seat the pass names). Checking in twice is the store's to tell
/// (``ExchangeStorage/recordScan(_:)``).
public struct PassCheck: Sendable {
    /// The meeting at this door.
    public let meeting: MeetingID
    /// The current plan's version number.
    public let version: Int
    private let key: OfficePublicKey
    private let seats: [String: SeatAssignment]

    /// A check for `meeting` against `plan`, its current plan version `version`.
    public init(meeting: MeetingID, key: OfficePublicKey, plan: SeatPlan, version: Int) {
        self.meeting = meeting
        self.version = version
        self.key = key
        seats = Dictionary(plan.assignments.map { ($0.attendee, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The verdict on a scanned text.
    public func check(_ scanned: String) -> PassVerdict {
        guard let (code, isSigned) = PassCode.read(scanned, key: key) else {
            return PassVerdict(outcome: .unreadable, code: nil, seat: nil)
        }
        guard isSigned else { return PassVerdict(outcome: .forged, code: code, seat: nil) }
        guard code.meeting == meeting else { return PassVerdict(outcome: .otherMeeting, code: code, seat: nil) }
        guard let seat = seats[code.attendee] else {
            return PassVerdict(outcome: .notSeated(version: version), code: code, seat: nil)
        }
        guard seat.seat == code.seat else { return PassVerdict(outcome: .superseded, code: code, seat: seat) }
        return PassVerdict(outcome: .admitted, code: code, seat: seat)
    }
}

/// What the door shows for a scan.
public struct PassVerdict: Sendable, Equatable {
    /// The judgement.
    public enum Outcome: Sendable, Equatable {
        /// A genuine, current pass of this meeting.
        case admitted
        /// Not a SeatPlan pass code at all.
        case unreadable
        /// The signature does not verify: forged, or altered after printing.
        case forged
        /// A genuine pass of another meeting.
        case otherMeeting
        /// Reprinted: the person now sits elsewhere (the new seat is in ``PassVerdict/seat``).
        case superseded
        /// The person is no longer seated in the current plan version.
        case notSeated(version: Int)

        /// The reason's short name (`forged`, `superseded`, …), as the API and the store give it.
        public var name: String {
            switch self {
            case .admitted: "admitted"
            case .unreadable: "unreadable"
            case .forged: "forged"
            case .otherMeeting: "other-meeting"
            case .superseded: "superseded"
            case .notSeated: "not-seated"
            }
        }
    }

    /// The judgement.
    public var outcome: Outcome
    /// The code as read (`nil` when unreadable).
    public var code: PassCode?
    /// The person's current seat (admitted, or where a superseded pass's holder sits now).
    public var seat: SeatAssignment?

    /// Whether the person may enter.
    public var isAdmitted: Bool { outcome == .admitted }

    /// What the door staff read, in Chinese, with the seat or the reason.
    public var message: String {
        switch outcome {
        case .admitted:
            guard let seat else { return "请入场" }
            return "请入场：\(seat.name)（\(seat.unit)），座位 \(seat.label)"
        case .unreadable: return "无法识别：不是本会议系统的证件码"
        case .forged: return "伪造或被改动的证件：签名不符"
        case .otherMeeting: return "不是本次会议的证件"
        case .superseded:
            return "证件已作废（已重印）" + (seat.map { "，现座位 \($0.label)" } ?? "")
        case .notSeated(let version): return "此人已不在第\(version)版座位安排中（已取消）"
        }
    }
}
