/// A roster read row by row (see ``RosterCSV/inspect(_:file:)``).
public struct RosterInspection: Sendable, Equatable {
    /// The encoding the file was in.
    public let encoding: TextEncoding
    /// Every data row, in file order.
    public let rows: [RosterRow]

    /// The attendees of the accepted rows.
    public var accepted: [Attendee] { rows.compactMap(\.attendee) }
}

/// One data row of a roster file and what became of it.
public struct RosterRow: Sendable, Equatable {
    /// The 1-based line the row starts on.
    public let line: Int
    /// The roster columns' values as written (trimmed), by column name.
    public let fields: [String: String]
    /// Every field of the row as written (quotes removed; for a workbook, the cells from
    /// column A), e.g. to show the row as the unit wrote it.
    public let cells: [String]
    /// The attendee when the row is accepted.
    public let attendee: Attendee?
    /// Why the row is rejected; empty when accepted.
    public let problems: [InputError]

    /// Whether the row was accepted.
    public var isAccepted: Bool { attendee != nil }
}
