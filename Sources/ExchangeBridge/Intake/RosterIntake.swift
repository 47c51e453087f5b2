import Foundation
import SeatPlanCore

/// Reads a unit's uploaded roster row by row for the store: every line is accepted or rejected
/// with reasons the unit can read, so one bad line never loses the others.
public enum RosterIntake {
    /// Reads roster bytes submitted by `unit`: CSV or an .xlsx workbook (by content), English or
    /// Chinese headings. A row naming another unit is rejected: a unit submits only its own people.
    ///
    /// A unit may leave out `id` and `unit_order` (the Chinese template has neither): ids are then
    /// generated as `单位/姓名` (see ``RosterIDs/generatedWhenAbsent``) and the unit's official
    /// order comes from the store when rosters are merged. A workbook row's text is its cells
    /// written as a CSV line.
    ///
    /// - Throws: ``InputErrors`` only when the file as a whole cannot be read (not text nor a
    ///   readable workbook, no header, a missing column, an unclosed quote); the store records
    ///   that as a failed submission, keeping the file.
    public static func parse(_ data: Data, file: String, unit: String) throws(InputErrors) -> ParsedRoster {
        let inspection = try RosterCSV.inspect(data, file: file, ids: .generatedWhenAbsent)
        let isWorkbook = inspection.encoding == .xlsx
        let lines = isWorkbook ? [] : sourceLines(data)
        var rows: [SubmittedRow] = []
        rows.reserveCapacity(inspection.rows.count)
        for (index, row) in inspection.rows.enumerated() {
            let nextLine = index + 1 < inspection.rows.count ? inspection.rows[index + 1].line : lines.count + 1
            let rawText =
                isWorkbook
                ? row.cells.map(CSVRecords.escape).joined(separator: ",")
                : text(of: lines, from: row.line, upTo: nextLine)
            if let attendee = row.attendee {
                var rejection: RowRejection?
                if attendee.unit != unit {
                    rejection = RowRejection(
                        field: "unit",
                        reason: "names unit '\(attendee.unit)', but this file was submitted by '\(unit)'; "
                            + "a unit submits only its own people")
                }
                rows.append(
                    SubmittedRow(
                        line: row.line, rawText: rawText, fields: RosterFields(attendee: attendee), rejection: rejection
                    ))
            } else {
                let reason = row.problems.map { problem in
                    problem.field.map { "\($0): \(problem.message)" } ?? problem.message
                }.joined(separator: "; ")
                rows.append(
                    SubmittedRow(
                        line: row.line, rawText: rawText, fields: fields(row.fields),
                        rejection: RowRejection(
                            field: row.problems.first?.field, reason: reason.isEmpty ? "rejected" : reason)))
            }
        }
        return ParsedRoster(encoding: inspection.encoding.rawValue.lowercased(), rows: rows)
    }

    private static func fields(_ values: [String: String]) -> RosterFields {
        RosterFields(
            id: values["id"], name: values["name"], unit: values["unit"], unitOrder: values["unit_order"],
            precedence: values["precedence"], role: values["role"], title: values["title"], gender: values["gender"],
            tags: values["tags"])
    }

    /// The file's lines as text (after decoding), for keeping each row's text as written.
    private static func sourceLines(_ data: Data) -> [Substring] {
        guard let (text, _) = TextDecoding.decode(data) else { return [] }
        return text.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    }

    /// Lines `start ..< end` (1-based), without trailing blank lines.
    private static func text(of lines: [Substring], from start: Int, upTo end: Int) -> String? {
        guard start >= 1, start <= lines.count else { return nil }
        var slice = Array(lines[(start - 1)..<min(max(end - 1, start), lines.count)])
        while slice.count > 1, slice.last?.isEmpty == true { slice.removeLast() }
        return slice.joined(separator: "\n")
    }
}
