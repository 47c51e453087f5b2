import Render
import SeatPlanCore

/// A small meeting with a two-row rostrum laid out by protocol §1 (cn convention):
/// row 1 has 7 leaders (AUD 7 5 3 1 2 4 6), row 2 has 8 (AUD 14 12 10 8 9 11 13 15).
enum RostrumFixtures {
    static let frontRowNames = ["王建国", "李明", "张卫东", "刘洋", "陈静", "欧阳建国", "赵磊"]
    static let backRowNames = [
        "孙丽", "周海涛", "吴刚", "郑晓红", "Alexandra Montgomery-Smith", "冯军", "何志强", "马小燕",
    ]

    static var plan: SeatPlan {
        var assignments: [SeatAssignment] = []
        assignments += row(number: 1, names: frontRowNames, firstRank: 1, y: -1.2)
        assignments += row(number: 2, names: backRowNames, firstRank: 8, y: -2.4)
        assignments.append(
            SeatAssignment(
                attendee: "h1", name: "台下某", unit: "市政府", precedence: 40, seat: "H-1-1",
                label: "一楼 1排1号", area: .hall, floor: 1, row: 1, number: "1", table: nil, x: 0, y: 2))
        return SeatPlan(
            venue: "市政会议中心大礼堂", convention: "cn", meeting: "全市经济工作会议",
            assignments: assignments, unseated: [],
            quality: PlanQuality(
                status: .optimal, objective: 0, bound: 0, gap: 0, protocolViolations: 0,
                unitSplits: 0, solveMilliseconds: 1))
    }

    static let title = ChartTitle(
        meeting: "全市经济工作会议", venue: "市政会议中心大礼堂", date: "2025年3月8日", planVersion: "第2稿")

    /// The x (metres, to the audience's right) of the rank-`offset` leader (0-based) in a row of
    /// `count` under the cn default: 1 at the centre (or just left of it for an even row),
    /// 2 to the audience's right of 1, 3 to its left, and so on outward.
    static func x(offset: Int, count: Int, pitch: Double = 0.8) -> Double {
        let side = offset == 0 ? 0 : (offset % 2 == 1 ? 1 : -1)
        let step = Double((offset + 1) / 2)
        let evenShift = count % 2 == 0 ? -pitch / 2 : 0
        return evenShift + Double(side) * step * pitch
    }

    private static func row(number: Int, names: [String], firstRank: Int, y: Double) -> [SeatAssignment] {
        names.enumerated().map { offset, name in
            let rank = firstRank + offset
            return SeatAssignment(
                attendee: "p\(rank)", name: name, unit: "市委", precedence: rank, seat: "R-\(number)-\(offset + 1)",
                label: "主席台 第\(number)排 \(offset + 1)号", area: .rostrum, floor: nil, row: number,
                number: String(offset + 1), table: nil, x: x(offset: offset, count: names.count), y: y)
        }
    }
}
