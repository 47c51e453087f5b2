import Foundation

/// One scan of a pass at a door, as the check-in desk judged it; the store records every scan
/// (admitted or refused) and makes the first admitted scan of a person their check-in.
public struct DoorScan: Sendable, Equatable {
    /// The desk's verdict.
    public enum Verdict: String, Sendable, Codable {
        /// A genuine, current pass of this meeting.
        case admitted
        /// Refused: forged, altered, another meeting's, superseded, or not seated any more.
        case refused
    }

    /// The meeting the door belongs to.
    public var meeting: MeetingID
    /// The scan's id from the door (a UUID): sending the same scan again records it once.
    public var scanID: String
    /// The door (entrance) that scanned.
    public var door: String
    /// The person the pass names, when the code could be read.
    public var attendee: String?
    /// The plan version the pass was printed from, when the code could be read.
    public var planVersion: Int?
    /// The seat label the person is admitted to (the current one).
    public var seatLabel: String?
    /// The verdict.
    public var verdict: Verdict
    /// Why it was refused (shown at the door); `nil` when admitted.
    public var reason: String?
    /// SHA-256 of the code text, lowercase hex (the code itself is not kept).
    public var codeSHA256: String

    /// A scan with every field given.
    public init(
        meeting: MeetingID, scanID: String, door: String, attendee: String?, planVersion: Int?, seatLabel: String?,
        verdict: Verdict, reason: String?, codeSHA256: String
    ) {
        self.meeting = meeting
        self.scanID = scanID
        self.door = door
        self.attendee = attendee
        self.planVersion = planVersion
        self.seatLabel = seatLabel
        self.verdict = verdict
        self.reason = reason
        self.codeSHA256 = codeSHA256
    }
}

/// What recording a scan did.
public struct ScanReceipt: Sendable, Equatable {
    /// The scan's row id.
    public var id: Int64
    /// When the scan was recorded (the first time, for a scan sent again).
    public var scannedAt: Date
    /// For an admitted scan: when the person first checked in (this scan's time if it was the first).
    public var checkedInAt: Date?
    /// Whether the person had checked in before this scan (a second scan of one pass).
    public var isRepeat: Bool
    /// Whether this scan id had been recorded before (the door sent it again).
    public var wasRecordedBefore: Bool

    /// A receipt with every field given.
    public init(id: Int64, scannedAt: Date, checkedInAt: Date?, isRepeat: Bool, wasRecordedBefore: Bool) {
        self.id = id
        self.scannedAt = scannedAt
        self.checkedInAt = checkedInAt
        self.isRepeat = isRepeat
        self.wasRecordedBefore = wasRecordedBefore
    }
}

/// A person's check-in: their first admitted scan.
public struct CheckIn: Sendable, Equatable, Codable {
    /// The person (the plan's attendee id).
    public var attendee: String
    /// When they were first admitted.
    public var at: Date
    /// At which door.
    public var door: String
    /// The plan version their pass was printed from.
    public var planVersion: Int?

    /// A check-in with every field given.
    public init(attendee: String, at: Date, door: String, planVersion: Int?) {
        self.attendee = attendee
        self.at = at
        self.door = door
        self.planVersion = planVersion
    }
}
