/// An assignment of PLAN.json read member by member (plans hold thousands), accepting what the
/// `Codable` conformance accepts: the same keys, optionals missing or `null`, unknown keys ignored.
extension SeatAssignment {
    private typealias JSONKey = Fields.CodingKeys
    private static let jsonKeys = JSONKeys<JSONKey>()

    /// Reads `assignments[index]`.
    static func read(from parser: inout JSONParser, index: Int, file: String) throws(InputError) -> SeatAssignment {
        var attendee, name, unit, seat, label, number, table, title: String?
        var precedence, floor, row, unitOrder: Int?
        var x, y: Double?
        var area: SeatArea?
        var role: Role?
        var tags: [String]?
        func path(_ key: JSONKey) -> String { "assignments[\(index)].\(key.rawValue)" }
        try parser.members(jsonKeys, orElse: { mismatch("an object", file: file, path: "assignments[\(index)]") }) { parser, key throws(InputError) in
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
        func missing(_ key: JSONKey) -> InputError { InputError(file: file, field: path(key), "is missing") }
        guard let attendee else { throw missing(.attendee) }
        guard let name else { throw missing(.name) }
        guard let unit else { throw missing(.unit) }
        guard let precedence else { throw missing(.precedence) }
        guard let seat else { throw missing(.seat) }
        guard let label else { throw missing(.label) }
        guard let area else { throw missing(.area) }
        guard let number else { throw missing(.number) }
        guard let x else { throw missing(.x) }
        guard let y else { throw missing(.y) }
        return SeatAssignment(
            attendee: attendee, name: name, unit: unit, precedence: precedence, seat: seat, label: label, area: area,
            floor: floor, row: row, number: number, table: table, x: x, y: y, title: title, role: role,
            unitOrder: unitOrder, tags: tags)
    }
}
