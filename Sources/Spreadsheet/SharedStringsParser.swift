import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads `xl/sharedStrings.xml`: one string per `<si>`, the `<t>` of its rich text runs
/// (`<r><t>`) concatenated; phonetic guides (`<rPh>`) are left out.
final class SharedStringsParser: NSObject, XMLScanDelegate {
    private(set) var strings: [String] = []
    private(set) var failure: SpreadsheetError?
    private var current: String?
    private var inText = false
    private var phoneticDepth = 0

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        switch XMLScan.localName(elementName) {
        case "si": current = ""
        case "t": inText = current != nil && phoneticDepth == 0
        case "rPh": phoneticDepth += 1
        default: break
        }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        switch XMLScan.localName(elementName) {
        case "si":
            strings.append(CellText.unescaped(current ?? ""))
            current = nil
        case "t": inText = false
        case "rPh": phoneticDepth = max(0, phoneticDepth - 1)
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current?.append(string) }
    }

    /// The shared strings of the part `data`.
    static func strings(in data: Data, path: String, file: String) throws(SpreadsheetError) -> [String] {
        let parser = SharedStringsParser()
        try XMLScan.parse(data, path: path, file: file, delegate: parser)
        return parser.strings
    }
}
