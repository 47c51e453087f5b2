/// A chair placed on the rostrum for a given number of people.
public struct RostrumSlot: Sendable, Equatable {
    /// Stable id: `rostrum-ROW-C` on the centre line, else `rostrum-ROW-L<k>` / `-R<k>` for k
    /// half-spacings to the audience's left or right of it (``RostrumChairID``).
    public let id: String
    /// The rostrum row (1 = front).
    public let row: Int
    /// 1 for the most honoured chair of its row, 2 for the next, …
    public let rankInRow: Int
    /// 1 for the most honoured chair of the whole rostrum, then on through the rows.
    public let honour: Int
    /// Metres to the audience's right of the centre line.
    public let x: Double
    /// Metres from the stage edge (negative).
    public let y: Double

    /// The printable label, e.g. "主席台 1排3号" (3 = third most honoured chair of the row).
    public var label: String { "主席台 \(row)排\(rankInRow)号" }
}

/// The rostrum rules of docs/protocol.md §1 as pure functions.
public enum RostrumLayout {
    /// The in-row ranks of `count` people read left to right in the audience view (R1.2–R1.3,
    /// R1.9), e.g. 5 people under cn → `[5, 3, 1, 2, 4]`.
    public static func audienceOrder(count: Int, rules: ProtocolRules) -> [Int] {
        guard count > 0 else { return [] }
        // cn with 2 at 1's left: 1 at the centre (odd) or the audience-left seat of the centre
        // pair (even); 2, 4, 6 … outward to the audience's right, 3, 5, 7 … to its left.
        let audienceLeft = Array(stride(from: 3, through: count, by: 2)).reversed()
        let audienceRight = Array(stride(from: 2, through: count, by: 2))
        let chinese = Array(audienceLeft) + [1] + audienceRight
        let mirrored = rules.convention == .intl || (count.isMultiple(of: 2) && rules.evenPair == .oneLeftOfTwo)
        return mirrored ? chinese.reversed() : chinese
    }

    /// How many people sit in each row for `people` on the rostrum: front rows fill first (R1.6).
    /// With co-principals the front row keeps one chair empty at the centre (R1.5).
    public static func occupancy(of rostrum: Rostrum, people: Int, rules: ProtocolRules = ProtocolRules()) -> [Int] {
        var left = people
        return rostrum.rows.map { row in
            let taken = min(capacity(of: row, rules: rules), left)
            left -= taken
            return taken
        }
    }

    /// The people a row can seat: one fewer in the front row with co-principals.
    public static func capacity(of row: RostrumRow, rules: ProtocolRules) -> Int {
        rules.coPrincipals && row.number == 1 ? max(0, row.capacity - 1) : row.capacity
    }

    /// The chairs of every row for the given occupancy, most honoured first.
    public static func slots(for rostrum: Rostrum, occupancy: [Int], rules: ProtocolRules) -> [RostrumSlot] {
        var slots: [RostrumSlot] = []
        for (row, count) in zip(rostrum.rows, occupancy) where count > 0 {
            if rules.coPrincipals, row.number == 1, count >= 2 {
                slots += coPrincipalSlots(row: row, count: count, rules: rules, honourOffset: slots.count)
                continue
            }
            let order = audienceOrder(count: count, rules: rules)
            let firstPosition = order.firstIndex(of: 1) ?? 0
            // Half-spacing offsets from the centre line, audience-left to right.
            let offsets: [Int] = order.indices.map { position in
                switch rules.evenAlignment {
                case .centreOnOne where count.isMultiple(of: 2): 2 * (position - firstPosition)
                default: 2 * position - (count - 1)
                }
            }
            let rowSlots = zip(order, offsets).map { rank, offset in
                RostrumSlot(
                    id: RostrumChairID(row: row.number, offset: offset).description,
                    row: row.number, rankInRow: rank, honour: slots.count + rank,
                    x: Double(offset) * row.spacing / 2, y: row.y)
            }
            slots += rowSlots.sorted { $0.rankInRow < $1.rankInRow }
        }
        return slots
    }

    /// R1.5: 1 and 2 flank an empty centre chair, 1 on the honoured side (the leaders' left under
    /// cn, their right under intl), then odd ranks outward beyond 1 and even ranks beyond 2.
    static func coPrincipalSlots(row: RostrumRow, count: Int, rules: ProtocolRules, honourOffset: Int) -> [RostrumSlot]
    {
        let honouredSide = rules.convention == .cn ? 1 : -1
        return (1...count).map { rank in
            let distance = (rank + 1) / 2
            let offset = 2 * distance * (rank.isMultiple(of: 2) ? -honouredSide : honouredSide)
            return RostrumSlot(
                id: RostrumChairID(row: row.number, offset: offset).description,
                row: row.number, rankInRow: rank, honour: honourOffset + rank, x: Double(offset) * row.spacing / 2,
                y: row.y)
        }
    }
}
