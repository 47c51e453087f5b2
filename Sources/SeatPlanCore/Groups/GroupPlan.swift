/// The discussion groups of a meeting (docs/protocol.md §4): who is in which group, who convenes it,
/// who keeps its record, and which room it meets in.
///
/// Encoded as GROUPS.json (schema `seatplan.groups/1`). The documented fields (`schema`,
/// `groups[].name`, `.room`, `.convener`, `.secretary`, `.members`, and `quality.status`,
/// `.objective`, `.bound`, `.gap`, `.solve_ms`) never change their names; others may be added.
/// Each group also carries its people's names, units and titles, so the group lists print
/// from this file alone.
public struct GroupPlan: Sendable, Equatable, Codable {
    /// The schema tag written into every groups file.
    public static let schemaTag = "seatplan.groups/1"

    /// Always ``schemaTag``.
    public var schema: String = GroupPlan.schemaTag
    /// The meeting's title, when known.
    public var meeting: String?
    /// What the groups were formed by (`unit`, `region`, `sector` or `mix`).
    public var groupBy: GroupBy
    /// The rooms' venue, when rooms were assigned.
    public var venue: String?
    /// The groups in precedence order: the first is the most senior group.
    public var groups: [DiscussionGroup]
    /// People on the roster who are in no group (press, staff who are not a group's secretary),
    /// each with the reason, so that nobody is dropped silently.
    public var notGrouped: [UngroupedAttendee]
    /// How good the grouping is and how it was found.
    public var quality: GroupingQuality
    /// What the planner wants the staff to know (repairs made, small groups).
    public var notes: [String]

    /// Creates a groups plan.
    public init(
        meeting: String? = nil, groupBy: GroupBy, venue: String? = nil, groups: [DiscussionGroup],
        notGrouped: [UngroupedAttendee] = [], quality: GroupingQuality, notes: [String] = []
    ) {
        self.meeting = meeting
        self.groupBy = groupBy
        self.venue = venue
        self.groups = groups
        self.notGrouped = notGrouped
        self.quality = quality
        self.notes = notes
    }

    enum CodingKeys: String, CodingKey {
        case schema, meeting, venue, groups, quality, notes
        case groupBy = "group_by"
        case notGrouped = "not_grouped"
    }
}

/// One discussion group.
public struct DiscussionGroup: Sendable, Equatable, Codable {
    /// The group's name, e.g. "第一组".
    public var name: String
    /// The room it meets in, when rooms were assigned.
    public var room: String?
    /// The room's capacity, when rooms were assigned.
    public var roomCapacity: Int?
    /// The room's floor, when known.
    public var roomFloor: Int?
    /// The convener's id (召集人), one of ``members``.
    public var convener: String
    /// The secretary's (recorder's) id: one of ``members``, or one of ``staff``.
    public var secretary: String
    /// The members' ids in list order: leaders first, then by unit and precedence.
    public var members: [String]
    /// The members' details, in the order of ``members``.
    public var people: [GroupPerson]
    /// Staff assigned to the group (a secretary from the meeting staff), not members.
    public var staff: [GroupPerson]
    /// The ids of the convening body's leaders in this group.
    public var leaders: [String]
    /// The units represented, in official order.
    public var units: [String]

    /// Creates a group.
    public init(
        name: String, room: String? = nil, roomCapacity: Int? = nil, roomFloor: Int? = nil,
        convener: String, secretary: String, people: [GroupPerson], staff: [GroupPerson] = [],
        leaders: [String] = [], units: [String] = []
    ) {
        self.name = name
        self.room = room
        self.roomCapacity = roomCapacity
        self.roomFloor = roomFloor
        self.convener = convener
        self.secretary = secretary
        self.members = people.map(\.id)
        self.people = people
        self.staff = staff
        self.leaders = leaders
        self.units = units
    }

    /// How many members need seats in the room (seats for staff are kept apart by `group_staff`).
    public var size: Int { members.count }

    enum CodingKeys: String, CodingKey {
        case name, room, convener, secretary, members, people, staff, leaders, units
        case roomCapacity = "room_capacity"
        case roomFloor = "room_floor"
    }

