import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Collects the attributes of the elements with given local names, in document order: the
/// small package parts (relationships, the workbook's sheet list) are read this way.
final class ElementCollector: NSObject, XMLScanDelegate {
    let names: Set<Substring>
    private(set) var elements: [(name: Substring, attributes: [String: String])] = []
    private(set) var failure: SpreadsheetError?

    init(_ names: Set<Substring>) {
        self.names = names
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        let name = XMLScan.localName(elementName)
        if names.contains(name) { elements.append((name, attributeDict)) }
    }

    /// Collects the elements called `names` of the part `data`.
    static func collect(
        _ names: Set<Substring>, in data: Data, path: String, file: String
    ) throws(SpreadsheetError) -> [[String: String]] {
        let collector = ElementCollector(names)
        try XMLScan.parse(data, path: path, file: file, delegate: collector)
        return collector.elements.map(\.attributes)
    }
}
