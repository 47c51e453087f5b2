import Foundation
import SeatPlanCore
import SeededRandom
import Testing

/// PLAN.json is read by a hand-made reader for speed (the assignments member by member); it must
/// accept what `JSONDecoder` accepts, read the same values, and name the field of any mistake.
@Suite("PLAN.json reading")
struct PlanJSONReadingTests {
    static let quality =
        #""quality": {"status": "optimal", "objective": 1, "bound": 1, "gap": 0, "#
        + #""protocol_violations": 0, "unit_splits": 0, "solve_ms": 3}"#

    /// A plan file with the given assignment objects.
    static func planText(_ assignments: [String], extra: String = "") -> String {
        let joined = assignments.joined(separator: ",")
        return #"{"schema": "seatplan.plan/1", "venue": "v", "convention": "cn", "unseated": [], \#(quality), "#
            + #""assignments": [\#(joined)]\#(extra)}"#
    }

    static let seated =
        #"{"attendee": "A1", "name": "张三", "unit": "财政局", "precedence": 2, "seat": "h1-1-1", "#
        + #""label": "一楼 1排1号", "area": "hall", "floor": 1, "row": 1, "number": "1", "table": null, "#
        + #""x": -1.25, "y": 3.3000000000000003}"#

    @Test("Unknown keys, nulls, missing optionals, escaped keys and a repeated key read as JSONDecoder reads them")
    func sameAsDecoder() throws {
        let variants = [
            Self.seated,
            #"{"attendee": "A1", "extra": {"deep": [1, {"x": null}]}, "name": "O\"Brien \\ \u674e", "unit": "u", "#
                + #""precedence": 2, "seat": "s", "label": "l", "area": "banquet", "number": "3", "table": "主桌", "#
                + #""x": 0, "y": 1e-7, "title": null, "role": "guest", "unit_order": 7, "#
                + #""tags": ["host", "accessible"]}"#,
            #"{"attendee": "A1", "name": "n", "unit": "u", "precedence": 2, "seat": "s", "seat": "t", "label": "l", "#
                + #""area": "rostrum", "number": "1", "x": -0.0, "y": -2.5E+1, "\u0072ole": "rostrum", "tags": null}"#,
        ]
        for variant in variants {
            let text = Self.planText([variant], extra: #", "notes": ["a"], "future_field": true"#)
            let decoded = try SeatPlan.decode(Data(text.utf8), file: "plan.json")
            let reference = try JSONDecoder().decode(SeatPlan.self, from: Data(text.utf8))
            #expect(decoded == reference, "\(variant)")
        }
    }

    @Test("Numbers read exactly as Double(text) reads them", arguments: [1, 2, 3])
    func numbers(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        var texts: [String] = [
            "0", "-0", "1", "12.5", "3.3000000000000003", "123456789012345", "1234567890123456", "0.1", "-99.99", "5e3",
            "1.0", "007",
        ]
        for _ in 0..<2_000 {
            let digits = Int(generator.next() % 18) + 1
            var text = (0..<digits).map { _ in String(generator.next() % 10) }.joined()
            let point = Int(generator.next() % UInt64(digits + 1))
            if point > 0, point < digits { text.insert(".", at: text.index(text.startIndex, offsetBy: point)) }
            if generator.next() % 2 == 0 { text = "-" + text }
            texts.append(text)
        }
        let assignments = texts.map { Self.seated.replacingOccurrences(of: "\"x\": -1.25", with: "\"x\": \($0)") }
        let plan = try SeatPlan.decode(Data(Self.planText(assignments).utf8), file: "plan.json")
        for (text, assignment) in zip(texts, plan.assignments) {
            #expect(assignment.x.bitPattern == Double(text)?.bitPattern, "\(text)")
        }
    }

    @Test(
        "A mistake names the file and the field, or the line for bad syntax",
        arguments: [
            (#"{"attendee": "A1"}"#, "plan.json: field 'assignments[1].name': is missing"),
            (
                Self.seated.replacingOccurrences(of: #""seat": "h1-1-1""#, with: #""seat": 7"#),
                "plan.json: field 'assignments[1].seat': must be a string"
            ),
            (
                Self.seated.replacingOccurrences(of: #""row": 1"#, with: #""row": 1.5"#),
                "plan.json: field 'assignments[1].row': must be a whole number"
            ),
            (
                Self.seated.replacingOccurrences(of: #""area": "hall""#, with: #""area": "attic""#),
                "plan.json: field 'assignments[1].area': 'attic' is not a valid value"
            ),
            (
                Self.seated.replacingOccurrences(of: #""precedence": 2"#, with: #""precedence": null"#),
                "plan.json: field 'assignments[1].precedence': is missing"
            ),
            (
                Self.seated.replacingOccurrences(of: #""table": null"#, with: #""tags": ["a", 3]"#),
                "plan.json: field 'assignments[1].tags[1]': must be a string"
            ),
            (#"[1]"#, "plan.json: field 'assignments[1]': must be an object"),
        ])
    func mistakes(assignment: String, message: String) throws {
        let text = Self.planText([Self.seated, assignment])
        #expect(throws: InputError.self) { try SeatPlan.decode(Data(text.utf8), file: "plan.json") }
        do {
            _ = try SeatPlan.decode(Data(text.utf8), file: "plan.json")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("A file that is not a plan object, or not JSON, says so")
    func notAPlan() {
        for (text, expected) in [
            ("[1, 2]", "is not a plan file"), ("{\"assignments\": 3}", "'assignments': must be a list"),
            ("{\n\"assignments\": [,]}", "plan.json:2: is not valid JSON: unexpected character ','"),
            ("{\"schema\": \"x\", \"assignments\": []}", "expected 'seatplan.plan/1'"),
            ("{\"schema\": \"seatplan.plan/1\"}", "'assignments': is missing"), ("{} x", "unexpected text after"),
        ] {
            do {
                _ = try SeatPlan.decode(Data(text.utf8), file: "plan.json")
                Issue.record("\(text) was accepted")
            } catch {
                #expect(error.description.contains(expected), "\(text): \(error.description)")
            }
        }
    }

    @Test("A plan of thousands of seats (written in parallel chunks) is one valid file that reads back the same")
    func largePlan() throws {
        let assignments = (0..<2_501).map { index in
            SeatAssignment(
                attendee: "A\(index)", name: "张\(index)", unit: "单位\(index % 40)", precedence: index + 1,
                seat: "h1-\(index / 50)-\(index % 50)",
                label: "一楼 \(index / 50)排\(index % 50)号", area: .hall, floor: 1, row: index / 50,
                number: "\(index % 50)", table: nil,
                x: Double(index % 50) * 0.55 - 13.1, y: Double(index / 50) * 0.9, role: .member,
                unitOrder: index % 40 + 1)
        }
        let plan = SeatPlan(
            venue: "v", convention: "cn", assignments: assignments, unseated: [],
            quality: PlanQuality(
                status: .optimal, objective: 0, bound: 0, gap: 0, protocolViolations: 0, unitSplits: 0,
                solveMilliseconds: 0))
        let data = try plan.jsonData()
        #expect(try SeatPlan.decode(data, file: "plan.json") == plan)
        #expect(try JSONDecoder().decode(SeatPlan.self, from: data) == plan)
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains(",,") && !text.contains("}\n    {") && !text.contains("},{"))
    }
}
