import Foundation

/// The XML parts of the workbooks ``XLSXWriter`` writes.
enum XLSXParts {
    /// A fixed modification time (2024-01-01) so that the same rows give the same bytes.
    static let timestamp = Date(timeIntervalSince1970: 1_704_067_200)

    private static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

    static let contentTypes =
        declaration
        + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        + #"<Default Extension="xml" ContentType="application/xml"/>"#
        + #"<Override PartName="/xl/workbook.xml" "#
        + #"ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        + #"<Override PartName="/xl/worksheets/sheet1.xml" "#
        + #"ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        + #"<Override PartName="/xl/styles.xml" "#
        + #"ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        + "</Types>"

    static let packageRelationships =
        declaration + #"<Relationships xmlns="\#(packageRelationshipsNamespace)">"#
        + #"<Relationship Id="rId1" Type="\#(officeRelationships)/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    static let workbookRelationships =
        declaration + #"<Relationships xmlns="\#(packageRelationshipsNamespace)">"#
        + #"<Relationship Id="rId1" Type="\#(officeRelationships)/worksheet" Target="worksheets/sheet1.xml"/>"#
        + #"<Relationship Id="rId2" Type="\#(officeRelationships)/styles" Target="styles.xml"/>"#
        + "</Relationships>"

    static func workbook(sheetName: String) -> String {
        declaration + #"<workbook xmlns="\#(main)" xmlns:r="\#(officeRelationships)">"#
            + #"<bookViews><workbookView/></bookViews><sheets>"#
            + #"<sheet name="\#(XMLText.escaped(sheetName))" sheetId="1" r:id="rId1"/>"#
            + "</sheets></workbook>"
    }

    /// Two cell formats: 0 plain, 1 bold (the header).
    static let styles =
        declaration + #"<styleSheet xmlns="\#(main)">"#
        + #"<fonts count="2"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font>"#
        + #"<font><b/><sz val="11"/><name val="宋体"/><charset val="134"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill>"#
        + #"<fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>"#
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        + "</styleSheet>"

    static func worksheet(_ rows: [[XLSXCell]], columnWidths: [Double], hasHeader: Bool) -> String {
        var xml = declaration + #"<worksheet xmlns="\#(main)" xmlns:r="\#(officeRelationships)">"#
        if hasHeader, !rows.isEmpty {
            xml +=
                #"<sheetViews><sheetView workbookViewId="0">"#
                + #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
                + "</sheetView></sheetViews>"
        }
        if !columnWidths.isEmpty {
            xml += "<cols>"
            for (index, width) in columnWidths.enumerated() {
                let column = index + 1
                xml += #"<col min="\#(column)" max="\#(column)" width="\#(number(width))" customWidth="1"/>"#
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (rowIndex, row) in rows.enumerated() {
            let rowNumber = rowIndex + 1
            let style = hasHeader && rowIndex == 0 ? #" s="1""# : ""
            xml += #"<row r="\#(rowNumber)">"#
            for (columnIndex, cell) in row.enumerated() {
                let reference = CellReference.letters(ofColumn: columnIndex + 1) + String(rowNumber)
                switch cell {
                case .text(let text):
                    guard !text.isEmpty else { continue }
                    xml +=
                        #"<c r="\#(reference)"\#(style) t="inlineStr"><is><t xml:space="preserve">"#
                        + XMLText.escaped(text) + "</t></is></c>"
                case .number(let value):
                    guard value.isFinite else { continue }
                    xml += #"<c r="\#(reference)"\#(style)><v>\#(number(value))</v></c>"#
                }
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    /// A number as XML writes it: whole numbers without a fraction.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, not empty.
    static func safeSheetName(_ name: String) -> String {
        let cleaned = String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
        return cleaned.isEmpty ? "Sheet1" : cleaned
    }
}
