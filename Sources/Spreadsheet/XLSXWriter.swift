import Foundation
import ZIPFoundation

/// Writes a simple workbook: one sheet of text and numbers, an optional bold and frozen
/// header row, and column widths; Excel, WPS and LibreOffice open it, and ``XLSXReader`` reads it back.
///
/// The output is deterministic: the same rows give the same bytes.
public struct XLSXWriter: Sendable {
    /// The sheet's name (at most 31 characters; `[]:*?/\` are replaced).
    public var sheetName: String
    /// Column widths in characters, from column A; columns beyond the list keep the default.
    public var columnWidths: [Double]
    /// Whether the first row is a header: bold, and frozen when scrolling.
    public var hasHeader: Bool

    /// A writer for one sheet called `sheetName`.
    public init(sheetName: String = "Sheet1", columnWidths: [Double] = [], hasHeader: Bool = true) {
        self.sheetName = sheetName
        self.columnWidths = columnWidths
        self.hasHeader = hasHeader
    }

    /// The workbook with `rows` from row 1 down, as .xlsx bytes.
    ///
    /// - Throws: ``SpreadsheetError`` only when the zip library fails to write in memory.
    public func write(_ rows: [[XLSXCell]]) throws(SpreadsheetError) -> Data {
        let parts: [(path: String, text: String)] = [
            ("[Content_Types].xml", XLSXParts.contentTypes),
            ("_rels/.rels", XLSXParts.packageRelationships),
            ("xl/workbook.xml", XLSXParts.workbook(sheetName: XLSXParts.safeSheetName(sheetName))),
            ("xl/_rels/workbook.xml.rels", XLSXParts.workbookRelationships),
            ("xl/styles.xml", XLSXParts.styles),
            ("xl/worksheets/sheet1.xml", XLSXParts.worksheet(rows, columnWidths: columnWidths, hasHeader: hasHeader)),
        ]
        do {
            let archive = try Archive(accessMode: .create)
            for part in parts {
                let bytes = Data(part.text.utf8)
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(bytes.count),
                    modificationDate: XLSXParts.timestamp, compressionMethod: .deflate
                ) { position, size in
                    bytes.subdata(in: Int(position)..<min(bytes.count, Int(position) + size))
                }
            }
            guard let data = archive.data else { throw SpreadsheetError(file: "workbook", "has no bytes") }
            return data
        } catch {
            throw SpreadsheetError(file: "workbook", "cannot be written: \(error)")
        }
    }
}
