import Foundation

/// Reads and writes the roster CSV that units submit and planners edit:
/// `id,name,unit,unit_order,precedence,role,title,gender,tags`.
///
/// Columns may come in any order and extra columns are ignored, but all nine must be present.
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

    /// Parses roster bytes (UTF-8 with or without BOM, or GB 18030/GBK).
    public static func parse(_ data: Data, file: String) throws(InputErrors) -> Roster {
        let (records, encoding) = try records(of: data, file: file)
        var validator = RosterRowValidator(file: file, layout: try ColumnLayout(header: records[0], file: file))
        for record in records.dropFirst() {
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
        return Roster(attendees: validator.attendees, source: file, encoding: encoding)
    }

    /// Reads a roster row by row for intake from units: each row is accepted (with its
    /// attendee) or rejected (with its problems), so one bad row does not reject the file.
    ///
    /// - Throws: only problems of the whole file: not text, no header, a missing column, an
    ///   unclosed quote.
    public static func inspect(_ data: Data, file: String) throws(InputErrors) -> RosterInspection {
        let (records, encoding) = try records(of: data, file: file)
        var validator = RosterRowValidator(file: file, layout: try ColumnLayout(header: records[0], file: file))
        let rows = records.dropFirst().map { validator.validate($0) }
        return RosterInspection(encoding: encoding, rows: rows)
    }

    /// Decodes the file and splits it into records; the first record (the header) exists.
    private static func records(of data: Data, file: String) throws(InputErrors) -> ([CSVRecords.Record], TextEncoding) {
        guard let (text, encoding) = TextDecoding.decode(data) else {
            throw InputErrors([InputError(file: file, "is neither UTF-8 nor GB18030/GBK text; save it as CSV (UTF-8)")])
        }
        let records: [CSVRecords.Record]
        do {
            records = try CSVRecords.parse(text)
        } catch {
            throw InputErrors([InputError(file: file, line: error.line, "a quoted field is never closed; add the missing '\"'")])
        }
        guard !records.isEmpty else {
            throw InputErrors([InputError(file: file, "is empty; expected the header \(columns.joined(separator: ","))")])
        }
        return (records, encoding)
    }

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

/// Where each roster column sits in the file's header.
struct ColumnLayout {
    let positions: [String: Int]

    init(header: CSVRecords.Record, file: String) throws(InputErrors) {
        var positions: [String: Int] = [:]
        var errors: [InputError] = []
        for (index, raw) in header.fields.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespaces).lowercased()
            guard RosterCSV.columns.contains(name) else { continue }
            if positions[name] != nil {
                errors.append(InputError(file: file, line: header.line, field: name, "appears twice in the header"))
            }
            positions[name] = index
        }
        for column in RosterCSV.columns where positions[column] == nil {
            errors.append(InputError(
                file: file, line: header.line, field: column,
                "column is missing from the header; expected \(RosterCSV.columns.joined(separator: ","))"))
        }
        if !errors.isEmpty { throw InputErrors(errors) }
        self.positions = positions
    }

    /// The number of fields a row must have to reach every roster column.
    var requiredFieldCount: Int { (positions.values.max() ?? 0) + 1 }
}
