/// The one fast path of PLAN.json: assignments (nearly all of a plan's bytes) read and written
/// member by member, without `JSONDecoder`/`JSONEncoder`'s intermediate trees. It pays on every
/// re-plan of a 5,300-seat plan (see README, Benchmarks).
///
/// It follows ``SeatAssignment/Fields``, which stays the one description of the format: both
/// directions switch over its `CodingKeys` (a new key does not compile until both handle it),
/// and tests hold the bytes written to `JSONEncoder`'s and the values read to `JSONDecoder`'s.
extension SeatAssignment {
    private typealias Key = Fields.CodingKeys

    /// The keys in the order they are written: sorted, as `JSONEncoder` sorts them.
    private static let keysInWritingOrder = Key.allCases.sorted { $0.rawValue < $1.rawValue }
    private static let keyTable = JSONKeys<Key>()

    /// Writes the assignment as `JSONEncoder` (pretty-printed, keys sorted) encodes ``Fields``.
    func writeJSON(to json: inout JSONText) {
        let fields = self.fields.value
        json.beginObject()
        for key in Self.keysInWritingOrder {
            switch key {
            case .attendee: json.member(key.rawValue, fields.attendee)
            case .name: json.member(key.rawValue, fields.name)
            case .unit: json.member(key.rawValue, fields.unit)
            case .precedence: json.member(key.rawValue, fields.precedence)
            case .seat: json.member(key.rawValue, fields.seat)
            case .label: json.member(key.rawValue, fields.label)
            case .area: json.member(key.rawValue, fields.area.rawValue)
            case .floor: json.member(key.rawValue, orNull: fields.floor)
            case .row: json.member(key.rawValue, orNull: fields.row)
            case .number: json.member(key.rawValue, fields.number)
            case .table: json.member(key.rawValue, orNull: fields.table)
            case .x: json.member(key.rawValue, fields.x)
            case .y: json.member(key.rawValue, fields.y)
            case .title: if let title = fields.title { json.member(key.rawValue, title) }
            case .role: if let role = fields.role { json.member(key.rawValue, role.rawValue) }
            case .unitOrder: if let unitOrder = fields.unitOrder { json.member(key.rawValue, unitOrder) }
            case .tags: if let tags = fields.tags, !tags.isEmpty { json.member(key.rawValue, tags) }
            }
        }
        json.endObject()
    }

    /// Reads `assignments[index]`, accepting what `JSONDecoder` accepts for ``Fields``: the same
    /// keys, optionals missing or `null`, unknown keys ignored, the first of a repeated key.
    static func read(from parser: inout JSONParser, index: Int, file: String) throws(InputError) -> SeatAssignment {
        var attendee: String?
        var name: String?
        var unit: String?
        var seat: String?
        var label: String?
        var number: String?
        var table: String?
        var title: String?
        var precedence: Int?
        var floor: Int?
        var row: Int?
        var unitOrder: Int?
        var x: Double?
        var y: Double?
        var area: SeatArea?
        var role: Role?
        var tags: [String]?
        func path(_ key: Key) -> String { "assignments[\(index)].\(key.rawValue)" }
        let notAnObject = { mismatch("an object", file: file, path: "assignments[\(index)]") }
        try parser.members(keyTable, orElse: notAnObject) { parser, key throws(InputError) in
            guard let key else { return try parser.skipValue() }
            switch key {
            case .attendee: attendee = try parser.optionalString(file: file, path: path(key))
            case .name: name = try parser.optionalString(file: file, path: path(key))
            case .unit: unit = try parser.optionalString(file: file, path: path(key))
            case .precedence: precedence = try parser.optionalInteger(file: file, path: path(key))
            case .seat: seat = try parser.optionalString(file: file, path: path(key))
            case .label: label = try parser.optionalString(file: file, path: path(key))
            case .area: area = try parser.optionalChoice(SeatArea.self, file: file, path: path(key))
            case .floor: floor = try parser.optionalInteger(file: file, path: path(key))
            case .row: row = try parser.optionalInteger(file: file, path: path(key))
            case .number: number = try parser.optionalString(file: file, path: path(key))
            case .table: table = try parser.optionalString(file: file, path: path(key))
            case .x: x = try parser.optionalDouble(file: file, path: path(key))
            case .y: y = try parser.optionalDouble(file: file, path: path(key))
            case .title: title = try parser.optionalString(file: file, path: path(key))
            case .role: role = try parser.optionalChoice(Role.self, file: file, path: path(key))
            case .unitOrder: unitOrder = try parser.optionalInteger(file: file, path: path(key))
            case .tags: tags = try parser.optionalStrings(file: file, path: path(key))
            }
        }
        func required<Value>(_ value: Value?, _ key: Key) throws(InputError) -> Value {
            guard let value else { throw InputError(file: file, field: path(key), "is missing") }
            return value
        }
        return SeatAssignment(
            Fields(
                attendee: try required(attendee, .attendee), name: try required(name, .name),
                unit: try required(unit, .unit), precedence: try required(precedence, .precedence),
                seat: try required(seat, .seat), label: try required(label, .label), area: try required(area, .area),
                floor: floor, row: row, number: try required(number, .number), table: table,
                x: try required(x, .x), y: try required(y, .y), title: title, role: role, unitOrder: unitOrder,
                tags: tags))
    }
}
