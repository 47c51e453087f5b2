import Foundation

/// Where a roster submission stands.
public enum SubmissionStatus: String, Sendable, Equatable, CaseIterable {
    /// The file is stored; its rows are not yet recorded.
    case received
    /// The file was read; its rows are recorded, each accepted or rejected.
    case parsed
    /// The file could not be read at all (e.g. unknown encoding, no header); see the reason.
    case failed
}

/// What the store returns after each step of a submission.
public struct SubmissionReceipt: Sendable, Equatable {
    /// The submission's id.
    public var id: SubmissionID
    /// The submitting unit.
    public var unitID: UnitID
    /// The submission's number among its unit's submissions (1, 2, ...).
    public var version: Int
    /// Where the submission now stands.
    public var status: SubmissionStatus

    /// Every stored property, as given (the memberwise initializer, for the package's backends).
    package init(id: SubmissionID, unitID: UnitID, version: Int, status: SubmissionStatus) {
        self.id = id
        self.unitID = unitID
        self.version = version
        self.status = status
    }
}

/// A stored roster submission, without its raw file (see ``ExchangeStore/rawFile(of:)``).
public struct RosterSubmission: Sendable, Equatable, Identifiable {
    /// The submission's id.
    public var id: SubmissionID
    /// The meeting it was submitted for.
    public var meetingID: MeetingID
    /// The submitting unit.
    public var unitID: UnitID
    /// The submitting unit's name.
    public var unitName: String
    /// Its number among the unit's submissions (1, 2, ...).
    public var version: Int
    /// When the file arrived.
    public var receivedAt: Date
    /// The uploaded file's name.
    public var fileName: String
    /// The file's size in bytes.
    public var byteCount: Int
    /// SHA-256 of the file, lowercase hex.
    public var sha256: String
    /// The text encoding the reader detected (e.g. `utf-8`, `gb18030`), once read.
    public var encoding: String?
    /// Where the submission stands.
    public var status: SubmissionStatus
    /// Why the file could not be read, when ``status`` is `failed`.
    public var failureReason: String?
    /// When the file was read (parsed or failed).
    public var processedAt: Date?
    /// Rows accepted.
    public var acceptedCount: Int
    /// Rows rejected.
    public var rejectedCount: Int
    /// The later submission of the same unit that replaces this one, if any.
    public var supersededBy: SubmissionID?

    /// Whether this is the unit's current roster: read successfully and not superseded.
    public var isCurrent: Bool { status == .parsed && supersededBy == nil }

    /// Every stored property, as given (the memberwise initializer, for the package's backends).
    package init(
        id: SubmissionID, meetingID: MeetingID, unitID: UnitID, unitName: String, version: Int, receivedAt: Date,
        fileName: String, byteCount: Int, sha256: String, encoding: String?, status: SubmissionStatus,
        failureReason: String?, processedAt: Date?, acceptedCount: Int, rejectedCount: Int, supersededBy: SubmissionID?
    ) {
        self.id = id
        self.meetingID = meetingID
        self.unitID = unitID
        self.unitName = unitName
        self.version = version
        self.receivedAt = receivedAt
        self.fileName = fileName
        self.byteCount = byteCount
        self.sha256 = sha256
        self.encoding = encoding
        self.status = status
        self.failureReason = failureReason
        self.processedAt = processedAt
        self.acceptedCount = acceptedCount
        self.rejectedCount = rejectedCount
        self.supersededBy = supersededBy
    }
}
