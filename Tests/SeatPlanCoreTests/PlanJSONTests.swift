import Foundation
import SeatPlanCore
import Testing

/// PLAN.json is written by a hand-made writer for speed; it must say exactly what the
/// `Codable` conformances say.
@Suite("PLAN.json writing")
struct PlanJSONTests {
    static func fullPlan() -> SeatPlan {
        var plan = SeatPlan(
            venue: "测试会场", convention: "cn", meeting: "全市\"重点\"工作会议\n第二天",
            assignments: [
                SeatAssignment(
                    attendee: "A1", name: "张三", unit: "财政局", precedence: 1, seat: "rostrum-1-C", label: "主席台 1排1号",
                    area: .rostrum, floor: nil, row: 1, number: "1", table: nil, x: 0, y: -2.5, title: "局长",
                    role: .rostrum,
                    unitOrder: 3, tags: ["host"]),
                SeatAssignment(
                    attendee: "A2", name: "O'Brien \\ Li", unit: "外事办", precedence: 20, seat: "h1-3-15",
                    label: "一楼 3排15号",
                    area: .hall, floor: 1, row: 3, number: "15", table: nil, x: -1.0625, y: 3.3000000000000003),
                SeatAssignment(
                    attendee: "A3", name: "李四", unit: "教育局", precedence: 30, seat: "t主桌-3", label: "主桌 3号",
                    area: .banquet, floor: nil, row: nil, number: "3", table: "主桌", x: 1e-7, y: 12345.5, role: .guest),
            ],
            unseated: [UnseatedAttendee(attendee: "A4", reason: "no seat\tleft")],
            quality: PlanQuality(
                status: .optimal, objective: 12.25, bound: 12, gap: 0.0204, protocolViolations: 0, unitSplits: 2,
                solveMilliseconds: 40))
        plan.notes = ["one", "two"]
        plan.changes = PlanChanges(
            policy: LateChangePolicy(rostrumAbsence: .removeAndClose, auditoriumAbsence: .leaveEmpty, frozen: true),
            moved: [
                SeatMove(
                    attendee: "A2", name: "O'Brien", from: "h1-3-14", to: "h1-3-15", fromLabel: "一楼 3排14号",
                    toLabel: "一楼 3排15号")
            ],
            seated: [SeatChange(attendee: "A3", name: "李四", seat: "t主桌-3", label: "主桌 3号", reason: "added")],
            unseated: [SeatChange(attendee: "A5", name: "王五", seat: "h1-1-1", label: "一楼 1排1号", reason: "cancelled")],
            cardsToReprint: ["A2", "A3"], moveCost: 1, moveBound: 1, vacated: ["h1-1-1": "财政局", "h1-1-2": "教育局"],
            blocked: ["h1-9-9"], pins: ["A2": "h1-3-15"], exempt: ["A3"])
        return plan
    }

    @Test("The written file decodes to the same plan")
    func roundTrip() throws {
        let plan = Self.fullPlan()
        let decoded = try SeatPlan.decode(try plan.jsonData(), file: "plan.json")
        #expect(decoded == plan)
    }

    @Test("The written file holds the same JSON as JSONEncoder's, with sorted keys")
    func sameAsEncoder() throws {
        for plan in [
            Self.fullPlan(),
            SeatPlan(
                venue: "v", convention: "intl", assignments: [], unseated: [],
                quality: PlanQuality(
                    status: .optimal, objective: 0, bound: 0, gap: 0, protocolViolations: 0, unitSplits: 0,
                    solveMilliseconds: 0)),
        ] {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let reference = try JSONSerialization.jsonObject(with: encoder.encode(plan)) as? NSDictionary
            let written = try JSONSerialization.jsonObject(with: plan.jsonData()) as? NSDictionary
            #expect(reference != nil)
            #expect(written == reference)
        }
        let text = String(decoding: try Self.fullPlan().jsonData(), as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"assignments\" : [\n    {\n      \"area\" : \"rostrum\","))
        let keys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys == keys.sorted())
    }
}
