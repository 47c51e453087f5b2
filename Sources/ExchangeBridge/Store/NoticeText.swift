import Foundation
import SeatPlanCore

/// The texts of the notices the store queues for units: plain text a unit's contact reads in
/// the exchange system (no phone numbers: those stay in the units table).
package enum NoticeText {
    /// 催报: a reminder to submit the roster.
    package static func reminder(meeting: String, unit: String, deadline: Date?) -> String {
        var text = "《\(meeting)》参会人员名单催报\n单位：\(unit)\n"
        if let deadline {
            text += "贵单位尚未报送参会人员名单，请于 \(beijingTime(deadline)) 前通过信息交换系统报送。\n"
        } else {
            text += "贵单位尚未报送参会人员名单，请尽快通过信息交换系统报送。\n"
        }
        return text
    }

    /// 催看: a reminder to read a notice in the exchange system.
    package static func readReminder(meeting: String, unit: String, title: String) -> String {
        "《\(meeting)》通知催看\n单位：\(unit)\n贵单位尚未阅读通知《\(title)》，请登录信息交换系统查看。\n"
    }

    /// 座位通知: the unit's people with their seats, and those without one.
    package static func seatNotice(
        meeting: String, unit: String, planVersion: Int, seats: [SeatAssignment],
        unseated: [(name: String, reason: String)]
    ) -> String {
        var text = "《\(meeting)》座位通知\n单位：\(unit)\n座位安排（第\(planVersion)版），共\(seats.count)人：\n"
        for seat in seats {
            let title = seat.title.map { $0.isEmpty ? "" : "（\($0)）" } ?? ""
            text += "\(seat.name)\(title)\t\(seat.label)\n"
        }
        if !unseated.isEmpty {
            text += "未安排座位，共\(unseated.count)人：\n"
            for person in unseated { text += "\(person.name)\t\(person.reason)\n" }
        }
        return text
    }

    /// `2025年3月1日 08:00（北京时间）`.
    static func beijingTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 8 * 3600) ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let hour = parts.hour ?? 0
        let minute = parts.minute ?? 0
        return "\(parts.year ?? 0)年\(parts.month ?? 0)月\(parts.day ?? 0)日 "
            + "\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)（北京时间）"
    }
}
