/// Identifies a meeting in an exchange store.
public struct MeetingID: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The store's row id.
    public let rawValue: Int64
    /// Wraps a row id.
    public init(rawValue: Int64) { self.rawValue = rawValue }
    /// A readable form for messages, e.g. `meeting #3`.
    public var description: String { "meeting #\(rawValue)" }
}

/// Identifies a unit (单位) of one meeting in an exchange store.
public struct UnitID: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The store's row id.
    public let rawValue: Int64
    /// Wraps a row id.
    public init(rawValue: Int64) { self.rawValue = rawValue }
    /// A readable form for messages, e.g. `unit #3`.
    public var description: String { "unit #\(rawValue)" }
}

/// Identifies one roster submission (one uploaded file) in an exchange store.
public struct SubmissionID: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The store's row id.
    public let rawValue: Int64
    /// Wraps a row id.
    public init(rawValue: Int64) { self.rawValue = rawValue }
    /// A readable form for messages, e.g. `submission #3`.
    public var description: String { "submission #\(rawValue)" }
}

/// Identifies one stored plan version in an exchange store.
public struct PlanVersionID: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The store's row id.
    public let rawValue: Int64
    /// Wraps a row id.
    public init(rawValue: Int64) { self.rawValue = rawValue }
    /// A readable form for messages, e.g. `plan version #3`.
    public var description: String { "plan version #\(rawValue)" }
}

/// Identifies one stored document (e.g. a rendered PDF) in an exchange store.
public struct DocumentID: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The store's row id.
    public let rawValue: Int64
    /// Wraps a row id.
    public init(rawValue: Int64) { self.rawValue = rawValue }
    /// A readable form for messages, e.g. `document #3`.
    public var description: String { "document #\(rawValue)" }
}
