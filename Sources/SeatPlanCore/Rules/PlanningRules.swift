/// How the auditorium is filled (docs/protocol.md A2.2).
public enum FillMethod: String, Sendable, Codable, CaseIterable {
    /// 横排法: left to right across a row (audience view), then the next row back. The default.
    case row
    /// 竖排法: block by block from the left, each block front to back.
    case column
    /// 左右排列法: each row from the centre outwards, alternating sides.
    case centreOut = "centre_out"
}

/// The order units are seated in (A2.1).
public enum UnitOrdering: String, Sendable, Codable, CaseIterable {
    /// The official unit list (`unit_order` in the roster). The default.
    case official
    /// By the pinyin of the unit name.
    case pinyin
    /// By the stroke count of the unit name (笔画).
    case strokes
}

/// What happens when a unit does not fit in the rest of a row (A2.4).
public enum UnitBreak: String, Sendable, Codable, CaseIterable {
    /// The unit continues on the next row. The default.
    case wrap
    /// A unit that fits in a row starts on a new row rather than wrapping.
    case newRow = "new_row"
}

/// Everything the planner and the checker need to know beyond the venue and roster: the
/// protocol settings plus the planning settings of a rules file. Every setting has the
/// default of docs/protocol.md; `PlanningRules()` is "no rules file".
public struct PlanningRules: Sendable, Equatable {
    /// The protocol settings (rostrum, hall precedence, banquet).
    public var protocolRules: ProtocolRules
    /// How the auditorium is filled.
    public var fill: FillMethod
    /// The order of units.
    public var unitOrder: UnitOrdering
    /// Wrap or start a new row.
    public var unitBreak: UnitBreak
    /// Which zones each role may sit in, in order of preference.
    public var roleZones: [Role: [String]]
    /// Groups of attendee ids that must sit next to each other.
    public var keepTogether: [[String]]
    /// Groups of attendee ids no two of whom may sit next to each other.
    public var keepApart: [[String]]
    /// Attendee id → seat id: manual placements that always win (R1.8).
    public var pins: [String: String]
    /// How late changes are re-planned (`seatplan reseat`).
    public var lateChanges: LateChangePolicy
    /// The discussion-group settings (§4), used by `seatplan groups`.
    public var grouping: GroupingRules

    /// The zones each role uses when the rules do not say.
    public static let defaultRoleZones: [Role: [String]] = [
        .member: ["members"], .nonvoting: ["nonvoting"], .guest: ["guests", "leaders"],
        .staff: ["staff"], .press: ["press"],
    ]

    /// Creates rules; every argument defaults to docs/protocol.md's default.
    public init(
        protocolRules: ProtocolRules = ProtocolRules(), fill: FillMethod = .row, unitOrder: UnitOrdering = .official,
        unitBreak: UnitBreak = .wrap, roleZones: [Role: [String]] = PlanningRules.defaultRoleZones,
        keepTogether: [[String]] = [], keepApart: [[String]] = [], pins: [String: String] = [:],
        lateChanges: LateChangePolicy = LateChangePolicy(),
        grouping: GroupingRules = GroupingRules()
    ) {
        self.protocolRules = protocolRules
        self.fill = fill
        self.unitOrder = unitOrder
        self.unitBreak = unitBreak
        self.roleZones = roleZones
        self.keepTogether = keepTogether
        self.keepApart = keepApart
        self.pins = pins
        self.lateChanges = lateChanges
        self.grouping = grouping
    }

    /// The zones `role` may use in `venue`: those the rules name that the venue has, or every
    /// hall seat when the venue defines no zones at all (`nil`).
    public func zones(for role: Role, in venue: Venue) -> [String]? {
        let defined = Set(venue.hall?.zones.map(\.name) ?? [])
        guard !defined.isEmpty else { return nil }
        return (roleZones[role] ?? []).filter { defined.contains($0) }
    }
}
