/// One person in one seat: a member of PLAN.json's `assignments`.
///
/// The fields live in ``Fields`` (the documented PLAN.json keys, its `Codable` conformance the
/// one description of the format) and are read and written as members of the assignment
/// (`assignment.name`). Plans hold thousands of assignments: the fields are kept in one shared
/// box (``CopyOnWrite``), so copying an assignment costs one reference count.
@dynamicMemberLookup
public struct SeatAssignment: Sendable, Equatable, Codable {
    /// The fields of an assignment, as PLAN.json spells them.
    public struct Fields: Sendable, Equatable, Codable {
        /// The attendee's roster id.
        public var attendee: String
        /// The attendee's name.
        public var name: String
        /// The attendee's unit.
        public var unit: String
        /// The attendee's precedence (1 = most senior).
        public var precedence: Int
        /// The stable id of the seat.
        public var seat: String
        /// The seat's printable label, e.g. "一楼 3排15号" or "主席台 第1排 3号".
        public var label: String
        /// Rostrum, hall or banquet.
        public var area: SeatArea
        /// Floor number (1 = ground floor); `nil` on the rostrum or at a banquet.
        public var floor: Int?
        /// Row number (1 = front).
        public var row: Int?
        /// The seat number as printed (a string: numbering schemes vary).
        public var number: String
        /// The banquet table, if any.
        public var table: String?
        /// Metres to the audience's right of the stage centre line.
        public var x: Double
        /// Metres away from the stage edge (rostrum seats have y < 0).
        public var y: Double
        /// The attendee's post (职务) as printed on name cards, when the roster gives one.
        public var title: String?
        /// The attendee's role, so that a plan can be re-planned without its roster.
        public var role: Role?
        /// The unit's place in the official unit list.
        public var unitOrder: Int?
        /// The attendee's roster tags (e.g. `accessible`, `host`), when they have any.
        public var tags: [String]?

        /// The PLAN.json keys.
        public enum CodingKeys: String, CodingKey, CaseIterable, Sendable {
            case attendee, name, unit, precedence, seat, label, area, floor, row, number, table, x, y, title, role, tags
            case unitOrder = "unit_order"
        }

        /// Encodes every key: `floor`, `row` and `table` as `null` when absent (outside tools
        /// rely on them being there), the other optionals only when present, `tags` only when
        /// there are some.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
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

    @usableFromInline
    var fields: CopyOnWrite<Fields>

    /// Creates an assignment.
    public init(
        attendee: String, name: String, unit: String, precedence: Int, seat: String, label: String,
        area: SeatArea, floor: Int?, row: Int?, number: String, table: String?, x: Double, y: Double,
        title: String? = nil, role: Role? = nil, unitOrder: Int? = nil, tags: [String]? = nil
    ) {
        self.init(
            Fields(
                attendee: attendee, name: name, unit: unit, precedence: precedence, seat: seat, label: label,
                area: area, floor: floor, row: row, number: number, table: table, x: x, y: y, title: title,
                role: role, unitOrder: unitOrder, tags: tags))
    }

    /// Creates an assignment with these fields.
    public init(_ fields: Fields) {
        self.fields = CopyOnWrite(fields)
    }

    /// A field of the assignment (see ``Fields``).
    @inlinable
    public subscript<Member>(dynamicMember keyPath: WritableKeyPath<Fields, Member>) -> Member {
        get { fields[dynamicMember: keyPath] }
        set { fields[dynamicMember: keyPath] = newValue }
    }

    /// Decodes the documented keys (``Fields``).
    public init(from decoder: any Decoder) throws {
        self.init(try Fields(from: decoder))
    }

    /// Encodes the documented keys (``Fields``).
    public func encode(to encoder: any Encoder) throws {
        try fields.value.encode(to: encoder)
    }
}
