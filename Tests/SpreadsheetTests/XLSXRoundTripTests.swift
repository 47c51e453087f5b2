import Foundation
import Spreadsheet
import Testing

@Suite("XLSX writer round trip")
struct XLSXRoundTripTests {
    @Test("What the writer writes, the reader reads back: text, numbers, gaps, escaping")
    func roundTrip() throws {
        let rows: [[XLSXCell]] = [
            ["姓名", "单位", "序号"],
            ["张三", "市委办公室", .number(3)],
            ["O'Brien & <Sons>", "", .number(2.5)],
            ["李四", "电话 0571-88880000", "13800138000"],
        ]
        let data = try XLSXWriter(sheetName: "名单", columnWidths: [10, 30, 6]).write(rows)
        #expect(XLSXReader.isXLSX(data))
        let sheet = try XLSXReader.firstWorksheet(data, file: "out.xlsx")
        #expect(sheet.name == "名单")
        #expect(sheet.rows.map(\.number) == [1, 2, 3, 4])
        #expect(sheet.rows[0].cells == ["姓名", "单位", "序号"])
        #expect(sheet.rows[1].cells == ["张三", "市委办公室", "3"])
        #expect(sheet.rows[2].cells == ["O'Brien & <Sons>", "", "2.5"])
        #expect(sheet.rows[3].cells == ["李四", "电话 0571-88880000", "13800138000"])
    }

    @Test("The same rows give the same bytes; control characters are dropped, not written")
    func deterministic() throws {
        let writer = XLSXWriter()
        let first = try writer.write([["a\u{1}b", "c"]])
        #expect(first == (try writer.write([["a\u{1}b", "c"]])))
        #expect(try XLSXReader.firstWorksheet(first, file: "x.xlsx").rows[0].cells == ["ab", "c"])
    }

    @Test("LibreOffice converts a written workbook to CSV with the same cells (skipped when not installed)")
    func libreOffice() throws {
        let office = ["/usr/bin/libreoffice", "/usr/bin/soffice"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
        guard let office else { return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-lo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("t.xlsx")
        try XLSXWriter().write([["姓名", "序号"], ["张三", .number(1)]]).write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: office)
        process.arguments = ["--headless", "--convert-to", "csv", "--outdir", folder.path, input.path]
        try process.run()
        process.waitUntilExit()
        let csv = try String(contentsOf: folder.appendingPathComponent("t.csv"), encoding: .utf8)
        #expect(csv.contains("张三,1"))
    }
}
