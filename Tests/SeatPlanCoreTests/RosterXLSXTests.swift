import Foundation
import SeatPlanCore
import Spreadsheet
import Testing

@Suite("Rosters from XLSX and with Chinese headings")
struct RosterXLSXTests {
    static let chineseHeader = ["编号", "姓名", "单位", "单位序号", "序号", "类别", "职务", "性别", "备注"]
    static let chineseRows = [
        ["A1", "张三", "市委办公室", "1", "1", "主席台", "书记", "男", "accessible"],
        ["A2", "李四", "市委办公室", "1", "2", "委员", "", "女", ""],
        ["A3", "王五", "财政局", "2", "3", "列席", "局长", "", ""],
    ]

    static func csv(_ rows: [[String]]) -> String {
        rows.map { $0.map(CSVRecords.escape).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    static func xlsx(_ rows: [[String]]) throws -> Data {
        try XLSXWriter().write(rows.map { $0.map { .text($0) } })
    }

    static func check(_ roster: Roster) {
        #expect(roster.attendees.map(\.id) == ["A1", "A2", "A3"])
        #expect(roster.attendees.map(\.role) == [.rostrum, .member, .nonvoting])
        #expect(roster.attendees[0].tags == ["accessible"])
        #expect(roster.attendees[1].gender == .female)
        #expect(roster.unitsInOfficialOrder == ["市委办公室", "财政局"])
    }

    @Test("Chinese headings read the same from UTF-8 CSV, GBK CSV and XLSX")
    func chineseHeadings() throws {
        let text = Self.csv([Self.chineseHeader] + Self.chineseRows)
        let utf8 = try RosterCSV.parse(Data(text.utf8), file: "名单.csv")
        Self.check(utf8)
        let gbk = try RosterCSV.parse(try #require(TextDecoding.gb18030(text)), file: "名单.csv")
        #expect(gbk.encoding == .gb18030)
        Self.check(gbk)
        let workbook = try RosterCSV.parse(try Self.xlsx([Self.chineseHeader] + Self.chineseRows), file: "名单.xlsx")
        #expect(workbook.encoding == .xlsx)
        Self.check(workbook)
        #expect(workbook.attendees == utf8.attendees)
    }

    @Test("One bad row of a workbook is reported at its spreadsheet row and field")
    func badRowLocated() throws {
        var rows = [Self.chineseHeader] + Self.chineseRows
        rows[2][4] = "第二"
        let error = #expect(throws: InputErrors.self) {
            try RosterCSV.parse(try Self.xlsx(rows), file: "名单.xlsx")
        }
        #expect(
            error?.errors.map(\.description)
                == ["名单.xlsx:3: field 'precedence': '第二' is not a whole number ≥ 1 (1 = most senior)"])
    }

    @Test("A missing column names the Chinese heading that would do")
    func missingColumnHint() throws {
        let header = Self.chineseHeader.filter { $0 != "性别" }
        let error = #expect(throws: InputErrors.self) {
            try RosterCSV.parse(try Self.xlsx([header]), file: "名单.xlsx")
        }
        #expect(error?.errors.first?.description.contains("field 'gender': column is missing") == true)
        #expect(error?.errors.first?.description.hasSuffix("(or a column headed 性别)") == true)
    }

    @Test("The template has the Chinese headings; filled in, a unit's upload gets stable generated ids")
    func template() throws {
        let template = try RosterTemplate.xlsx()
        let sheet = try XLSXReader.firstWorksheet(template, file: "template.xlsx")
        #expect(sheet.rows.map(\.cells) == [RosterTemplate.headings])
        let filled = try Self.xlsx([
            RosterTemplate.headings, ["张三", "财政局", "局长", "男", "1", "委员", ""],
            ["李四", "财政局", "", "", "2", "工作人员", ""], ["张三", "财政局", "", "", "3", "委员", ""],
        ])
        let inspection = try RosterCSV.inspect(filled, file: "财政局.xlsx", ids: .generatedWhenAbsent)
        #expect(inspection.rows.allSatisfy { $0.isAccepted })
        #expect(inspection.accepted.map(\.id) == ["财政局/张三", "财政局/李四", "财政局/张三/2"])
        #expect(inspection.accepted.map(\.role) == [.member, .staff, .member])
        #expect(inspection.rows[1].cells == ["李四", "财政局", "", "", "2", "工作人员", ""])
        #expect(throws: InputErrors.self) { try RosterCSV.parse(filled, file: "财政局.xlsx") }
    }

    @Test("An old .xls file is named as such")
    func oldExcel() {
        let error = #expect(throws: InputErrors.self) {
            try RosterCSV.parse(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]), file: "名单.xls")
        }
        #expect(error?.errors.first?.message.contains("Excel 97–2003 workbook (.xls)") == true)
    }

    @Test("A damaged workbook is a whole-file error naming the file")
    func damagedWorkbook() throws {
        let data = try Self.xlsx([Self.chineseHeader])
        let error = #expect(throws: InputErrors.self) {
            try RosterCSV.parse(data.prefix(100), file: "名单.xlsx")
        }
        #expect(error?.errors.first?.description.hasPrefix("名单.xlsx: is not a readable XLSX workbook") == true)
    }
}
