import Foundation

/// Checks roster rows one by one, collecting attendees and every problem found.
struct RosterRowValidator {
    let file: String
    let header: CSVHeader
    /// Whether ids and unit orders are generated where the file has no such column.
    let generatesIDs: Bool
    let generatesUnitOrders: Bool
    private(set) var attendees: [Attendee] = []
    private(set) var errors: [InputError] = []
    private var lineOfID: [String: Int] = [:]
    private var unitOrderOf: [String: (order: Int, line: Int)] = [:]
    /// The last row's unit and its first recorded order and line.
    private var lastUnit: (name: String, first: (order: Int, line: Int))?
    /// How many rows so far had each generated id's unit and name.
    private var generatedCount: [String: Int] = [:]

    init(file: String, header: CSVHeader, ids: RosterIDs = .fromFile) {
        self.file = file
        self.header = header
        generatesIDs = ids == .generatedWhenAbsent && header.positions["id"] == nil
        generatesUnitOrders = ids == .generatedWhenAbsent && header.positions["unit_order"] == nil
    }

    /// Validates one record, appending either an attendee or its errors, and returns the row's
    /// outcome.
    @discardableResult
    mutating func validate(_ record: CSVRecords.Record) -> RosterRow {
        let line = record.line
        let errorsBefore = errors.count
        let attendeesBefore = attendees.count
        check(record)
        var fields: [String: String] = [:]
        for (column, index) in header.positions where index < record.fields.count {
            fields[column] = record.fields[index].trimmingWhitespace
        }
        return RosterRow(
            line: line, fields: fields, cells: record.fields,
            attendee: attendees.count > attendeesBefore ? attendees.last : nil, problems: Array(errors[errorsBefore...])
        )
    }

    private mutating func check(_ record: CSVRecords.Record) {
        let line = record.line
        guard record.fields.count >= header.fieldCountReachingEveryColumn else {
            errors.append(
                InputError(
                    file: file, line: line,
                    "has \(record.fields.count) fields but the header has \(header.fieldCountReachingEveryColumn); a "
                        + "column is missing or a comma is lost"
                ))
            return
        }
        let errorCount = errors.count
        func value(_ column: String) -> String { header.value(column, in: record) }
        func fail(_ column: String, _ message: String) {
            errors.append(InputError(file: file, line: line, field: column, message))
        }

        var id = value("id")
        if !generatesIDs {
            if id.isEmpty { fail("id", "is empty; every attendee needs a unique id") }
            if let first = lineOfID[id], !id.isEmpty {
                fail("id", "'\(id)' is already used on line \(first); ids must be unique")
            }
        }
        let name = value("name")
        if name.isEmpty { fail("name", "is empty") }
        let unit = value("unit")
        if unit.isEmpty { fail("unit", "is empty") }
        if generatesIDs, !name.isEmpty, !unit.isEmpty { id = generatedID(unit: unit, name: name) }
        let unitOrder = generatesUnitOrders ? 1 : Self.positiveInteger(value("unit_order"))
        if unitOrder == nil { fail("unit_order", "'\(value("unit_order"))' is not a whole number ≥ 1") }
        let precedence = Self.positiveInteger(value("precedence"))
        if precedence == nil {
            fail("precedence", "'\(value("precedence"))' is not a whole number ≥ 1 (1 = most senior)")
        }
        let role = Self.role(value("role"))
        if role == nil {
            let allowed = Role.allCases.map(\.rawValue).joined(separator: ", ")
            fail("role", "'\(value("role"))' is not a role; use one of \(allowed)")
        }
        let genderText = value("gender")
        let gender = genderText.isEmpty ? nil : Gender(rosterValue: genderText)
        if !genderText.isEmpty, gender == nil {
            fail("gender", "'\(genderText)' is not 男/女, M/F or male/female; leave it empty if unknown")
        }
        if let unitOrder, !unit.isEmpty {
            // A unit's people usually come together: compare with the last row's unit before
            // hashing the (Chinese) name.
            let known = lastUnit.flatMap { $0.name == unit ? $0.first : nil } ?? unitOrderOf[unit]
            if let known, known.order != unitOrder {
                fail(
                    "unit_order",
                    "unit '\(unit)' has unit_order \(known.order) on line \(known.line) but \(unitOrder) here; a unit "
                        + "has one place in the official list"
                )
            } else if known == nil {
                unitOrderOf[unit] = (unitOrder, line)
            }
            lastUnit = (unit, known ?? (unitOrder, line))
        }
        if !id.isEmpty, lineOfID[id] == nil { lineOfID[id] = line }
        guard errors.count == errorCount, let unitOrder, let precedence, let role else { return }
        let tags = value("tags").split(whereSeparator: { $0 == ";" || $0 == "；" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        attendees.append(
            Attendee(
                id: id, name: name, unit: unit, unitOrder: unitOrder, precedence: precedence, role: role,
                title: value("title"), gender: gender, tags: tags))
    }

    /// `单位/姓名`, then `单位/姓名/2`, `/3`… for the same name again in the unit.
    private mutating func generatedID(unit: String, name: String) -> String {
        let base = unit + "/" + name
        let count = (generatedCount[base] ?? 0) + 1
        generatedCount[base] = count
        return count == 1 ? base : base + "/\(count)"
    }

    /// Reads a whole number ≥ 1, accepting full-width digits (１２) as spreadsheets sometimes write them.
    static func positiveInteger(_ text: String) -> Int? {
        let ascii = String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    (0xFF10...0xFF19).contains(scalar.value)
                        ? Unicode.Scalar(scalar.value - 0xFF10 + 0x30) ?? scalar : scalar
                }))
        guard let number = Int(ascii), number >= 1 else { return nil }
        return number
    }

    /// Reads a role by its English name or its usual Chinese name.
    static func role(_ text: String) -> Role? {
        if let role = Role(rawValue: text.lowercased()) { return role }
        return switch text {
        case "主席台": .rostrum
        case "代表", "委员", "成员", "正式代表": .member
        case "列席", "列席代表": .nonvoting
        case "嘉宾", "来宾", "特邀": .guest
        case "工作人员": .staff
        case "记者", "媒体": .press
        default: nil
        }
    }
}
