/// A tag from the roster's free `tags` column (`;`-separated): the bare tags the engine acts on
/// are named here (`accessible`, `host`, `convener`, `secretary`); any other text, such as the
/// `sector:…` and `region:…` tags discussion groups read, is a tag too (`RosterTag("sector:教育界")`).
public struct RosterTag: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The tag as written in the roster.
    public let rawValue: String

    /// A tag with the given text.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// A tag with the given text.
    public init(_ text: String) {
        self.init(rawValue: text)
    }

    public var description: String { rawValue }

    /// Needs an accessible seat: sits in the hall zone `accessible` when the venue has one
    /// (docs/planning-rules.md H2, "Reserved seats").
    public static let accessible = RosterTag("accessible")
    /// A host: takes the rostrum's host seat (R1.7, `host_seat`) or a table's host seats (B1).
    public static let host = RosterTag("host")
    /// A discussion group's convener (召集人, docs/protocol.md G4.3).
    public static let convener = RosterTag("convener")
    /// A discussion group's secretary or recorder (G4.3).
    public static let secretary = RosterTag("secretary")
}
