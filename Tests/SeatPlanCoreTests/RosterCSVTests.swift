import Foundation
import SeatPlanCore
import Testing

@Suite("Roster CSV import")
struct RosterCSVTests {
    static let header = "id,name,unit,unit_order,precedence,role,title,gender,tags\n"

    static func parse(_ body: String, file: String = "roster.csv") throws -> Roster {
        try RosterCSV.parse(Data((header + body).utf8), file: file)
    }

    static func errors(_ body: String) -> [InputError] {
        do {
            _ = try parse(body)
            return []
        } catch {
            return (error as? InputErrors)?.errors ?? []
        }
    }

    @Test("A well-formed roster reads every field")
    func readsFields() throws {
        let roster = try Self.parse(
            #"""
            A1,张三,市委办公厅,1,1,rostrum,秘书长,男,convener;accessible
            A2,"Smith, John",外事办,2,5,guest,,F,
            A3,欧阳明华,市委办公厅,1,3,member,"处长 ""常务""",,
            """#)
        #expect(roster.attendees.count == 3)
        let first = roster.attendees[0]
        #expect(
            first
                == Attendee(
                    id: "A1", name: "张三", unit: "市委办公厅", unitOrder: 1, precedence: 1, role: .rostrum,
                    title: "秘书长", gender: .male, tags: ["convener", "accessible"]))
        #expect(roster.attendees[1].name == "Smith, John")
        #expect(roster.attendees[1].gender == .female)
        #expect(roster.attendees[2].title == "处长 \"常务\"")
        #expect(roster.encoding == .utf8)
    }

    @Test("Columns may come in any order, with extra columns and CRLF line ends")
    func reorderedColumns() throws {
        let text =
            "tags,role,precedence,unit_order,unit,name,id,phone,gender,title\r\n"
            + ";;x;,列席,7,3,财政局,李四,B7,13800000000,女,科员\r\n"
        let roster = try RosterCSV.parse(Data(text.utf8), file: "r.csv")
        #expect(
            roster.attendees == [
                Attendee(
                    id: "B7", name: "李四", unit: "财政局", unitOrder: 3, precedence: 7, role: .nonvoting,
                    title: "科员", gender: .female, tags: ["x"])
            ])
    }

    @Test("UTF-8 with a byte-order mark is read")
    func utf8BOM() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data((Self.header + "A1,王五,统计局,4,9,member,,,\n").utf8)
        let roster = try RosterCSV.parse(data, file: "bom.csv")
        #expect(roster.attendees.first?.id == "A1")
        #expect(roster.encoding == .utf8)
    }

    @Test("GBK/GB18030 files from Chinese spreadsheet software are read")
    func gb18030() throws {
        let text = Self.header + "A1,赵六,发展和改革委员会,2,4,member,副主任,男,\n"
        let data = try #require(TextDecoding.gb18030(text))
        #expect(String(data: data, encoding: .utf8) == nil, "the test data must not be valid UTF-8")
        let roster = try RosterCSV.parse(data, file: "gbk.csv")
        #expect(roster.encoding == .gb18030)
        #expect(roster.attendees.first?.name == "赵六")
        #expect(roster.attendees.first?.unit == "发展和改革委员会")
    }

    @Test("Chinese role names and full-width digits are understood")
    func chineseRolesAndDigits() throws {
        let roster = try Self.parse("A1,钱七,市政府,１２,３,主席台,,,\n")
        #expect(roster.attendees.first?.role == .rostrum)
        #expect(roster.attendees.first?.unitOrder == 12)
        #expect(roster.attendees.first?.precedence == 3)
    }

    @Test(
        "Bad rows name the file, line and field",
        arguments: [
            ("A1,张三,市委,1,x,member,,,\n", 2, "precedence"),
            ("A1,张三,市委,1,0,member,,,\n", 2, "precedence"),
            ("A1,张三,市委,1,1,speaker,,,\n", 2, "role"),
            ("A1,张三,市委,one,1,member,,,\n", 2, "unit_order"),
            (",张三,市委,1,1,member,,,\n", 2, "id"),
            ("A1,,市委,1,1,member,,,\n", 2, "name"),
            ("A1,张三,,1,1,member,,,\n", 2, "unit"),
            ("A1,张三,市委,1,1,member,,X,\n", 2, "gender"),
            ("A1,张三,市委,1,1,member,,,\nA1,李四,市委,1,2,member,,,\n", 3, "id"),
            ("A1,张三,市委,1,1,member,,,\nA2,李四,市委,2,2,member,,,\n", 3, "unit_order"),
        ] as [(String, Int, String)])
    func badRow(body: String, line: Int, field: String) throws {
        let errors = Self.errors(body)
        #expect(errors.count == 1)
        #expect(errors.first?.file == "roster.csv")
        #expect(errors.first?.line == line)
        #expect(errors.first?.field == field)
        #expect(errors.first?.description.hasPrefix("roster.csv:\(line): field '\(field)': ") == true)
    }

    @Test("A row with a missing column is reported and nothing is imported")
    func missingColumnInRow() throws {
        let errors = Self.errors("A1,张三,市委,1,1,member,,,\nA2,李四,市委,1,2\nA3,王五,市委,1,3,member,,,\n")
        #expect(errors.map(\.line) == [3])
        #expect(errors.first?.message.contains("fields") == true)
    }

    @Test("Every problem in the file is reported at once")
    func allProblemsReported() throws {
        let errors = Self.errors("A1,张三,市委,1,x,member,,,\nA2,李四,市委,1,2,boss,,,\n")
        #expect(errors.map(\.line) == [2, 3])
    }

    @Test("A header without a required column is rejected naming the column")
    func missingHeaderColumn() throws {
        let data = Data("id,name,unit,unit_order,precedence,title,gender,tags\nA1,张三,市委,1,1,,,\n".utf8)
        let error = #expect(throws: InputErrors.self) { try RosterCSV.parse(data, file: "h.csv") }
        #expect(error?.errors.map(\.field) == ["role"])
        #expect(error?.errors.first?.line == 1)
    }

    @Test("Empty files, unclosed quotes and binary data are rejected clearly")
    func unreadableFiles() throws {
        #expect(throws: InputErrors.self) { try RosterCSV.parse(Data(), file: "e.csv") }
        let unclosed = Data((Self.header + "A1,\"张三,市委,1,1,member,,,\n").utf8)
        let error = #expect(throws: InputErrors.self) { try RosterCSV.parse(unclosed, file: "q.csv") }
        #expect(error?.errors.first?.line == 2)
        #expect(throws: InputErrors.self) { try RosterCSV.parse(Data([0xFF, 0xFE, 0x00, 0x81, 0x30]), file: "b.bin") }
    }

    @Test("Written rosters read back identically")
    func roundTrip() throws {
        let attendees = [
            Attendee(
                id: "A1", name: "Smith, \"Jo\"", unit: "外事办", unitOrder: 2, precedence: 5, role: .guest,
                title: "Consul", gender: .male, tags: ["interpreter", "vip"]),
            Attendee(id: "A2", name: "孙八", unit: "财政局", unitOrder: 3, precedence: 6, role: .press),
        ]
        let roster = try RosterCSV.parse(RosterCSV.encode(attendees), file: "out.csv")
        #expect(roster.attendees == attendees)
    }
}

@Suite("Roster intake row by row")
struct RosterInspectionTests {
    @Test("Good rows are accepted and bad rows rejected with their reasons, in file order")
    func rowByRow() throws {
        let text = RosterCSVTests.header + "A1,张三,市委,1,1,member,,,\nA2,李四,市委,1,x,member,,,\nA1,王五,市委,1,3,member,,,\n"
        let inspection = try RosterCSV.inspect(Data(text.utf8), file: "unit.csv")
        #expect(inspection.rows.map(\.line) == [2, 3, 4])
        #expect(inspection.rows.map(\.isAccepted) == [true, false, false])
        #expect(inspection.rows[1].problems.first?.field == "precedence")
        #expect(inspection.rows[2].problems.first?.message.contains("already used on line 2") == true)
        #expect(inspection.rows[1].fields["name"] == "李四")
        #expect(inspection.accepted.map(\.id) == ["A1"])
    }

    @Test("A file without the roster header is rejected whole")
    func badHeader() {
        #expect(throws: InputErrors.self) { try RosterCSV.inspect(Data("a,b\n1,2\n".utf8), file: "x.csv") }
    }
}
