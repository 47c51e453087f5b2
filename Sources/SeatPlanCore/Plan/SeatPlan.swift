/// A seat plan: who sits where, who could not be seated and why, and how good the plan is.
///
/// Encoded as PLAN.json (schema `seatplan.plan/1`), which outside tools read: fields may be
/// added, the documented ones never renamed.
public struct SeatPlan: Sendable, Equatable, Codable {
    /// The schema tag written into every plan file.
    public static let schemaTag = "seatplan.plan/1"

    /// Always ``schemaTag``.
    public var schema: String = SeatPlan.schemaTag
    /// The venue's name.
    public var venue: String
    /// The protocol convention used (`cn` or `intl`).
    public var convention: String
    /// The meeting's title, when known.
    public var meeting: String?
    /// Everyone who has a seat.
    public var assignments: [SeatAssignment]
    /// Everyone who has none, each with the reason.
    public var unseated: [UnseatedAttendee]
    /// Solver status and protocol quality of the plan.
    public var quality: PlanQuality
    /// What the planner wants the planner (the person) to know: rules it could not keep, pins used.
    public var notes: [String]?
    /// For a re-planned plan (`seatplan reseat`): what changed and the standing late-change facts.
    public var changes: PlanChanges?

    /// Creates a plan.
    public init(
        venue: String, convention: String, meeting: String? = nil,
        assignments: [SeatAssignment], unseated: [UnseatedAttendee], quality: PlanQuality
    ) {
        self.venue = venue
        self.convention = convention
        self.meeting = meeting
        self.assignments = assignments
        self.unseated = unseated
        self.quality = quality
    }
}

/// Where a seat is.
public enum SeatArea: String, Sendable, Codable, CaseIterable {
    case rostrum, hall, banquet
}

