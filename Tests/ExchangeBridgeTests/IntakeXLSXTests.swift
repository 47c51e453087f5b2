import ExchangeBridge
import Foundation
import SeatPlanCore
import SeededRandom
import Spreadsheet
import TestSupport
import Testing

@Suite("Roster intake from workbooks and broken files")
struct IntakeXLSXTests {
    static let header = ["姓名", "单位", "职务", "性别", "序号", "类别", "备注"]

    @Test("A filled-in template is taken row by row; each row's text is its cells as a CSV line")
    func template() throws {
        let data = try XLSXWriter().write(
            [
                Self.header, ["张三", "财政局", "局长", "男", "1", "委员", ""],
                ["李四", "财政局", "", "", "二", "委员", ""], ["王五", "教育局", "", "", "3", "委员", ""],
                ["赵六", "财政局", "科员, 二级", "女", "4", "列席", "accessible"],
            ].map { $0.map { .text($0) } })
        let parsed = try RosterIntake.parse(data, file: "财政局.xlsx", unit: "财政局")
        #expect(parsed.encoding == "xlsx")
        #expect(parsed.rows.map(\.line) == [2, 3, 4, 5])
        #expect(parsed.rows.map(\.isAccepted) == [true, false, false, true])
        #expect(parsed.rows[0].fields.id == "财政局/张三")
        #expect(parsed.rows[1].rejection?.field == "precedence")
        #expect(parsed.rows[2].rejection?.reason.contains("submitted by '财政局'") == true)
        #expect(parsed.rows[3].rawText == "赵六,财政局,\"科员, 二级\",女,4,列席,accessible")
    }

    /// A valid roster as CSV text, in the English columns or the Chinese template's.
    static func roster(_ random: inout SeededGenerator, chinese: Bool) -> [[String]] {
        let rows = (1...Int.random(in: 1...12, using: &random)).map { index in
            ["P\(index)", "人\(index)", "财政局", "1", String(index), "member", "", "男", ""]
        }
        guard chinese else { return [RosterCSV.columns] + rows }
        return [["姓名", "单位", "序号", "类别"]] + rows.map { [$0[1], $0[2], $0[4], "委员"] }
    }

    static func mutate(_ bytes: Data, _ random: inout SeededGenerator) -> Data {
        var bytes = Array(bytes)
        switch Int.random(in: 0..<4, using: &random) {
        case 0:
            bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &random)))
        case 1:
            for _ in 0..<Int.random(in: 1...8, using: &random) where !bytes.isEmpty {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] ^= UInt8.random(in: 1...255, using: &random)
            }
        case 2:
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let byte: UInt8 = [0x22, 0x2C, 0x0A, 0x00][Int.random(in: 0..<4, using: &random)]
                bytes.insert(byte, at: Int.random(in: 0...bytes.count, using: &random))
            }
        default:
            let cut = Int.random(in: 0...bytes.count, using: &random)
            bytes = Array(bytes[cut...] + bytes[..<cut])
        }
        return Data(bytes)
    }

    /// A workbook two of whose parts have swapped contents.
    static func swappedParts(_ rows: [[String]], _ random: inout SeededGenerator) throws -> Data {
        let workbook = try XLSXWriter().write(rows.map { $0.map { .text($0) } })
        let paths = [
            "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/_rels/workbook.xml.rels", "_rels/.rels", "xl/styles.xml",
        ]
        let first = paths[Int.random(in: 0..<paths.count, using: &random)]
        let second = paths[Int.random(in: 0..<paths.count, using: &random)]
        return try XLSXFixture.swapping(first, second, in: workbook)
    }

    @Test("1,000 deterministically broken rosters: each is refused whole or taken row by row, never a crash")
    func fuzz() throws {
        var random = SeededGenerator(seed: 20_241_120)
        var refused = 0
        var taken = 0
        for round in 0..<1_000 {
            let rows = Self.roster(&random, chinese: round % 3 == 0)
            let valid: Data =
                round % 2 == 0
                ? Data(rows.map { $0.map(CSVRecords.escape).joined(separator: ",") }.joined(separator: "\n").utf8)
                : try XLSXWriter().write(rows.map { $0.map { .text($0) } })
            let broken = round % 10 == 9 ? try Self.swappedParts(rows, &random) : Self.mutate(valid, &random)
            do {
                let parsed = try RosterIntake.parse(broken, file: "fuzz-\(round)", unit: "财政局")
                for row in parsed.rows {
                    #expect(row.isAccepted == (row.rejection == nil))
                    #expect(row.line >= 2)
                }
                taken += 1
            } catch {
                #expect(!error.errors.isEmpty)
                refused += 1
            }
        }
        #expect(refused + taken == 1_000)
        #expect(refused > 0 && taken > 0)
    }
}
