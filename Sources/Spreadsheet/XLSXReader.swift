import Foundation

/// Reads the first worksheet of an .xlsx workbook (as Excel, WPS and LibreOffice save it) as
/// rows of text, within ``XLSXLimits``.
///
/// Shared strings (rich text runs joined), inline strings, numbers (whole numbers as `3`, not
/// `3.0`), booleans and cached formula results are read; styles, dates and formulas are not
/// interpreted. Parts are inflated under a byte cap and parsed with the streaming `XMLParser`,
/// so a damaged or hostile file is refused in bounded time and memory.
public enum XLSXReader {
    /// Whether `data` starts like a zip archive (`PK\u{3}\u{4}`), as every .xlsx does; files are
    /// recognised by their content, not their name.
    public static func isXLSX(_ data: Data) -> Bool { XLSXArchive.isZip(data) }

    /// Reads the first worksheet of the workbook `data`, called `file` in messages.
    ///
    /// - Throws: ``SpreadsheetError`` naming the file (and row, for a cell) when the zip is
    ///   damaged or truncated, a part inflates past the cap, the workbook or sheet part is
    ///   missing, a shared string index is out of range, or the sheet has too many rows or columns.
    public static func firstWorksheet(
        _ data: Data, file: String, limits: XLSXLimits = XLSXLimits()
    ) throws(SpreadsheetError) -> Worksheet {
        guard isXLSX(data) else { throw XLSXArchive.damaged(file) }
        let archive = try XLSXArchive(data, file: file, limits: limits)
        let map = try XLSXPackageMap(archive)
        var sharedStrings: [String] = []
        if let path = map.sharedStringsPath, let part = try archive.part(path) {
            sharedStrings = try SharedStringsParser.strings(in: part, path: path, file: file)
        }
        guard let sheet = try archive.part(map.sheetPath) else {
            throw SpreadsheetError(
                file: file, "sheet '\(map.sheetName)' (\(map.sheetPath)) is missing from the workbook")
        }
        let rows = try WorksheetParser.rows(
            in: sheet, path: map.sheetPath, file: file, sharedStrings: sharedStrings, limits: limits)
        return Worksheet(name: map.sheetName, rows: rows)
    }
}
