import Foundation

/// A CSV file read as a table, the one way rosters and unit lists are read: the bytes decoded
/// (strict UTF-8 without its BOM, else GB 18030/GBK; see ``TextDecoding``), split into records
/// (``CSVRecords``), the first record read as the header (``CSVHeader``), the rest as rows.
///
/// Problems of the whole file are thrown as ``InputErrors`` naming the file and, where there is
/// one, the line and column; problems of a row are the caller's to report.
public struct CSVTable: Sendable {
    /// The file's name, for messages.
    public let file: String
    /// The encoding the file was in.
    public let encoding: TextEncoding
    /// Where each known column sits.
    public let header: CSVHeader
    /// The data rows in file order (blank lines skipped), each with the line it starts on.
    public let rows: [CSVRecords.Record]

    /// Reads the bytes of the CSV file called `file` against `columns`.
    ///
    /// - Throws: ``InputErrors`` when the bytes are not text, a quoted field is never closed,
    ///   the file is empty, or the header names a column twice or lacks a required one.
    public init(_ data: Data, file: String, columns: CSVColumns) throws(InputErrors) {
        guard let (text, encoding) = TextDecoding.decode(data) else {
            throw InputErrors([InputError(file: file, "is neither UTF-8 nor GB18030/GBK text; save it as CSV (UTF-8)")])
        }
        var records: [CSVRecords.Record]
        do {
            records = try CSVRecords.parse(text)
        } catch {
            throw InputErrors([
                InputError(file: file, line: error.line, "a quoted field is never closed; add the missing '\"'")
            ])
        }
        guard !records.isEmpty else {
            throw InputErrors([InputError(file: file, "is empty; expected the header \(columns.expectedHeader)")])
        }
        let header = records.removeFirst()
        try self.init(header: header, rows: records, file: file, encoding: encoding, columns: columns)
    }

    /// A table of records read some other way (e.g. the cells of a worksheet), `header` first.
    ///
    /// - Throws: ``InputErrors`` when the header names a column twice or lacks a required one.
    init(
        header: CSVRecords.Record, rows: [CSVRecords.Record], file: String, encoding: TextEncoding,
        columns: CSVColumns
    ) throws(InputErrors) {
        self.header = try CSVHeader(header, columns: columns, file: file)
        self.file = file
        self.encoding = encoding
        self.rows = rows
    }
}
