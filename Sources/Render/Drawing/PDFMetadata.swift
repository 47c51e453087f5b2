/// The document information written into a PDF (what a PDF viewer shows as its properties).
public struct PDFMetadata: Sendable, Equatable {
    /// The document title, e.g. "第一次全体会议 主席台座次图".
    public var title: String
    /// The program that made the document; "SeatPlan" unless told otherwise.
    public var creator: String
    /// The office or person responsible, if any.
    public var author: String?
    /// A short subject line, if any.
    public var subject: String?

    /// Creates metadata.
    public init(title: String = "", creator: String = "SeatPlan", author: String? = nil, subject: String? = nil) {
        self.title = title
        self.creator = creator
        self.author = author
        self.subject = subject
    }
}
