import Foundation
import Spreadsheet
import TestSupport
import Testing

@Suite("XLSX files that are refused")
struct XLSXMalformedTests {
    static func valid() throws -> Data {
        try XLSXWriter().write([["姓名", "单位"], ["张三", "市委"]])
    }

    static func refusal(_ data: Data, limits: XLSXLimits = XLSXLimits()) -> SpreadsheetError? {
        do {
            _ = try XLSXReader.firstWorksheet(data, file: "u.xlsx", limits: limits)
            return nil
        } catch {
            return error
        }
    }

    @Test("A truncated or corrupted zip is refused as damaged")
    func truncated() throws {
        let data = try Self.valid()
        let damaged =
            "is not a readable XLSX workbook (the zip archive is damaged or truncated); "
            + "save it again from Excel or WPS"
        #expect(Self.refusal(data.prefix(data.count / 2))?.message == damaged)
        #expect(Self.refusal(Data("PK\u{3}\u{4}garbage".utf8))?.message == damaged)
        #expect(Self.refusal(Data("id,name\n".utf8))?.message == damaged)
    }

    @Test("A part inflating past the cap (200 MiB of zeros) is refused while inflating")
    func zipBomb() throws {
        var parts = XLSXFixture.packageParts(sharedStrings: false)
        parts["xl/worksheets/sheet1.xml"] = XLSXFixture.worksheet("")
        let bomb = try XLSXFixture.zip(parts, zeros: 200 << 20, at: "xl/sharedStrings.xml")
        #expect(bomb.count < 1 << 20)
        let clock = ContinuousClock()
        let started = clock.now
        let error = Self.refusal(bomb)
        #expect(error?.message.contains("part xl/sharedStrings.xml inflates to more than 64 MiB") == true)
        #expect(clock.now - started < .seconds(20))
    }

    @Test("A workbook without its sheet part, or without a workbook part, names what is missing")
    func missingParts() throws {
        let parts = XLSXFixture.packageParts(sharedStrings: false)
        #expect(
            Self.refusal(try XLSXFixture.zip(parts))?.message
                == "sheet 'Sheet1' (xl/worksheets/sheet1.xml) is missing from the workbook; save it again from "
                + "Excel or WPS")
        var noWorkbook = parts
        noWorkbook["xl/workbook.xml"] = nil
        #expect(Self.refusal(try XLSXFixture.zip(noWorkbook))?.message.hasPrefix("has no workbook part") == true)
    }

    @Test("A shared string index out of range names the cell")
    func sharedStringOutOfRange() throws {
        var parts = XLSXFixture.packageParts()
        parts["xl/sharedStrings.xml"] = XLSXFixture.sharedStrings(Array(repeating: "<t>x</t>", count: 40))
        parts["xl/worksheets/sheet1.xml"] = XLSXFixture.worksheet(
            #"<row r="7"><c r="A7" t="s"><v>0</v></c><c r="B7" t="s"><v>912</v></c></row>"#)
        let error = Self.refusal(try XLSXFixture.zip(parts))
        #expect(error?.row == 7)
        #expect(error?.message == "cell B7: shared string 912 does not exist (the file has 40)")
        #expect(error?.description == "u.xlsx:7: cell B7: shared string 912 does not exist (the file has 40)")
    }

    @Test("100,000 rows are refused at the row limit")
    func tooManyRows() throws {
        var parts = XLSXFixture.packageParts(sharedStrings: false)
        var rows = ""
        rows.reserveCapacity(100_000 * 40)
        for row in 1...100_000 { rows += #"<row r="\#(row)"><c r="A\#(row)"><v>\#(row)</v></c></row>"# }
        parts["xl/worksheets/sheet1.xml"] = XLSXFixture.worksheet(rows)
        let error = Self.refusal(try XLSXFixture.zip(parts))
        #expect(error?.message.hasPrefix("has more than 20000 rows; a unit roster is at most") == true)
        #expect(error?.row == 20_001)
    }

    @Test("A value beyond the column limit, a bad reference, a DOCTYPE, broken XML are refused")
    func otherRefusals() throws {
        var parts = XLSXFixture.packageParts(sharedStrings: false)
        parts["xl/worksheets/sheet1.xml"] = XLSXFixture.worksheet(#"<row r="2"><c r="XFD2"><v>1</v></c></row>"#)
        #expect(
            Self.refusal(try XLSXFixture.zip(parts))?.message
                == "cell XFD2 is in column 16384; at most 256 columns (up to IV) are read")
        parts["xl/worksheets/sheet1.xml"] = XLSXFixture.worksheet(#"<row r="2"><c r="2B"><v>1</v></c></row>"#)
        #expect(Self.refusal(try XLSXFixture.zip(parts))?.message == "cell reference '2B' is not a cell of a worksheet")
        parts["xl/worksheets/sheet1.xml"] =
            #"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet><sheetData/></worksheet>"#
        #expect(Self.refusal(try XLSXFixture.zip(parts))?.message.contains("declares a document type") == true)
        parts["xl/worksheets/sheet1.xml"] = XLSXFixture.worksheet("<row><c><v>1</row>")
        let broken = Self.refusal(try XLSXFixture.zip(parts))
        #expect(broken?.message.contains("is not well-formed XML") == true, "\(String(describing: broken))")
    }
}
