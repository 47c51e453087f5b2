/// What decides who sits in one discussion group (docs/protocol.md G4.1).
public enum GroupBy: String, Sendable, Codable, CaseIterable {
    /// By unit (delegation), the default: a unit stays together; a unit larger than a group
    /// splits into near-equal sub-groups; small units merge, preferring the same parent or sector.
    case unit
    /// By region: the `region:` tag of each person, handled like units.
    case region
    /// By sector (界别): the `sector:` tag of each person, handled like units.
    case sector
    /// Mixed groups balanced on unit, sector, region, gender and rank, sizes differing by at
    /// most 1 (the maximally diverse grouping problem).
    case mix
}

/// Where non-voting attendees (列席) go (G4.1).
public enum NonvotingPlacement: String, Sendable, Codable, CaseIterable {
    /// With their unit's group, the default.
    case withUnit = "with_unit"
    /// In group(s) of their own.
    case ownGroup = "own_group"
}

/// Who convenes a group when no member is tagged `convener` (G4.3).
public enum ConvenerChoice: String, Sendable, Codable, CaseIterable {
    /// The most senior member who is not a leader of the convening body (leaders visiting a
    /// group take part; its own members convene it).
    case member
    /// The most senior person in the group (lowest precedence number), leaders included: the
    /// default, as protocol §4 and the brief say.
    case seniorMost = "senior_most"
}

/// Who the leaders of the convening body are; they are spread across the groups (G4.2).
public enum LeaderSelection: Sendable, Equatable {
    /// Everyone with role `rostrum`, the default.
    case rostrum
    /// The attendees with these ids.
    case ids([String])
    /// Everyone carrying this tag.
    case tag(String)
}

/// The discussion-group settings of a rules file (docs/protocol.md §4): the top-level keys
/// `group_by`, `groups`, `group_size`, `leaders`, `nonvoting`, `group_staff` and `convener`, plus the
/// shared `keep_together` / `keep_apart` lists, which live in ``PlanningRules``.
public struct GroupingRules: Sendable, Equatable {
    /// The default group sizes of G4.4: 15 to 30 people.
    public static let defaultGroupSize = 15...30

    /// What people are grouped by.
    public var groupBy: GroupBy
    /// The number of groups, when the rules fix it (`groups`).
    public var groupCount: Int?
    /// The smallest and largest group (`group_size`), leaders included, staff not.
    public var groupSize: ClosedRange<Int>
    /// Who the leaders to spread are (`leaders`).
    public var leaders: LeaderSelection
    /// Where non-voting attendees go (`nonvoting`).
    public var nonvoting: NonvotingPlacement
    /// Seats each room keeps for staff beyond the members (`group_staff`, default 2: the
    /// recorder and an attendant).
    public var staffSeats: Int
    /// Who convenes a group without a member tagged `convener` (`convener`).
    public var convener: ConvenerChoice
    /// Where each key was written, for errors found later against the roster.
    public var origin: RuleOrigin

    /// Creates grouping rules; every argument defaults to docs/protocol.md's default.
    public init(
        groupBy: GroupBy = .unit, groupCount: Int? = nil, groupSize: ClosedRange<Int> = GroupingRules.defaultGroupSize,
        leaders: LeaderSelection = .rostrum, nonvoting: NonvotingPlacement = .withUnit, staffSeats: Int = 2,
        convener: ConvenerChoice = .seniorMost, origin: RuleOrigin = RuleOrigin()
    ) {
        self.groupBy = groupBy
        self.groupCount = groupCount
        self.groupSize = groupSize
        self.leaders = leaders
        self.nonvoting = nonvoting
        self.staffSeats = staffSeats
        self.convener = convener
        self.origin = origin
    }
}

/// Where the keys of a rules file were written, so that a problem found later (an id that is
/// not on the roster, sizes that cannot hold everyone) names the file, line and key.
public struct RuleOrigin: Sendable, Equatable {
    /// The rules file, or `nil` when there was none (all defaults).
    public var file: String?
    /// The 1-based line of each top-level key that was given.
    public var lines: [String: Int]

    /// Creates an origin; the default is "no rules file".
    public init(file: String? = nil, lines: [String: Int] = [:]) {
        self.file = file
        self.lines = lines
    }

    /// An error about `key`, located at its line in the rules file (or naming the key as a
    /// default when there was no rules file or the key was not given).
    public func error(_ key: String, _ message: String) -> InputError {
        guard let file else { return InputError(file: "rules (defaults)", field: key, message) }
        return InputError(file: file, line: lines[key], field: key, message)
    }
}
