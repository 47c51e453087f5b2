import Foundation
import SeatPlanCore

/// Reads the office's unit list for `seatplan store add-units`:
/// `unit,unit_order,parent,contact,phone,mobile` (UTF-8 or GB 18030, quoted fields allowed).
///
/// `unit` and `unit_order` are required columns; `parent`, `contact`, `phone` and `mobile` may
/// be missing or empty; a parent must be listed in the same file or stored before. Columns may
/// come in any order and extra columns are ignored. Every line is checked and every problem is
/// reported with its file, line and column; if any line is wrong, no unit is returned.
public enum UnitsCSV {
    /// The columns, in the order the documentation writes them.
    public static let columns = ["unit", "unit_order", "parent", "contact", "phone", "mobile"]
    /// The columns a file must have.
    public static let requiredColumns = ["unit", "unit_order"]

    /// Parses the bytes of a UNITS.csv called `file` (for messages).
    public static func parse(_ data: Data, file: String) throws(InputErrors) -> [UnitDetails] {
        let table = try CSVTable(data, file: file, columns: tableColumns)
        var units: [UnitDetails] = []
        var errors: [InputError] = []
        var lineOfName: [String: Int] = [:]
        for record in table.rows {
            func value(_ column: String) -> String { table.header.value(column, in: record) }
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
            units.append(
                UnitDetails(
                    name: name, officialOrder: order, parent: parent.isEmpty ? nil : parent,
                    contactPerson: value("contact"), officePhone: value("phone"), mobile: value("mobile")))
        }
        if !errors.isEmpty { throw InputErrors(errors) }
        return units
    }

    /// The unit list's columns as the CSV reader takes them. A byte-order mark in a header
    /// name is ignored, as unit lists have always been read.
    static let tableColumns = CSVColumns(columns, required: requiredColumns, dropsByteOrderMarksInHeader: true)
}
