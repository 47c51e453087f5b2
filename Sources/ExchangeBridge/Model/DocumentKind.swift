/// What a stored document is, such as a rendered rostrum chart or the name cards.
///
/// A kind is stored, and encoded as JSON, as its ``rawValue`` text exactly (`documents.kind`,
/// through the standard `Codable` of string-backed raw values); the constants name
/// the kinds SeatPlan itself writes, and any other non-empty text is a kind too: `seatplan
/// push` takes a document's kind from its file name (`chart.pdf` → `chart`).
public struct DocumentKind: RawRepresentable, Hashable, Sendable, Codable, Comparable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    /// The kind as stored, e.g. `rostrum-chart`.
    public let rawValue: String

    /// The kind written `rawValue`.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The kind written as the literal, e.g. `let kind: DocumentKind = "badges"`.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }

    /// Orders kinds by their text.
    public static func < (lhs: DocumentKind, rhs: DocumentKind) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// The kind as stored.
    public var description: String { rawValue }
}

extension DocumentKind {
    /// The rostrum chart (主席台座次图): `rostrum-chart`.
    public static let rostrumChart: DocumentKind = "rostrum-chart"
    /// The seat chart of the hall: `chart`.
    public static let chart: DocumentKind = "chart"
    /// The name cards (桌签): `cards`.
    public static let cards: DocumentKind = "cards"
    /// The name cards, as some offices call the file: `name-cards`.
    public static let nameCards: DocumentKind = "name-cards"
    /// The seat lists by unit: `list`.
    public static let list: DocumentKind = "list"
    /// The seat list of the whole meeting: `seat-list`.
    public static let seatList: DocumentKind = "seat-list"
    /// A unit's seat notice as a document: `seat-notice`.
    public static let seatNotice: DocumentKind = "seat-notice"
}
