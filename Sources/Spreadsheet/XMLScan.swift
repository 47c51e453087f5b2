import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Runs Foundation's streaming (SAX) `XMLParser` over a workbook part with a delegate, refusing
/// document type declarations (entity expansion) before parsing starts.
enum XMLScan {
    /// Parses `data` (the part at `path` of `file`) with `delegate`.
    ///
    /// - Throws: the delegate's own error when it stopped the parse, else ``SpreadsheetError``
    ///   when the part is not well-formed XML or declares a document type.
    static func parse(
        _ data: Data, path: String, file: String, delegate: some XMLScanDelegate
    ) throws(SpreadsheetError) {
        if declaresDocumentType(data) {
            throw SpreadsheetError(file: file, "part \(path) declares a document type, which workbooks never do")
        }
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        let parsed = parser.parse()
        if let error = delegate.failure { throw error }
        if !parsed || parser.parserError != nil {
            let line = parser.lineNumber
            throw SpreadsheetError(
                file: file,
                "part \(path) is not well-formed XML (near line \(line) of the part); "
                    + "save the file again from Excel or WPS")
        }
    }

    /// Whether `<!DOCTYPE` comes before the root element.
    private static func declaresDocumentType(_ data: Data) -> Bool {
        let prolog = data.prefix(4096)
        var index = prolog.startIndex
        while let open = prolog[index...].firstIndex(of: UInt8(ascii: "<")) {
            let next = prolog.index(after: open)
            guard next < prolog.endIndex else { return false }
            switch prolog[next] {
            case UInt8(ascii: "?"):
                index = next
            case UInt8(ascii: "!"):
                if prolog[next...].starts(with: Array("!DOCTYPE".utf8)) { return true }
                index = next
            default:
                return false
            }
        }
        return false
    }

    /// The element name without its namespace prefix: `x:row` → `row`.
    static func localName(_ name: String) -> Substring {
        guard let colon = name.lastIndex(of: ":") else { return Substring(name) }
        return name[name.index(after: colon)...]
    }
}

/// A parser delegate that can stop the parse with an error of its own.
protocol XMLScanDelegate: XMLParserDelegate {
    /// Set (and the parse aborted) when the delegate refuses the content.
    var failure: SpreadsheetError? { get }
}
