import SeatPlanCore

/// The fields of one roster line, as written in the file, named after the roster CSV header
/// `id,name,unit,unit_order,precedence,role,title,gender,tags`. A field is `nil` when the line
/// has no such column.
public struct RosterFields: Sendable, Equatable {
    /// `id`.
    public var id: String?
    /// `name`.
    public var name: String?
    /// `unit`.
    public var unit: String?
    /// `unit_order`, as text (a rejected row may hold a non-number).
    public var unitOrder: String?
    /// `precedence`, as text.
    public var precedence: String?
    /// `role`.
    public var role: String?
    /// `title`.
    public var title: String?
    /// `gender`.
    public var gender: String?
    /// `tags`, `;`-separated.
    public var tags: String?

    /// Creates fields; every one defaults to absent.
    public init(
        id: String? = nil, name: String? = nil, unit: String? = nil, unitOrder: String? = nil,
        precedence: String? = nil, role: String? = nil, title: String? = nil, gender: String? = nil,
        tags: String? = nil
    ) {
        self.id = id
        self.name = name
        self.unit = unit
        self.unitOrder = unitOrder
        self.precedence = precedence
        self.role = role
        self.title = title
        self.gender = gender
        self.tags = tags
    }

    /// The fields an accepted attendee is written with in a roster CSV.
    public init(attendee: Attendee) {
        self.init(
            id: attendee.id, name: attendee.name, unit: attendee.unit, unitOrder: String(attendee.unitOrder),
            precedence: String(attendee.precedence), role: attendee.role.rawValue, title: attendee.title,
            gender: attendee.gender?.rawValue ?? "", tags: attendee.tags.joined(separator: ";"))
    }
}

/// Why a roster line was rejected, in words the submitting unit can act on.
public struct RowRejection: Sendable, Equatable {
    /// The column concerned, when there is one (e.g. `precedence`).
    public var field: String?
    /// What is wrong and, where known, how to fix it.
    public var reason: String

    /// Creates a rejection.
    public init(field: String? = nil, reason: String) {
        self.field = field
        self.reason = reason
    }
}

/// One line of a submitted roster with its verdict: accepted, or rejected with a reason.
public struct SubmittedRow: Sendable, Equatable {
    /// The 1-based line in the file (the line where the record starts).
    public var line: Int
    /// The line's text as read, when available.
    public var rawText: String?
    /// The line's fields.
    public var fields: RosterFields
    /// Why the line was rejected; `nil` when accepted.
    public var rejection: RowRejection?

    /// Whether the line was accepted.
    public var isAccepted: Bool { rejection == nil }

    /// Creates a row.
    public init(line: Int, rawText: String? = nil, fields: RosterFields, rejection: RowRejection? = nil) {
        self.line = line
        self.rawText = rawText
        self.fields = fields
        self.rejection = rejection
    }
}

/// What reading a submitted file produced: the encoding found and a verdict per line.
public struct ParsedRoster: Sendable, Equatable {
    /// The text encoding detected, e.g. `utf-8` or `gb18030`.
    public var encoding: String
    /// Every data line, accepted or rejected.
    public var rows: [SubmittedRow]

    /// Creates a parse result.
    public init(encoding: String, rows: [SubmittedRow]) {
        self.encoding = encoding
        self.rows = rows
    }
}
