import Foundation
import SeatPlanCore

/// Sorts units by the rules' `unit_order` (official list, pinyin or strokes) and people by
/// precedence, as docs/planning-rules.md defines ("Unit key", "Person order").
struct UnitOrder {
    let ordering: UnitOrdering
    private let rosterLine: [String: Int]
    private let locale: Locale?

    init(ordering: UnitOrdering, roster: Roster) {
        self.ordering = ordering
        locale =
            switch ordering {
            case .official: nil
            case .pinyin: Locale(identifier: "zh@collation=pinyin")
            case .strokes: Locale(identifier: "zh@collation=stroke")
            }
        var lines: [String: Int] = [:]
        for (index, attendee) in roster.attendees.enumerated() { lines[attendee.id] = index }
        rosterLine = lines
    }

    /// Whether unit `a` (with official order `orderA`) comes before unit `b`.
    func unitPrecedes(_ a: String, _ orderA: Int, _ b: String, _ orderB: Int) -> Bool {
        if a == b { return false }
        if let locale {
            let order = a.compare(b, locale: locale)
            if order != .orderedSame { return order == .orderedAscending }
        }
        return (orderA, a) < (orderB, b)
    }

    /// People in person order: precedence, then roster line.
    func people(_ attendees: [Attendee]) -> [Attendee] {
        attendees.sorted { ($0.precedence, rosterLine[$0.id] ?? 0) < ($1.precedence, rosterLine[$1.id] ?? 0) }
    }

    /// Groups attendees into units in unit order, each unit's people in person order.
    func units(_ attendees: [Attendee]) -> [[Attendee]] {
        let grouped = Dictionary(grouping: attendees, by: \.unit)
        let units = grouped.map { (name: $0.key, order: $0.value.first?.unitOrder ?? 0, people: $0.value) }
            .sorted { unitPrecedes($0.name, $0.order, $1.name, $1.order) }
        return units.map { people($0.people) }
    }
}
