import Foundation

/// Reads and writes the roster CSV that units submit and planners edit:
/// `id,name,unit,unit_order,precedence,role,title,gender,tags`.
///
/// Columns may come in any order and extra columns are ignored, but all nine must be present;
/// Chinese headings are accepted beside the English ones (``RosterHeaderAliases``). An .xlsx
/// workbook (recognised by content) is read from its first worksheet through the same checks,
/// its rows numbered as the spreadsheet shows them.
/// Every row is checked; if any row is wrong nothing is imported, and every problem is reported
/// with its file, line and field.
public enum RosterCSV {
    /// The roster columns, in the order this tool writes them.
    public static let columns = ["id", "name", "unit", "unit_order", "precedence", "role", "title", "gender", "tags"]

    /// The most problems reported at once (the rest are summarised).
    static let errorLimit = 50

    /// Reads a roster file.
    public static func read(contentsOf url: URL) throws(InputErrors) -> Roster {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw InputErrors([InputError(file: url.path, "cannot be read: \(error.localizedDescription)")])
        }
        return try parse(data, file: url.path)
    }

    /// Parses roster bytes: CSV (UTF-8 with or without BOM, or GB 18030/GBK) or an .xlsx workbook.
    public static func parse(_ data: Data, file: String) throws(InputErrors) -> Roster {
        let table = try RosterTableReader.table(data, file: file, columns: tableColumns)
        var validator = RosterRowValidator(file: file, header: table.header)
        for record in table.rows {
            validator.validate(record)
            if validator.errors.count >= errorLimit { break }
        }
        if !validator.errors.isEmpty {
            var errors = validator.errors
            if errors.count >= errorLimit {
                errors.append(InputError(file: file, "stopped after \(errorLimit) problems; fix these and run again"))
            }
            throw InputErrors(errors)
        }
        return Roster(attendees: validator.attendees, source: file, encoding: table.encoding)
    }

    /// Reads a roster row by row for intake from units: each row is accepted (with its
    /// attendee) or rejected (with its problems), so one bad row does not reject the file.
    ///
    /// - Parameter ids: ``RosterIDs/fromFile`` (the default) requires `id` and `unit_order`;
    ///   ``RosterIDs/generatedWhenAbsent`` lets a unit's upload (the Chinese template) leave them out.
    /// - Throws: only problems of the whole file: not text nor a readable workbook, no header,
    ///   a missing column, an unclosed quote.
    public static func inspect(
        _ data: Data, file: String, ids: RosterIDs = .fromFile
    ) throws(InputErrors) -> RosterInspection {
        let columns = ids == .fromFile ? tableColumns : uploadColumns
        let table = try RosterTableReader.table(data, file: file, columns: columns)
        var validator = RosterRowValidator(file: file, header: table.header, ids: ids)
        let rows = table.rows.map { validator.validate($0) }
        return RosterInspection(encoding: table.encoding, rows: rows)
    }

    /// The roster columns as the CSV reader takes them: all of them required.
    static let tableColumns = CSVColumns(columns, aliases: RosterHeaderAliases.chinese)

    /// The roster columns of a unit's upload: `id` and `unit_order` may be left out.
    static let uploadColumns = CSVColumns(
        columns, required: columns.filter { $0 != "id" && $0 != "unit_order" }, aliases: RosterHeaderAliases.chinese)

    /// Writes attendees as roster CSV (UTF-8, no BOM, header first, LF line ends).
    public static func encode(_ attendees: [Attendee]) -> Data {
        var bytes = Array((columns.joined(separator: ",") + "\n").utf8)
        bytes.reserveCapacity(attendees.count * 80)
        for attendee in attendees {
            let fields = [
                attendee.id, attendee.name, attendee.unit, String(attendee.unitOrder),
                String(attendee.precedence), attendee.role.rawValue, attendee.title,
                attendee.gender?.rawValue ?? "", attendee.tags.joined(separator: ";"),
            ]
            for (index, field) in fields.enumerated() {
                if index > 0 { bytes.append(0x2C) }
                bytes.append(contentsOf: CSVRecords.escape(field).utf8)
            }
            bytes.append(0x0A)
        }
        return Data(bytes)
    }
}
