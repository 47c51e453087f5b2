import Foundation

/// A unit's roster file, already read, waiting to be stored with others in one group commit
/// (``ExchangeStorage/submitParsedRosters(_:)``).
public struct ParsedRosterUpload: Sendable {
    /// The rows read from the file.
    public var roster: ParsedRoster
    /// The submitting unit's name.
    public var unitName: String
    /// The meeting the roster is for.
    public var meeting: MeetingID
    /// The file's name as uploaded.
    public var fileName: String
    /// The file, byte for byte.
    public var raw: Data
    /// Who uploaded it and from where, for the audit log; `nil` keeps the scope of the writing task.
    public var audit: AuditScope?
    /// The units the uploader may reach (see ``UnitReach``); `nil` for staff.
    public var reach: String?

    /// An upload of `raw` (read as `roster`) by `unitName`, audited under `audit`.
    public init(
        _ roster: ParsedRoster, unitNamed unitName: String, meeting: MeetingID, fileName: String, raw: Data,
        audit: AuditScope? = AuditScope.current, reach: String? = UnitReach.current
    ) {
        self.roster = roster
        self.unitName = unitName
        self.meeting = meeting
        self.fileName = fileName
        self.raw = raw
        self.audit = audit
        self.reach = reach
    }
}
