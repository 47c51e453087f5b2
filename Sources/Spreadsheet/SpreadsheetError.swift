/// Why a workbook cannot be read or written, in the form SeatPlan's input errors take:
/// the file, the spreadsheet row when there is one, and words a planner can act on.
public struct SpreadsheetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's name or path as the user gave it.
    public let file: String
    /// The 1-based spreadsheet row, when the problem is in one row.
    public let row: Int?
    /// What is wrong, e.g. "cell B7: shared string 912 does not exist (the file has 40)".
    public let message: String

    /// Creates an error about `file`, optionally located at spreadsheet `row`.
    public init(file: String, row: Int? = nil, _ message: String) {
        self.file = file
        self.row = row
        self.message = message
    }

    /// `file:row: message`, the form compilers use.
    public var description: String {
        var text = file
        if let row { text += ":\(row)" }
        return text + ": " + message
    }
}
