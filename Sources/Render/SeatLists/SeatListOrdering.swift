import Foundation
import SeatPlanCore

/// The order in which names are listed in the by-name list.
public enum NameOrder: String, Sendable, CaseIterable {
    /// By the pinyin of the name (汉语拼音顺序), the usual order of a directory.
    case pinyin
    /// By the stroke count of the name (姓氏笔画顺序), the usual order of official name lists.
    case strokes

    /// The ICU collation that sorts in this order.
    var locale: Locale {
        switch self {
        case .pinyin: Locale(identifier: "zh@collation=pinyin")
        case .strokes: Locale(identifier: "zh@collation=stroke")
        }
    }

    /// How the order is named in a list's summary line.
    var summaryPhrase: String {
        switch self {
        case .pinyin: "按姓名拼音排序"
        case .strokes: "按姓氏笔画排序"
        }
    }
}

/// How the people of a plan are ordered in the printed lists.
enum SeatListOrdering {
    /// One unit and its people.
    struct UnitGroup: Equatable {
        var unit: String
        var members: [SeatAssignment]
    }

    /// The units in official order, each with its people by precedence.
    ///
    /// A plan does not carry the roster's `unit_order`, so units are ordered by the smallest
    /// precedence among their members (ties by name). Generated and real rosters rank the
    /// leaders of a unit with the unit, so this follows the official unit order; it is not the
    /// order in which the units first appear in the plan.
    static func units(_ assignments: [SeatAssignment]) -> [UnitGroup] {
        let grouped = Dictionary(grouping: assignments, by: \.unit)
        return grouped.map { unit, members in
            UnitGroup(unit: unit, members: members.sorted(by: byPrecedence))
        }
        .sorted { lhs, rhs in
            let left = lhs.members.first?.precedence ?? Int.max
            let right = rhs.members.first?.precedence ?? Int.max
            return left != right ? left < right : lhs.unit < rhs.unit
        }
    }

    /// Everyone by name in `order`; people of the same name by unit order, then precedence.
    static func byName(_ assignments: [SeatAssignment], order: NameOrder) -> [SeatAssignment] {
        // Collating is the slow part: rank each distinct name once rather than per comparison.
        let locale = order.locale
        let names = Set(assignments.map(\.name)).sorted { lhs, rhs in
            switch lhs.compare(rhs, locale: locale) {
            case .orderedAscending: true
            case .orderedDescending: false
            case .orderedSame: lhs < rhs
            }
        }
        let nameRank = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let unitRank = Dictionary(
            uniqueKeysWithValues: units(assignments).enumerated().map { ($1.unit, $0) })
        return assignments.sorted { lhs, rhs in
            let left = (nameRank[lhs.name] ?? 0, unitRank[lhs.unit] ?? 0)
            let right = (nameRank[rhs.name] ?? 0, unitRank[rhs.unit] ?? 0)
            if left != right { return left < right }
            return byPrecedence(lhs, rhs)
        }
    }

    /// Precedence first, then name and seat, so the order never depends on the plan's order.
    static func byPrecedence(_ lhs: SeatAssignment, _ rhs: SeatAssignment) -> Bool {
        if lhs.precedence != rhs.precedence { return lhs.precedence < rhs.precedence }
        if lhs.name != rhs.name { return lhs.name < rhs.name }
        return lhs.seat < rhs.seat
    }
}
