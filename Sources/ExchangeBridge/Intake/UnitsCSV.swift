import Foundation
import SeatPlanCore

/// Reads the office's unit list for `seatplan store add-units`:
/// `unit,unit_order,parent,contact,phone,mobile` (UTF-8 or GB 18030, quoted fields allowed).
///
/// `unit` and `unit_order` are required columns; `parent`, `contact`, `phone` and `mobile` may
/// be missing or empty; a parent must be listed in the same file or stored before. Columns may come in any order and extra columns are ignored. Every line
/// is checked and every problem is reported with its file, line and column; if any line is
/// wrong, no unit is returned.
public enum UnitsCSV {
    /// The columns, in the order the documentation writes them.
    public static let columns = ["unit", "unit_order", "parent", "contact", "phone", "mobile"]
    /// The columns a file must have.
    public static let requiredColumns = ["unit", "unit_order"]

    /// Parses the bytes of a UNITS.csv called `file` (for messages).
    public static func parse(_ data: Data, file: String) throws(InputErrors) -> [UnitDetails] {
        guard let (text, _) = TextDecoding.decode(data) else {
            throw InputErrors([InputError(file: file, "is neither UTF-8 nor GB18030/GBK text; save it as CSV (UTF-8)")])
        }
        let records: [CSVRecords.Record]
        do {
            records = try CSVRecords.parse(text)
        } catch {
            throw InputErrors([InputError(file: file, line: error.line, "a quoted field is never closed; add the missing '\"'")])
        }
        guard let header = records.first else {
            throw InputErrors([InputError(file: file, "is empty; expected the header \(columns.joined(separator: ","))")])
        }
        let positions = try columnPositions(header, file: file)
        var units: [UnitDetails] = []
        var errors: [InputError] = []
        var lineOfName: [String: Int] = [:]
        for record in records.dropFirst() {
            func value(_ column: String) -> String {
                guard let index = positions[column], index < record.fields.count else { return "" }
                return record.fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
            }
            func fail(_ column: String, _ message: String) {
                errors.append(InputError(file: file, line: record.line, field: column, message))
            }
            let name = value("unit")
            let orderText = value("unit_order")
            let order = Int(orderText)
            if name.isEmpty { fail("unit", "is empty; every line names a unit") }
            if let first = lineOfName[name], !name.isEmpty {
                fail("unit", "'\(name)' is already listed on line \(first); list each unit once")
            }
            if order == nil || order.map({ $0 < 1 }) == true {
                fail("unit_order", "'\(orderText)' is not a whole number ≥ 1 (the unit's place in the official list)")
            }
            let parent = value("parent")
            if !parent.isEmpty, parent == name { fail("parent", "a unit cannot be its own parent") }
            if lineOfName[name] == nil, !name.isEmpty { lineOfName[name] = record.line }
            guard let order, order >= 1, !name.isEmpty, errors.last?.line != record.line else { continue }
            units.append(UnitDetails(
                name: name, officialOrder: order, parent: parent.isEmpty ? nil : parent,
                contactPerson: value("contact"), officePhone: value("phone"), mobile: value("mobile")))
        }
        if !errors.isEmpty { throw InputErrors(errors) }
        return units
    }

    /// Finds each known column in the header; throws when a required one is missing or a
    /// column appears twice.
    private static func columnPositions(_ header: CSVRecords.Record, file: String) throws(InputErrors) -> [String: Int] {
        var positions: [String: Int] = [:]
        var errors: [InputError] = []
        for (index, raw) in header.fields.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespaces).lowercased()
                .replacingOccurrences(of: "\u{FEFF}", with: "")
            guard columns.contains(name) else { continue }
            if positions[name] != nil {
                errors.append(InputError(file: file, line: header.line, field: name, "appears twice in the header"))
            }
            positions[name] = index
        }
        for column in requiredColumns where positions[column] == nil {
            errors.append(InputError(
                file: file, line: header.line, field: column,
                "column is missing from the header; expected \(columns.joined(separator: ","))"))
        }
        if !errors.isEmpty { throw InputErrors(errors) }
        return positions
    }
}
