import Foundation

/// Where the parts of a workbook are: found through the package relationships
/// (`_rels/.rels` → workbook, `xl/_rels/workbook.xml.rels` → sheets and shared strings), as
/// Excel, WPS and LibreOffice write them.
struct XLSXPackageMap {
    /// The first sheet's name as the workbook lists it.
    let sheetName: String
    /// The first sheet's part, e.g. `xl/worksheets/sheet1.xml`.
    let sheetPath: String
    /// The shared strings part, when the workbook has one.
    let sharedStringsPath: String?

    private static let relationshipType = "/relationships/"

    /// Finds the parts of the workbook in `archive`.
    ///
    /// - Throws: ``SpreadsheetError`` when the workbook part, its sheet list or the first
    ///   sheet's part is missing.
    init(_ archive: XLSXArchive) throws(SpreadsheetError) {
        let file = archive.file
        var workbookPath = "xl/workbook.xml"
        if let rels = try archive.part("_rels/.rels") {
            let relations = try ElementCollector.collect(["Relationship"], in: rels, path: "_rels/.rels", file: file)
            if let target = relations.first(where: { ($0["Type"] ?? "").hasSuffix("/officeDocument") })?["Target"] {
                workbookPath = Self.resolve(target, from: "")
            }
        }
        guard let workbook = try archive.part(workbookPath) else {
            throw SpreadsheetError(
                file: file,
                "has no workbook part (\(workbookPath)); it is a zip archive but not an Excel workbook, "
                    + "save it as .xlsx from Excel or WPS")
        }
        let sheets = try ElementCollector.collect(["sheet"], in: workbook, path: workbookPath, file: file)
        guard let first = sheets.first else {
            throw SpreadsheetError(file: file, "the workbook lists no worksheets")
        }
        let name = first["name"] ?? "Sheet1"
        let relationID = first.first { $0.key.hasSuffix(":id") }?.value
        let folder = Self.folder(of: workbookPath)
        let relsPath = folder + "_rels/" + workbookPath.dropFirst(folder.count) + ".rels"
        var targets: [String: String] = [:]
        var sharedStrings: String?
        if let rels = try archive.part(relsPath) {
            for relation in try ElementCollector.collect(["Relationship"], in: rels, path: relsPath, file: file) {
                guard let id = relation["Id"], let target = relation["Target"] else { continue }
                let path = Self.resolve(target, from: folder)
                targets[id] = path
                if (relation["Type"] ?? "").hasSuffix("/sharedStrings") { sharedStrings = path }
            }
        }
        let sheetPath = relationID.flatMap { targets[$0] } ?? folder + "worksheets/sheet1.xml"
        guard archive.contains(sheetPath) else {
            throw SpreadsheetError(
                file: file,
                "sheet '\(name)' (\(sheetPath)) is missing from the workbook; save it again from Excel or WPS")
        }
        self.sheetName = name
        self.sheetPath = sheetPath
        if let sharedStrings {
            self.sharedStringsPath = sharedStrings
        } else {
            self.sharedStringsPath = archive.contains(folder + "sharedStrings.xml") ? folder + "sharedStrings.xml" : nil
        }
    }

    /// The folder of a part with its trailing slash: `xl/workbook.xml` → `xl/`.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// A relationship target as a part path: absolute (`/xl/x.xml`) or relative to `folder`,
    /// with `..` segments resolved.
    static func resolve(_ target: String, from folder: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : folder + target
        var segments: [Substring] = []
        for segment in joined.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }
}