/// One person in one seat.
///
/// A value type stored in one shared box, copied on write: plans hold thousands of
/// assignments, and copying one is then a single reference count rather than one per text field.
public struct SeatAssignment: Sendable, Equatable, Codable {
    /// The stored fields (documented on the properties below).
    struct Fields: Equatable, Codable {
        var attendee: String
        var name: String
        var unit: String
        var precedence: Int
        var seat: String
        var label: String
        var area: SeatArea
        var floor: Int?
        var row: Int?
        var number: String
        var table: String?
        var x: Double
        var y: Double
        var title: String?
        var role: Role?
        var unitOrder: Int?
        var tags: [String]?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case attendee, name, unit, precedence, seat, label, area, floor, row, number, table, x, y, title, role, tags
            case unitOrder = "unit_order"
        }
    }

    /// The box; only ever mutated when this value is its only holder.
    private final class Box: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    /// The box, copied first when another value shares it.
    private mutating func unique() -> Box {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
        return box
    }

    /// The attendee's roster id.
    public var attendee: String {
        get { box.fields.attendee }
        set { unique().fields.attendee = newValue }
    }
    /// The attendee's name.
    public var name: String {
        get { box.fields.name }
        set { unique().fields.name = newValue }
    }
    /// The attendee's unit.
    public var unit: String {
        get { box.fields.unit }
        set { unique().fields.unit = newValue }
    }
    /// The attendee's precedence (1 = most senior).
    public var precedence: Int {
        get { box.fields.precedence }
        set { unique().fields.precedence = newValue }
    }
    /// The stable id of the seat.
    public var seat: String {
        get { box.fields.seat }
        set { unique().fields.seat = newValue }
    }
    /// The seat's printable label, e.g. "一楼 3排15号" or "主席台 第1排 3号".
    public var label: String {
        get { box.fields.label }
        set { unique().fields.label = newValue }
    }
    /// Rostrum, hall or banquet.
    public var area: SeatArea {
        get { box.fields.area }
        set { unique().fields.area = newValue }
    }
    /// Floor number (1 = ground floor); `nil` on the rostrum or at a banquet.
    public var floor: Int? {
        get { box.fields.floor }
        set { unique().fields.floor = newValue }
    }
    /// Row number (1 = front).
    public var row: Int? {
        get { box.fields.row }
        set { unique().fields.row = newValue }
    }
    /// The seat number as printed (a string: numbering schemes vary).
    public var number: String {
        get { box.fields.number }
        set { unique().fields.number = newValue }
    }
    /// The banquet table, if any.
    public var table: String? {
        get { box.fields.table }
        set { unique().fields.table = newValue }
    }
    /// Metres to the audience's right of the stage centre line.
    public var x: Double {
        get { box.fields.x }
        set { unique().fields.x = newValue }
    }
    /// Metres away from the stage edge (rostrum seats have y < 0).
    public var y: Double {
        get { box.fields.y }
        set { unique().fields.y = newValue }
    }
    /// The attendee's post (职务) as printed on name cards, when the roster gives one.
    public var title: String? {
        get { box.fields.title }
        set { unique().fields.title = newValue }
    }
    /// The attendee's role, so that a plan can be re-planned without its roster.
    public var role: Role? {
        get { box.fields.role }
        set { unique().fields.role = newValue }
    }
    /// The unit's place in the official unit list.
    public var unitOrder: Int? {
        get { box.fields.unitOrder }
        set { unique().fields.unitOrder = newValue }
    }
    /// The attendee's roster tags (e.g. `accessible`, `host`), when they have any.
    public var tags: [String]? {
        get { box.fields.tags }
        set { unique().fields.tags = newValue }
    }

    /// Creates an assignment.
    public init(
        attendee: String, name: String, unit: String, precedence: Int, seat: String, label: String,
        area: SeatArea, floor: Int?, row: Int?, number: String, table: String?, x: Double, y: Double,
        title: String? = nil, role: Role? = nil, unitOrder: Int? = nil, tags: [String]? = nil
    ) {
        box = Box(Fields(
            attendee: attendee, name: name, unit: unit, precedence: precedence, seat: seat, label: label, area: area,
            floor: floor, row: row, number: number, table: table, x: x, y: y, title: title, role: role,
            unitOrder: unitOrder, tags: tags))
    }

    /// Equal when every field is.
    public static func == (lhs: SeatAssignment, rhs: SeatAssignment) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    /// Decodes the documented keys.
    public init(from decoder: any Decoder) throws {
        box = Box(try Fields(from: decoder))
    }

    /// Encodes every documented key, writing JSON `null` for absent optionals.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Fields.CodingKeys.self)
        try container.encode(attendee, forKey: .attendee)
        try container.encode(name, forKey: .name)
        try container.encode(unit, forKey: .unit)
        try container.encode(precedence, forKey: .precedence)
        try container.encode(seat, forKey: .seat)
        try container.encode(label, forKey: .label)
        try container.encode(area, forKey: .area)
        try container.encode(floor, forKey: .floor)
        try container.encode(row, forKey: .row)
        try container.encode(number, forKey: .number)
        try container.encode(table, forKey: .table)
        try container.encode(x, forKey: .x)
        try container.encode(y, forKey: .y)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encodeIfPresent(role, forKey: .role)
        try container.encodeIfPresent(unitOrder, forKey: .unitOrder)
        if let tags, !tags.isEmpty { try container.encode(tags, forKey: .tags) }
    }
}

/// Someone the planner could not seat, and why.
public struct UnseatedAttendee: Sendable, Equatable, Codable {
    /// The attendee's roster id.
    public var attendee: String
    /// Why no seat was given, in words a planner can act on.
    public var reason: String

    /// Creates an entry.
    public init(attendee: String, reason: String) {
        self.attendee = attendee
        self.reason = reason
    }
}

/// How good a plan is and how sure the solver is of it.
public struct PlanQuality: Sendable, Equatable, Codable {
    /// Whether the plan is proven optimal, only feasible, or partly infeasible.
    public var status: PlanStatus
    /// The objective value of the plan.
    public var objective: Double
    /// The best proven bound on the objective.
    public var bound: Double
    /// The relative gap between objective and bound (0 when optimal).
    public var gap: Double
    /// Protocol rules broken by the plan (0 for a correct plan).
    public var protocolViolations: Int
    /// Units whose members do not sit in one contiguous block.
    public var unitSplits: Int
    /// Time spent planning, in milliseconds.
    public var solveMilliseconds: Int

    /// Creates a quality record.
    public init(
        status: PlanStatus, objective: Double, bound: Double, gap: Double,
        protocolViolations: Int, unitSplits: Int, solveMilliseconds: Int
    ) {
        self.status = status
        self.objective = objective
        self.bound = bound
        self.gap = gap
        self.protocolViolations = protocolViolations
        self.unitSplits = unitSplits
        self.solveMilliseconds = solveMilliseconds
    }

    enum CodingKeys: String, CodingKey {
        case status, objective, bound, gap
        case protocolViolations = "protocol_violations"
        case unitSplits = "unit_splits"
        case solveMilliseconds = "solve_ms"
    }
}
