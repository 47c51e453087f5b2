/// Where each known column sits in a CSV file's header row.
public struct CSVHeader: Sendable {
    /// The 1-based line the header is on.
    public let line: Int
    /// The field index of each known column the header names.
    public let positions: [String: Int]
    /// The number of fields a row needs to reach every column the header names.
    public let fieldCountReachingEveryColumn: Int

    /// Reads the header `record` of `file` against `columns`.
    ///
    /// - Throws: every problem at once, each naming the file, line and column: a known column
    ///   named twice, a required column missing.
    init(_ record: CSVRecords.Record, columns: CSVColumns, file: String) throws(InputErrors) {
        var positions: [String: Int] = [:]
        var errors: [InputError] = []
        for (index, raw) in record.fields.enumerated() {
            guard let name = columns.column(named: raw) else { continue }
            if positions[name] != nil {
                errors.append(InputError(file: file, line: record.line, field: name, "appears twice in the header"))
            }
            positions[name] = index
        }
        for column in columns.required where positions[column] == nil {
            let aliases = columns.aliases(of: column)
            let alternative = aliases.isEmpty ? "" : " (or a column headed \(aliases.joined(separator: " or ")))"
            errors.append(
                InputError(
                    file: file, line: record.line, field: column,
                    "column is missing from the header; expected \(columns.expectedHeader)\(alternative)"))
        }
        if !errors.isEmpty { throw InputErrors(errors) }
        self.line = record.line
        self.positions = positions
        self.fieldCountReachingEveryColumn = (positions.values.max() ?? 0) + 1
    }

    /// The value of `column` in `row` without surrounding white space; empty when the header
    /// does not name the column or the row is too short to reach it.
    public func value(_ column: String, in row: CSVRecords.Record) -> String {
        guard let index = positions[column], index < row.fields.count else { return "" }
        return row.fields[index].trimmingWhitespace
    }
}
