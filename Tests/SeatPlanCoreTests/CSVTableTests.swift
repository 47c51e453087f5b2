import Foundation
import SeatPlanCore
import Testing

/// The one CSV reader behind rosters and unit lists: decoding, header, column positions, rows.
@Suite("CSV table reading")
struct CSVTableTests {
    static let columns = CSVColumns(["name", "order", "note"], required: ["name", "order"])

    static func errors(_ text: String, columns: CSVColumns = columns) -> [String] {
        do {
            _ = try CSVTable(Data(text.utf8), file: "t.csv", columns: columns)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    @Test("Finds known columns in any order, ignores others, trims values, tolerates short rows")
    func readsColumnsAndRows() throws {
        let table = try CSVTable(
            Data(" Order ,extra,NAME\n2,x, 甲 \n\n1\n".utf8), file: "t.csv", columns: Self.columns)
        #expect(table.encoding == .utf8)
        #expect(table.header.line == 1)
        #expect(table.header.positions == ["order": 0, "name": 2])
        #expect(table.header.fieldCountReachingEveryColumn == 3)
        #expect(table.rows.map(\.line) == [2, 4])
        #expect(table.header.value("name", in: table.rows[0]) == "甲")
        #expect(table.header.value("name", in: table.rows[1]) == "")
        #expect(table.header.value("note", in: table.rows[0]) == "")
    }

    @Test("GB18030 text is decoded and reported as such")
    func gb18030() throws {
        let data = try #require(TextDecoding.gb18030("name,order\n财政局,1\n"))
        let table = try CSVTable(data, file: "t.csv", columns: Self.columns)
        #expect(table.encoding == .gb18030)
        #expect(table.header.value("name", in: table.rows[0]) == "财政局")
    }

    @Test("Problems of the whole file name the file, line and column")
    func fileProblems() {
        #expect(Self.errors("") == ["t.csv: is empty; expected the header name,order,note"])
        #expect(
            Self.errors("name,order\n\"甲,1\n") == [#"t.csv:2: a quoted field is never closed; add the missing '"'"#])
        #expect(
            Self.errors("order,Name,name\n") == [
                "t.csv:1: field 'name': appears twice in the header"
            ])
        #expect(
            Self.errors("note\n") == [
                "t.csv:1: field 'name': column is missing from the header; expected name,order,note",
                "t.csv:1: field 'order': column is missing from the header; expected name,order,note",
            ])
        do {
            _ = try CSVTable(Data([0xFF, 0xFF, 0xFF]), file: "t.csv", columns: Self.columns)
            Issue.record("bytes that are not text were read")
        } catch {
            #expect(
                error.errors.map(\.description) == [
                    "t.csv: is neither UTF-8 nor GB18030/GBK text; save it as CSV (UTF-8)"
                ])
        }
    }

    @Test("Every known column is required unless told otherwise; byte-order marks in names only when asked")
    func requiredAndByteOrderMarks() {
        #expect(
            Self.errors("name,order\n", columns: CSVColumns(["name", "order", "note"])) == [
                "t.csv:1: field 'note': column is missing from the header; expected name,order,note"
            ])
        #expect(Self.errors("name,\u{FEFF}order\n").count == 1)
        #expect(
            Self.errors(
                "name,\u{FEFF}order\n", columns: CSVColumns(["name", "order"], dropsByteOrderMarksInHeader: true)
            ).isEmpty)
    }
}
