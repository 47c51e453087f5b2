import Foundation
import ZIPFoundation

/// Builds .xlsx files part by part for tests, including broken and hostile ones.
public enum XLSXFixture {
    /// The relationships and workbook parts of a workbook whose first sheet is
    /// `xl/worksheets/sheet1.xml`, with shared strings when `sharedStrings` is true.
    public static func packageParts(sheetName: String = "Sheet1", sharedStrings: Bool = true) -> [String: String] {
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let package =
            #"<?xml version="1.0"?><Relationships "#
            + #"xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        var workbookRelations =
            #"<Relationship Id="rId1" Type="\#(relationships)/worksheet" Target="worksheets/sheet1.xml"/>"#
        if sharedStrings {
            workbookRelations +=
                #"<Relationship Id="rId9" Type="\#(relationships)/sharedStrings" Target="/xl/sharedStrings.xml"/>"#
        }
        return [
            "[Content_Types].xml":
                #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#,
            "_rels/.rels":
                package + #"<Relationship Id="rId1" Type="\#(relationships)/officeDocument" Target="xl/workbook.xml"/>"#
                + "</Relationships>",
            "xl/workbook.xml":
                #"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#
                + #"xmlns:r="\#(relationships)"><sheets><sheet name="\#(sheetName)" sheetId="1" r:id="rId1"/>"#
                + "</sheets></workbook>",
            "xl/_rels/workbook.xml.rels":
                package + workbookRelations + "</Relationships>",
        ]
    }

    /// A worksheet part around `sheetData` (the `<row>` elements).
    public static func worksheet(_ sheetData: String) -> String {
        #"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
            + "<sheetData>\(sheetData)</sheetData></worksheet>"
    }

    /// A shared strings part of `items` (each the inside of one `<si>`).
    public static func sharedStrings(_ items: [String]) -> String {
        #"<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#
            + #"count="\#(items.count)" uniqueCount="\#(items.count)">"#
            + items.map { "<si>\($0)</si>" }.joined() + "</sst>"
    }

    /// A zip archive of `parts` (path → text), deflated, in path order.
    public static func zip(_ parts: [String: String]) throws -> Data {
        try zip(parts.sorted { $0.key < $1.key }.map { ($0.key, Data($0.value.utf8)) })
    }

    /// A zip archive of `entries` in the order given, deflated.
    public static func zip(_ entries: [(path: String, bytes: Data)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for entry in entries {
            let bytes = entry.bytes
            try archive.addEntry(
                with: entry.path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<min(bytes.count, Int(position) + size))
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// The archive `data` rebuilt with the contents of entries `first` and `second` swapped.
    public static func swapping(_ first: String, _ second: String, in data: Data) throws -> Data {
        let archive = try Archive(data: data, accessMode: .read)
        var entries: [(path: String, bytes: Data)] = []
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            entries.append((entry.path, bytes))
        }
        let contents = Dictionary(entries.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
        return try zip(
            entries.map { entry in
                switch entry.path {
                case first: (entry.path, contents[second] ?? entry.bytes)
                case second: (entry.path, contents[first] ?? entry.bytes)
                default: entry
                }
            })
    }

    /// A zip archive whose one entry `path` (beside `parts`) inflates to `size` zero bytes,
    /// produced chunk by chunk so the test never holds it.
    public static func zip(_ parts: [String: String], zeros size: Int, at path: String) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (name, text) in parts.sorted(by: { $0.key < $1.key }) {
            let bytes = Data(text.utf8)
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate
            ) { position, chunk in
                bytes.subdata(in: Int(position)..<min(bytes.count, Int(position) + chunk))
            }
        }
        let zeros = Data(count: 1 << 20)
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate,
            bufferSize: 1 << 20
        ) { position, chunk in
            zeros.prefix(min(chunk, size - Int(position)))
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }
}