    /// Writes every documented key, `room` as `null` when no rooms were assigned.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(room, forKey: .room)
        try container.encodeIfPresent(roomCapacity, forKey: .roomCapacity)
        try container.encodeIfPresent(roomFloor, forKey: .roomFloor)
        try container.encode(convener, forKey: .convener)
        try container.encode(secretary, forKey: .secretary)
        try container.encode(members, forKey: .members)
        try container.encode(people, forKey: .people)
        try container.encode(staff, forKey: .staff)
        try container.encode(leaders, forKey: .leaders)
        try container.encode(units, forKey: .units)
    }
}

/// A person as printed on a group list.
public struct GroupPerson: Sendable, Equatable, Codable {
    /// The roster id.
    public var id: String
    /// The name as in the roster (padding is a matter of printing).
    public var name: String
    /// The unit.
    public var unit: String
    /// The post (职务), possibly empty.
    public var title: String
    /// The role on the roster.
    public var role: Role
    /// The precedence (1 = most senior).
    public var precedence: Int

    /// Creates a person entry.
    public init(id: String, name: String, unit: String, title: String, role: Role, precedence: Int) {
        self.id = id
        self.name = name
        self.unit = unit
        self.title = title
        self.role = role
        self.precedence = precedence
    }

    /// The entry for a roster attendee.
    public init(_ attendee: Attendee) {
        self.init(
            id: attendee.id, name: attendee.name, unit: attendee.unit, title: attendee.title, role: attendee.role,
            precedence: attendee.precedence)
    }
}

/// Someone on the roster who is in no group, and why.
public struct UngroupedAttendee: Sendable, Equatable, Codable {
    /// The roster id.
    public var attendee: String
    /// Why they are not in a group.
    public var reason: String

    /// Creates an entry.
    public init(attendee: String, reason: String) {
        self.attendee = attendee
        self.reason = reason
    }
}

/// How the grouping was found and how good it is.
public struct GroupingQuality: Sendable, Equatable, Codable {
    /// `optimal` (proven), `feasible` (stopped by the time limit or the search), as the solver said.
    public var status: String
    /// The objective value of the grouping (lower is better for unit, region and sector: a
    /// weighted count of merges across parents or sectors and of size imbalance; higher is
    /// better for mix: the within-group diversity).
    public var objective: Double
    /// The best proven bound on the objective, when the solver gave one.
    public var bound: Double?
    /// The relative gap between objective and bound, when there is a bound.
    public var gap: Double?
    /// Wall-clock time of the whole grouping, milliseconds.
    public var solveMilliseconds: Int
    /// What found the groups: `glpk` (the packing integer program) or `mdgp` (diverse grouping).
    public var method: String
    /// How the room assignment program ended, when rooms were assigned.
    public var roomStatus: String?
    /// Iterations of the diverse grouping search (`mix`), when it ran.
    public var iterations: Int?

    /// Creates a quality record.
    public init(
        status: String, objective: Double, bound: Double?, gap: Double?, solveMilliseconds: Int, method: String,
        roomStatus: String? = nil, iterations: Int? = nil
    ) {
        self.status = status
        self.objective = objective
        self.bound = bound
        self.gap = gap
        self.solveMilliseconds = solveMilliseconds
        self.method = method
        self.roomStatus = roomStatus
        self.iterations = iterations
    }

    enum CodingKeys: String, CodingKey {
        case status, objective, bound, gap, method, iterations
        case solveMilliseconds = "solve_ms"
        case roomStatus = "room_status"
    }

    /// Writes every documented key, `bound` and `gap` as `null` when there is no bound.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(status, forKey: .status)
        try container.encode(objective, forKey: .objective)
        try container.encode(bound, forKey: .bound)
        try container.encode(gap, forKey: .gap)
        try container.encode(solveMilliseconds, forKey: .solveMilliseconds)
        try container.encode(method, forKey: .method)
        try container.encodeIfPresent(roomStatus, forKey: .roomStatus)
        try container.encodeIfPresent(iterations, forKey: .iterations)
    }
}
