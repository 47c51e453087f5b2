import Foundation

/// Identifies a notice (通知) to units in an exchange store.
public struct NoticeID: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The store's row id.
    public let rawValue: Int64
    /// Wraps a row id.
    public init(rawValue: Int64) { self.rawValue = rawValue }
    /// A readable form for messages, e.g. `notice #3`.
    public var description: String { "notice #\(rawValue)" }
}

/// Identifies a notice's attachment.
public struct AttachmentID: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The store's row id.
    public let rawValue: Int64
    /// Wraps a row id.
    public init(rawValue: Int64) { self.rawValue = rawValue }
    /// A readable form for messages, e.g. `attachment #3`.
    public var description: String { "attachment #\(rawValue)" }
}

/// What kind of notice it is.
public enum NoticeCategory: String, Sendable, Codable {
    /// A notice written by staff (meeting notice, agenda, roster call).
    case notice
    /// A plan version's seat notice: each unit reads its own people and seats.
    case seatNotice = "seat-notice"
}

/// Which units a notice goes to.
public enum NoticeAudience: Sendable, Equatable {
    /// Every unit of the meeting.
    case all
    /// A unit and every unit below it (a district's sub-system).
    case subtree(UnitID)
    /// The chosen units.
    case units([UnitID])
}

/// A file sent with a notice (the agenda PDF, say).
public struct NewAttachment: Sendable, Equatable {
    /// The file's name as the unit will download it.
    public var fileName: String
    /// Its media type.
    public var contentType: String
    /// Its bytes.
    public var bytes: Data

    /// Describes an attachment.
    public init(fileName: String, contentType: String, bytes: Data) {
        self.fileName = fileName
        self.contentType = contentType
        self.bytes = bytes
    }
}

/// A notice staff are sending.
public struct NewNotice: Sendable, Equatable {
    /// The title (at most 200 characters).
    public var title: String
    /// The text.
    public var body: String
    /// The roster deadline it sets, if any.
    public var deadline: Date?
    /// Files sent with it.
    public var attachments: [NewAttachment]

    /// Describes a notice.
    public init(title: String, body: String, deadline: Date? = nil, attachments: [NewAttachment] = []) {
        self.title = title
        self.body = body
        self.deadline = deadline
        self.attachments = attachments
    }
}

/// An attachment as stored, without its bytes.
public struct AttachmentInfo: Sendable, Equatable, Codable {
    /// The store's id.
    public var id: AttachmentID
    /// The notice it belongs to.
    public var noticeID: NoticeID
    /// The file's name.
    public var fileName: String
    /// Its media type.
    public var contentType: String
    /// Its size in bytes.
    public var byteCount: Int
    /// SHA-256 of its bytes, lowercase hex.
    public var sha256: String
}

/// A notice as stored, with how many units it went to and how many have read it.
public struct NoticeInfo: Sendable, Equatable, Codable {
    /// The store's id.
    public var id: NoticeID
    /// The meeting it belongs to.
    public var meetingID: MeetingID
    /// Staff's notice or a seat notice.
    public var category: NoticeCategory
    /// The title.
    public var title: String
    /// The text.
    public var body: String
    /// The roster deadline, if any.
    public var deadline: Date?
    /// The plan version of a seat notice.
    public var planVersionID: PlanVersionID?
    /// Who sent it.
    public var createdBy: String
    /// When it was sent.
    public var createdAt: Date
    /// Units it went to.
    public var recipientCount: Int
    /// Units that have opened it.
    public var readCount: Int
    /// Its files.
    public var attachments: [AttachmentInfo]
}

/// A notice in one unit's inbox.
public struct InboxItem: Sendable, Equatable, Codable {
    /// The notice.
    public var notice: NoticeInfo
    /// The unit it was sent to.
    public var unitID: UnitID
    /// That unit's name.
    public var unitName: String
    /// When the unit first opened it.
    public var readAt: Date?
    /// Who opened it first.
    public var readBy: String?
}
