import Foundation
import Render
import SeatPlanCore
import Spreadsheet
import TestSupport
import Testing

@Suite("Phone directory")
struct PhoneDirectoryTests {
    static func entries(_ count: Int) -> [PhoneDirectoryEntry] {
        (1...count).map { index in
            PhoneDirectoryEntry(
                unit: index == 1 ? "中共某某市委员会办公室（市委机要局、市档案局）" : "第\(index)单位",
                parent: index.isMultiple(of: 3) ? "某某区人民政府" : "", contact: "联系人\(index)",
                officePhone: "0571-8888\(String(format: "%04d", index))",
                mobile: "1380013\(String(format: "%04d", index))")
        }
    }

    @Test("The workbook has the headings and one row per unit, phones kept as text")
    func workbook() throws {
        let data = try PhoneDirectory.xlsx(Self.entries(3))
        let sheet = try XLSXReader.firstWorksheet(data, file: "电话.xlsx")
        #expect(sheet.name == "单位电话资料")
        #expect(sheet.rows.map(\.cells.first) == ["序号", "1", "2", "3"])
        #expect(sheet.rows[0].cells == ["序号", "单位", "上级单位", "联系人", "办公电话", "手机"])
        #expect(sheet.rows[3].cells == ["3", "第3单位", "某某区人民政府", "联系人3", "0571-88880003", "13800130003"])
    }

    @Test("The PDF lists every unit on A4 pages, the headings repeated on each page")
    func pdf() throws {
        let options = RenderOptions(title: ChartTitle(meeting: "全市经济工作会议", venue: "", date: "12月1日", planVersion: ""))
        let pdf = try PhoneDirectory.pdf(Self.entries(60), options: options)
        let summary = try PDFInspection.summary(of: pdf)
        #expect(summary.pageCount == 2)
        #expect(summary.pageSizes.allSatisfy { $0.isClose(toWidth: 595.28, height: 841.89) })
        let text = try PDFInspection.text(of: pdf, order: .drawn)
        #expect(text.contains("单位电话资料"))
        #expect(text.contains("联系人60"))
        #expect(text.contains("13800130060"))
        #expect(text.components(separatedBy: "办公电话").count - 1 == 2, "the headings on both pages")
        if let folder = ProcessInfo.processInfo.environment["PHONE_DIRECTORY_PDF"] {
            try pdf.write(to: URL(fileURLWithPath: folder))
        }
        #expect(throws: RenderError.self) { try PhoneDirectory.pdf([], options: options) }
    }
}
