/// The values of one worksheet as text, row by row.
public struct Worksheet: Sendable, Equatable {
    /// The sheet's name as the workbook lists it, e.g. "Sheet1" or "名单".
    public var name: String
    /// The rows that hold at least one value, in row order; empty rows are left out.
    public var rows: [SheetRow]

    /// Creates a worksheet.
    public init(name: String, rows: [SheetRow]) {
        self.name = name
        self.rows = rows
    }
}

/// One row of a worksheet.
public struct SheetRow: Sendable, Equatable {
    /// The 1-based row number as the spreadsheet shows it (gaps are kept).
    public var number: Int
    /// The cell values by column (index 0 = column A), up to the last value; skipped cells
    /// are empty strings.
    public var cells: [String]

    /// Creates a row.
    public init(number: Int, cells: [String]) {
        self.number = number
        self.cells = cells
    }
}
