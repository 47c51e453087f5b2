import Foundation
import Spreadsheet

/// Reads a roster file's bytes as a table whatever they hold: an .xlsx workbook (recognised by
/// its zip signature, not its name; the first worksheet is read, each row numbered as the
/// spreadsheet shows it) or CSV text. Both then go through the same header and row checks.
enum RosterTableReader {
    /// The table of the roster `data` called `file`.
    ///
    /// - Throws: ``InputErrors`` for problems of the whole file: an unreadable or hostile
    ///   workbook, an old .xls file, text that is not UTF-8 or GB 18030, no header, a missing column.
    static func table(_ data: Data, file: String, columns: CSVColumns) throws(InputErrors) -> CSVTable {
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw InputErrors([
                InputError(file: file, "is an Excel 97–2003 workbook (.xls); save it as .xlsx or as CSV (UTF-8)")
            ])
        }
        guard XLSXReader.isXLSX(data) else { return try CSVTable(data, file: file, columns: columns) }
        let sheet: Worksheet
        do {
            sheet = try XLSXReader.firstWorksheet(data, file: file)
        } catch {
            throw InputErrors([InputError(file: error.file, line: error.row, error.message)])
        }
        var records = sheet.rows.map { CSVRecords.Record(line: $0.number, fields: $0.cells) }
        guard !records.isEmpty else {
            throw InputErrors([
                InputError(
                    file: file, "sheet '\(sheet.name)' is empty; expected the header \(columns.expectedHeader)")
            ])
        }
        let header = records.removeFirst()
        // A sheet stores no trailing empty cells: a row ends at its last value, so pad it to the header.
        let width = header.fields.count
        let rows = records.map { record in
            record.fields.count >= width
                ? record
                : CSVRecords.Record(
                    line: record.line,
                    fields: record.fields + repeatElement("", count: width - record.fields.count))
        }
        return try CSVTable(header: header, rows: rows, file: file, encoding: .xlsx, columns: columns)
    }
}
