import SeatPlanCore

/// The order in which name cards and seat labels are printed, so staff can lay them out seat
/// by seat: the rostrum by precedence, then the hall by floor, row and seat number, then the
/// banquet by table (in the venue's order) and position round the table.
enum NameCardOrder {
    /// `entries` sorted into print order; ties keep the plan's order.
    static func sorted(_ entries: [PlacedPlan.Entry], venue: Venue) -> [PlacedPlan.Entry] {
        var tableRank: [String: Int] = [:]
        for seat in venue.seats {
            if let table = seat.table, tableRank[table] == nil { tableRank[table] = tableRank.count }
        }
        let keyed = entries.enumerated().map { index, entry in
            (key: key(for: entry, tableRank: tableRank, planIndex: index), entry: entry)
        }
        return keyed.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map(\.entry)
    }

    /// A sort key of integers: area, then the area's own fields, then the plan index.
    private static func key(for entry: PlacedPlan.Entry, tableRank: [String: Int], planIndex: Int) -> [Int] {
        let assignment = entry.assignment
        let number = seatNumber(assignment.number)
        switch assignment.area {
        case .rostrum:
            return [0, assignment.precedence, 0, 0, planIndex]
        case .hall:
            return [
                1, assignment.floor ?? entry.seat?.floor ?? 0, assignment.row ?? entry.seat?.row ?? 0, number,
                planIndex,
            ]
        case .banquet:
            let table = assignment.table ?? entry.seat?.table
            let rank = table.flatMap { tableRank[$0] } ?? Int.max
            let position = entry.seat?.position ?? number
            return [2, rank, position, 0, planIndex]
        }
    }

    /// The seat number as an integer ("15" → 15, "15A" → 15); unnumbered seats sort last.
    private static func seatNumber(_ text: String) -> Int {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        return Int(digits) ?? Int.max
    }
}
