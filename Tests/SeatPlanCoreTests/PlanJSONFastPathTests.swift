import Foundation
import Testing

@testable import SeatPlanCore

/// The one fast path of PLAN.json (the assignments) held to the `Codable` description: the same
/// bytes as `JSONEncoder`, the same values as `JSONDecoder`, for every combination of the
/// optional fields.
@Suite("PLAN.json fast path against Codable")
struct PlanJSONFastPathTests {
    /// Assignments covering every optional field absent, present and (for tags) empty.
    static func variants() -> [SeatAssignment] {
        var variants: [SeatAssignment] = []
        for mask in 0..<(1 << 7) {
            func has(_ bit: Int) -> Bool { mask & (1 << bit) != 0 }
            variants.append(
                SeatAssignment(
                    attendee: "A\(mask)", name: "张\"三\"\\\(mask)", unit: "财政局/预算处", precedence: mask + 1,
                    seat: "h1-2-\(mask)", label: "一楼 2排\(mask)号", area: SeatArea.allCases[mask % 3],
                    floor: has(0) ? 2 : nil, row: has(1) ? mask : nil, number: "\(mask)", table: has(2) ? "主桌" : nil,
                    x: Double(mask) * 0.55 - 13.1, y: has(3) ? -2.5 : 1e-7, title: has(4) ? "局长\t(正)" : nil,
                    role: has(5) ? Role.allCases[mask % Role.allCases.count] : nil, unitOrder: has(6) ? mask : nil,
                    tags: mask % 3 == 0 ? nil : mask % 3 == 1 ? [] : ["host", "sector:财政"]))
        }
        return variants
    }

    static func plan(_ assignments: [SeatAssignment]) -> SeatPlan {
        var plan = SeatPlan(
            venue: "v", convention: "cn", meeting: "会议/第二天", assignments: assignments, unseated: [],
            quality: PlanQuality(
                status: .optimal, objective: 953.7, bound: 953.7, gap: 0, protocolViolations: 0, unitSplits: 49,
                solveMilliseconds: 12))
        plan.notes = []
        return plan
    }

    @Test("A plan is written byte for byte as JSONEncoder writes it (empty lists kept on one line)")
    func sameBytesAsEncoder() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for plan in [Self.plan(Self.variants()), Self.plan([]), Self.plan(Array(Self.variants().prefix(1)))] {
            let reference = String(decoding: try encoder.encode(plan), as: UTF8.self)
                .replacingOccurrences(of: #"\[[\n ]*\]"#, with: "[]", options: .regularExpression)
                .replacingOccurrences(of: #"\{[\n ]*\}"#, with: "{}", options: .regularExpression)
            let written = String(decoding: try plan.jsonData(), as: UTF8.self)
            #expect(written == reference)
        }
    }

    @Test("Every assignment reads back as JSONDecoder reads it")
    func sameValuesAsDecoder() throws {
        let data = try Self.plan(Self.variants()).jsonData()
        let fast = try SeatPlan.decode(data, file: "plan.json")
        let reference = try JSONDecoder().decode(SeatPlan.self, from: data)
        #expect(fast == reference)
        #expect(fast.assignments.count == 128)
    }

    @Test("Mistakes outside the assignments name the field, as the Codable description has it")
    func envelopeMistakes() {
        let cases = [
            (
                #"{"schema": "seatplan.plan/1", "assignments": [], "venue": "v", "convention": "cn", "unseated": []}"#,
                "field 'quality': is missing"
            ),
            (
                #"{"schema": "seatplan.plan/1", "assignments": [], "venue": 3, "convention": "cn", "unseated": []}"#,
                "field 'venue': must be a string"
            ),
            (
                #"{"schema": "seatplan.plan/1", "assignments": [], "venue": "v", "convention": "cn", "#
                    + #""unseated": [{"attendee": "A"}], "quality": {}}"#,
                "field 'unseated[0].reason': is missing"
            ),
        ]
        for (text, expected) in cases {
            #expect(throws: InputError.self) { try SeatPlan.decode(Data(text.utf8), file: "plan.json") }
            do {
                _ = try SeatPlan.decode(Data(text.utf8), file: "plan.json")
            } catch {
                #expect(error.description.contains(expected), "\(error.description)")
            }
        }
    }

    /// A kind of object with more keys than fit in one machine word.
    enum ManyKeys: String, CaseIterable, Sendable {
        case k00, k01, k02, k03, k04, k05, k06, k07, k08, k09, k10, k11, k12, k13, k14, k15, k16, k17, k18, k19
        case k20, k21, k22, k23, k24, k25, k26, k27, k28, k29, k30, k31, k32, k33, k34, k35, k36, k37, k38, k39
        case k40, k41, k42, k43, k44, k45, k46, k47, k48, k49, k50, k51, k52, k53, k54, k55, k56, k57, k58, k59
        case k60, k61, k62, k63, k64, k65, k66, k67, k68, k69
    }

    @Test("Objects of more than 64 known keys are read whole: no key dropped, the first of a repeated key counts")
    func noKeyLimit() throws {
        let members = ManyKeys.allCases.map { "\"\($0.rawValue)\": \"first\"" } + ["\"k69\": \"second\""]
        var parser = JSONParser(bytes: Array("{\(members.joined(separator: ", "))}".utf8), file: "f")
        var read: [ManyKeys: String] = [:]
        try parser.members(JSONKeys<ManyKeys>(), orElse: { InputError(file: "f", "not an object") }) {
            parser, key throws(InputError) in
            guard let key else { return try parser.skipValue() }
            read[key] = try parser.optionalString(file: "f", path: key.rawValue)
        }
        #expect(read.count == 70)
        #expect(read[.k69] == "first")
        #expect(read[.k64] == "first")
    }
}
