import Foundation

/// A document to store, such as a rendered rostrum chart PDF.
public struct NewDocument: Sendable, Equatable {
    /// What the document is, e.g. ``DocumentKind/rostrumChart``.
    public var kind: DocumentKind
    /// The file name to give it when written out.
    public var fileName: String
    /// The media type; `application/pdf` by default.
    public var mediaType: String
    /// The file's bytes.
    public var content: Data

    /// Creates a document.
    public init(kind: DocumentKind, fileName: String, content: Data, mediaType: String = "application/pdf") {
        self.kind = kind
        self.fileName = fileName
        self.mediaType = mediaType
        self.content = content
    }
}

/// A stored document's description, without its bytes (see ``ExchangeStore/documentContent(_:)``).
public struct DocumentInfo: Sendable, Equatable, Identifiable {
    /// The document's id.
    public var id: DocumentID
    /// The meeting it belongs to.
    public var meetingID: MeetingID
    /// The plan version it was rendered from, if any.
    public var planVersionID: PlanVersionID?
    /// What the document is.
    public var kind: DocumentKind
    /// Its file name.
    public var fileName: String
    /// Its media type.
    public var mediaType: String
    /// Its size in bytes.
    public var byteCount: Int
    /// SHA-256 of its bytes, lowercase hex.
    public var sha256: String
    /// When it was stored.
    public var createdAt: Date

    /// A description as read from a store (for the store backends).
    package init(
        id: DocumentID, meetingID: MeetingID, planVersionID: PlanVersionID? = nil, kind: DocumentKind,
        fileName: String, mediaType: String, byteCount: Int, sha256: String, createdAt: Date
    ) {
        self.id = id
        self.meetingID = meetingID
        self.planVersionID = planVersionID
        self.kind = kind
        self.fileName = fileName
        self.mediaType = mediaType
        self.byteCount = byteCount
        self.sha256 = sha256
        self.createdAt = createdAt
    }
}
