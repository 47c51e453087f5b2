import Foundation
import SeatPlanCore

/// The order of units per the rules' `unit_order` (docs/planning-rules.md, "Unit key"):
/// official = the roster's `unit_order` then the name; pinyin / strokes = ICU collation of the
/// name, ties broken by official order then name.
struct UnitKey: Sendable {
    /// Unit name → position in the order (0 = first).
    private let ranks: [String: Int]
    /// The units in order.
    let units: [String]
    /// "the official order", "pinyin order" or "stroke order", for messages.
    let orderName: String

    init(roster: Roster, ordering: UnitOrdering) {
        var official: [String: Int] = [:]
        var previous: String?
        for attendee in roster.attendees where attendee.unit != previous {
            previous = attendee.unit
            if official[attendee.unit] == nil { official[attendee.unit] = attendee.unitOrder }
        }
        // Sort (order, name) pairs: looking the order up inside the comparison would hash a
        // Chinese name at every step.
        let names = official.map { (order: $0.value, name: $0.key) }.sorted {
            ($0.order, $0.name) < ($1.order, $1.name)
        }.map(\.name)
        let sorted: [String]
        switch ordering {
        case .official:
            sorted = names
            orderName = "the official order"
        case .pinyin, .strokes:
            let locale = Locale(identifier: ordering == .pinyin ? "zh@collation=pinyin" : "zh@collation=stroke")
            // Stable sort over the official order keeps official order and name as the tie-break.
            sorted = names.enumerated().sorted { lhs, rhs in
                let order = lhs.element.compare(rhs.element, locale: locale)
                return order == .orderedSame ? lhs.offset < rhs.offset : order == .orderedAscending
            }.map(\.element)
            orderName = ordering == .pinyin ? "pinyin order" : "stroke order"
        }
        units = sorted
        ranks = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($0.element, $0.offset) })
    }

    /// The unit's position in the order; units not on the roster sort last.
    func rank(of unit: String) -> Int { ranks[unit] ?? Int.max }
}
