import Foundation
import Spreadsheet
import TestSupport
import Testing

@Suite("XLSX as Excel and WPS write it")
struct XLSXRealWorldTests {
    /// A sheet shaped like Excel's: shared strings with rich text runs and a phonetic guide,
    /// skipped cells, a gap of empty rows, a styled empty row, a number written "3.0", a
    /// boolean, a cached formula string, an inline string, and an `x:` namespace prefix.
    static func workbook() throws -> Data {
        var parts = XLSXFixture.packageParts(sheetName: "名单")
        parts["xl/sharedStrings.xml"] = XLSXFixture.sharedStrings([
            "<t>姓名</t>",
            "<t>单位</t>",
            #"<r><rPr><b/></rPr><t>张</t></r><r><t xml:space="preserve">三 </t></r><rPh sb="0" eb="1"><t>ちょう</t></rPh>"#,
            "<t>市委办公室</t>",
            "<t>line_x000D_\nbreak</t>",
        ])
        parts["xl/worksheets/sheet1.xml"] =
            #"<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
            + "<x:sheetData>"
            + #"<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="s"><x:v>1</x:v></x:c></x:row>"#
            + #"<x:row r="4" s="2" customFormat="1"/>"#
            + #"<x:row r="7"><x:c r="A7" t="s"><x:v>2</x:v></x:c><x:c r="C7" t="s"><x:v>3</x:v></x:c>"#
            + #"<x:c r="D7"><x:v>3.0</x:v></x:c><x:c r="E7" t="b"><x:v>1</x:v></x:c>"#
            + #"<x:c r="F7" t="str"><x:f>A7&amp;"!"</x:f><x:v>张三!</x:v></x:c><x:c r="G7" s="4"/></x:row>"#
            + #"<x:row r="8"><x:c t="inlineStr"><x:is><x:t>李四</x:t></x:is></x:c><x:c t="s"><x:v>4</x:v></x:c>"#
            + #"<x:c r="E8"><x:v>1E+3</x:v></x:c></x:row>"#
            + "</x:sheetData></x:worksheet>"
        return try XLSXFixture.zip(parts)
    }

    @Test("Values land in their columns, rows keep their numbers, rich text is joined")
    func realWorld() throws {
        let sheet = try XLSXReader.firstWorksheet(try Self.workbook(), file: "名单.xlsx")
        #expect(sheet.name == "名单")
        #expect(sheet.rows.map(\.number) == [1, 7, 8])
        #expect(sheet.rows[0].cells == ["姓名", "", "单位"])
        #expect(sheet.rows[1].cells == ["张三 ", "", "市委办公室", "3", "TRUE", "张三!"])
        #expect(sheet.rows[2].cells == ["李四", "line\r\nbreak", "", "", "1000"])
    }
}
