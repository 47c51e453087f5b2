import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads a worksheet part row by row with the streaming parser: each cell is placed by its
/// reference (`C7`), so skipped cells stay empty and rows keep their numbers; the parse stops
/// at the first value beyond the limits.
final class WorksheetParser: NSObject, XMLScanDelegate {
    private let file: String
    private let sharedStrings: [String]
    private let limits: XLSXLimits
    private(set) var rows: [SheetRow] = []
    private(set) var failure: SpreadsheetError?

    private var rowNumber: Int?
    private var lastRowNumber = 0
    private var cells: [String] = []
    private var cell: (column: Int, type: String)?
    private var lastColumn = 0
    private var value = ""
    private var inlineText = ""
    private var capture: Capture = .none
    private var inInlineString = false
    private var phoneticDepth = 0

    private enum Capture { case none, value, inlineText }

    init(file: String, sharedStrings: [String], limits: XLSXLimits) {
        self.file = file
        self.sharedStrings = sharedStrings
        self.limits = limits
    }

    private func fail(_ parser: XMLParser, row: Int?, _ message: String) {
        guard failure == nil else { return }
        failure = SpreadsheetError(file: file, row: row, message)
        parser.abortParsing()
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        guard failure == nil else { return }
        switch XMLScan.localName(elementName) {
        case "row":
            startRow(parser, written: attributeDict["r"])
        case "c":
            startCell(parser, reference: attributeDict["r"], type: attributeDict["t"] ?? "n")
        case "v":
            if cell != nil { capture = .value }
        case "is":
            inInlineString = cell != nil
        case "t":
            if inInlineString, phoneticDepth == 0 { capture = .inlineText }
        case "rPh":
            phoneticDepth += 1
        default:
            break
        }
    }

    private func startRow(_ parser: XMLParser, written: String?) {
        let number: Int
        if let written {
            guard let parsed = Int(written), (1...CellReference.maxRow).contains(parsed) else {
                fail(parser, row: nil, "row number '\(written)' is not a row of a worksheet")
                return
            }
            number = parsed
        } else {
            number = lastRowNumber + 1
        }
        rowNumber = number
        lastRowNumber = number
        cells = []
        lastColumn = 0
    }

    private func startCell(_ parser: XMLParser, reference: String?, type: String) {
        guard let rowNumber else { return }
        var column = lastColumn + 1
        if let reference {
            guard let parsed = CellReference(reference) else {
                fail(parser, row: rowNumber, "cell reference '\(reference)' is not a cell of a worksheet")
                return
            }
            column = parsed.column
        }
        lastColumn = column
        cell = (column, type)
        value = ""
        inlineText = ""
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        guard failure == nil else { return }
        switch XMLScan.localName(elementName) {
        case "row":
            endRow(parser)
        case "c":
            endCell(parser)
        case "v", "t":
            capture = .none
        case "is":
            inInlineString = false
        case "rPh":
            phoneticDepth = max(0, phoneticDepth - 1)
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        switch capture {
        case .none: break
        case .value: value.append(string)
        case .inlineText: inlineText.append(string)
        }
    }

    private func endCell(_ parser: XMLParser) {
        guard let (column, type) = cell, let rowNumber else { return }
        cell = nil
        let reference = CellReference.letters(ofColumn: column) + String(rowNumber)
        let text: String
        switch type {
        case "s":
            let written = value.trimmingSpaces
            guard let index = Int(written), sharedStrings.indices.contains(index) else {
                fail(
                    parser, row: rowNumber,
                    "cell \(reference): shared string \(written) does not exist (the file has \(sharedStrings.count))")
                return
            }
            text = sharedStrings[index]
        case "inlineStr": text = CellText.unescaped(inlineText)
        case "str": text = CellText.unescaped(value)
        case "b": text = CellText.boolean(value)
        case "e", "d": text = value
        default: text = CellText.number(value)
        }
        guard !text.isEmpty else { return }
        guard column <= limits.maxColumns else {
            fail(
                parser, row: rowNumber,
                "cell \(reference) is in column \(column); at most \(limits.maxColumns) columns "
                    + "(up to \(CellReference.letters(ofColumn: limits.maxColumns))) are read")
            return
        }
        if cells.count < column { cells.append(contentsOf: repeatElement("", count: column - cells.count)) }
        cells[column - 1] = text
    }

    private func endRow(_ parser: XMLParser) {
        defer { rowNumber = nil }
        guard let rowNumber, cells.contains(where: { !$0.trimmingSpaces.isEmpty }) else { return }
        guard rows.count < limits.maxRows else {
            fail(
                parser, row: rowNumber,
                "has more than \(limits.maxRows) rows; a unit roster is at most a few thousand people, so this is "
                    + "not one sheet of names (split it, or check for rows filled far down the sheet)")
            return
        }
        rows.append(SheetRow(number: rowNumber, cells: cells))
    }

    /// The rows of the worksheet part `data`, in row order.
    static func rows(
        in data: Data, path: String, file: String, sharedStrings: [String], limits: XLSXLimits
    ) throws(SpreadsheetError) -> [SheetRow] {
        let parser = WorksheetParser(file: file, sharedStrings: sharedStrings, limits: limits)
        try XMLScan.parse(data, path: path, file: file, delegate: parser)
        return parser.rows.sorted { $0.number < $1.number }
    }
}
