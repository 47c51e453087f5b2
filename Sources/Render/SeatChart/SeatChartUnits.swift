import Foundation
import SeatPlanCore

/// The units of a plan in order (by their most senior member), each with a colour index chosen
/// so that units sitting next to each other never share a colour.
struct SeatChartUnits {
    /// Unit names, most senior unit first; a unit's number is its index + 1.
    let ordered: [String]
    /// Each unit's colour index (into the palette it was coloured for).
    let colour: [String: Int]
    /// Each unit's 1-based number in ``ordered``.
    let number: [String: Int]

    /// Orders the units of `entries` and colours them with `colours` colours, neighbours
    /// (seats side by side in a row, or one behind the other) taking different ones where possible.
    init(entries: [PlacedPlan.Entry], colours: Int) {
        var senior: [String: Int] = [:]
        for entry in entries {
            let unit = entry.assignment.unit
            senior[unit] = min(senior[unit] ?? Int.max, entry.assignment.precedence)
        }
        ordered = senior.keys.sorted { (senior[$0] ?? 0, $0) < (senior[$1] ?? 0, $1) }
        number = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1, $0 + 1) })
        let neighbours = Self.neighbours(entries, number: number)
        var colour: [String: Int] = [:]
        var colourByNumber = [Int](repeating: -1, count: ordered.count + 1)
        let count = max(1, colours)
        for (index, unit) in ordered.enumerated() {
            let taken = Set((neighbours[index + 1] ?? []).map { colourByNumber[$0] })
            let start = index % count
            let free = (0..<count).map { ($0 + start) % count }.first { !taken.contains($0) } ?? start
            colour[unit] = free
            colourByNumber[index + 1] = free
        }
        self.colour = colour
    }

    /// Which units (by number) sit next to which: side by side in a row (across no aisle), one
    /// row behind, or at one table.
    private static func neighbours(_ entries: [PlacedPlan.Entry], number: [String: Int]) -> [Int: Set<Int>] {
        var result: [Int: Set<Int>] = [:]
        func link(_ a: Int, _ b: Int) {
            guard a != b else { return }
            result[a, default: []].insert(b)
            result[b, default: []].insert(a)
        }
        struct Place { let floor: Int, row: Int, x: Double, block: String?, unit: Int }
        let hall = entries.compactMap { entry -> Place? in
            guard let seat = entry.seat, seat.area == .hall else { return nil }
            return Place(
                floor: seat.floor ?? 0, row: seat.row ?? 0, x: seat.x, block: seat.block,
                unit: number[entry.assignment.unit] ?? 0)
        }
        let rows = Dictionary(grouping: hall) { $0.floor * 10_000 + $0.row }
        var buckets: [Int: [Int: [Int]]] = [:]
        for (key, members) in rows {
            let sorted = members.sorted { $0.x < $1.x }
            for (left, right) in zip(sorted, sorted.dropFirst()) where left.block == right.block {
                link(left.unit, right.unit)
            }
            buckets[key] = Dictionary(grouping: sorted) { Int(($0.x / 0.6).rounded()) }.mapValues { $0.map(\.unit) }
        }
        for (key, members) in rows {
            guard let next = buckets[key + 1] else { continue }
            for member in members {
                let bucket = Int((member.x / 0.6).rounded())
                for offset in -1...1 { for unit in next[bucket + offset] ?? [] { link(member.unit, unit) } }
            }
        }
        let tables = Dictionary(grouping: entries.filter { $0.assignment.area == .banquet }) {
            $0.assignment.table ?? ""
        }
        for members in tables.values {
            let units = Array(Set(members.map { number[$0.assignment.unit] ?? 0 }))
            for (index, unit) in units.enumerated() { for other in units[(index + 1)...] { link(unit, other) } }
        }
        return result
    }
}
