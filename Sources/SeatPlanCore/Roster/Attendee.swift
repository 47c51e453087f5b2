/// What a person does at the meeting; it decides where they may sit.
public enum Role: String, Sendable, Codable, CaseIterable {
    /// Seated on the rostrum (主席台).
    case rostrum
    /// A full (voting) member in the auditorium.
    case member
    /// A non-voting attendee (列席).
    case nonvoting
    /// An invited guest.
    case guest
    /// Meeting staff.
    case staff
    /// Press.
    case press
}

/// A person's gender as recorded in the roster.
public enum Gender: String, Sendable, Codable {
    case female
    case male

    /// Reads the spellings rosters use: 男/女, M/F, male/female (any case).
    public init?(rosterValue: String) {
        switch rosterValue.lowercased() {
        case "男", "m", "male": self = .male
        case "女", "f", "female": self = .female
        default: return nil
        }
    }
}

/// One person on a meeting roster.
public struct Attendee: Sendable, Hashable, Codable, Identifiable {
    /// A stable id, unique within the roster (e.g. "A0123").
    public var id: String
    /// The person's name as printed.
    public var name: String
    /// The unit (单位) the person comes from.
    public var unit: String
    /// The unit's position in the official unit list (1 = first).
    public var unitOrder: Int
    /// The person's rank in the meeting's official order (1 = most senior).
    public var precedence: Int
    /// What the person does at the meeting.
    public var role: Role
    /// Post or title (职务), possibly empty.
    public var title: String
    /// Gender, when given.
    public var gender: Gender?
    /// Free tags such as `accessible` or `convener`.
    public var tags: [String]

    /// Creates an attendee.
    public init(
        id: String, name: String, unit: String, unitOrder: Int, precedence: Int, role: Role,
        title: String = "", gender: Gender? = nil, tags: [String] = []
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

    /// Whether the person carries the given tag.
    public func hasTag(_ tag: RosterTag) -> Bool { tags.contains(tag.rawValue) }
}
