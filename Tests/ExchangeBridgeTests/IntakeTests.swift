import Foundation
import SeatPlanCore
import Testing

@testable import ExchangeBridge

/// Reading UNITS.csv and unit roster uploads.
struct IntakeTests {
    @Test func unitsCSVReadsQuotedFieldsParentsAndOptionalColumns() throws {
        let csv = [
            "unit,unit_order,parent,contact,phone,mobile",
            "市委办公室,1,,李四,0571-8888,13800000000",
            #""西湖区委, 办公室",2,市委办公室,"王""五""",,"#,
            "\"多行\n单位\",3,,,,",
            "",
        ].joined(separator: "\n")
        let units = try UnitsCSV.parse(Data(csv.utf8), file: "UNITS.csv")
        #expect(units.map(\.name) == ["市委办公室", "西湖区委, 办公室", "多行\n单位"])
        #expect(units[1].parent == "市委办公室")
        #expect(units[1].contactPerson == "王\"五\"")
        #expect(units[0].mobile == "13800000000")
        let minimal = try UnitsCSV.parse(Data("unit_order,unit\n2,甲\n1,乙\n".utf8), file: "u.csv")
        #expect(minimal == [UnitDetails(name: "甲", officialOrder: 2), UnitDetails(name: "乙", officialOrder: 1)])
    }

    @Test func unitsCSVInGB18030() throws {
        let csv = "unit,unit_order,parent,contact,phone,mobile\n镕基办公室,1,,喆,,\n"
        let data = try #require(TextDecoding.gb18030(csv))
        #expect(try UnitsCSV.parse(data, file: "u.csv").first?.contactPerson == "喆")
    }

    @Test func unitsCSVErrorsNameFileLineAndColumn() throws {
        let csv = "unit,unit_order\n甲,1\n,2\n乙,first\n甲,3\n"
        let error = #expect(throws: InputErrors.self) { try UnitsCSV.parse(Data(csv.utf8), file: "UNITS.csv") }
        let text = error?.description ?? ""
        #expect(text.contains("UNITS.csv:3: field 'unit'"))
        #expect(text.contains("UNITS.csv:4: field 'unit_order': 'first'"))
        #expect(text.contains("UNITS.csv:5: field 'unit': '甲' is already listed on line 2"))
        let missing = #expect(throws: InputErrors.self) {
            try UnitsCSV.parse(Data("unit,parent\n甲,\n".utf8), file: "u.csv")
        }
        #expect(missing?.description.contains("field 'unit_order': column is missing") == true)
        #expect(throws: InputErrors.self) { try UnitsCSV.parse(Data("unit,unit_order\n\"甲,1\n".utf8), file: "u.csv") }
    }

    @Test func rosterIntakeAcceptsAndRejectsRowByRow() throws {
        let csv = [
            "id,name,unit,unit_order,precedence,role,title,gender,tags",
            "A1,张三,市委办公室,1,1,rostrum,书记,男,",
            "A2,李四,市委办公室,1,first,member,,,",
            "A3,王五,别的单位,1,3,member,,,",
            #""A4","多行"#,
            #"名字",市委办公室,1,4,member,,女,accessible;convener"#,
        ].joined(separator: "\n")
        let parsed = try RosterIntake.parse(Data(csv.utf8), file: "名单.csv", unit: "市委办公室")
        #expect(parsed.encoding == "utf-8")
        #expect(parsed.rows.map(\.line) == [2, 3, 4, 5])
        #expect(parsed.rows.map(\.isAccepted) == [true, false, false, true])
        #expect(parsed.rows[1].rejection?.field == "precedence")
        #expect(parsed.rows[1].rejection?.reason.contains("'first' is not a whole number") == true)
        #expect(parsed.rows[1].fields.precedence == "first")
        #expect(parsed.rows[1].rawText == "A2,李四,市委办公室,1,first,member,,,")
        #expect(parsed.rows[2].rejection?.reason.contains("submitted by '市委办公室'") == true)
        #expect(parsed.rows[3].rawText == "\"A4\",\"多行\n名字\",市委办公室,1,4,member,,女,accessible;convener")
        #expect(parsed.rows[3].fields.tags == "accessible;convener")
    }

    @Test func rosterIntakeThrowsOnlyForAnUnreadableFile() throws {
        #expect(throws: InputErrors.self) {
            try RosterIntake.parse(Data("id,name\nA1,x\n".utf8), file: "r.csv", unit: "u")
        }
        #expect(throws: InputErrors.self) {
            try RosterIntake.parse(Data([0xFF, 0xFF, 0xFF]), file: "r.csv", unit: "u")
        }
    }
}
