import SeatPlanCore

/// A rostrum chair named by its id `rostrum-<row>-C|L<k>|R<k>`: k half-spacings to the
/// audience's left (L) or right (R) of the stage centre line.
struct RostrumChair: Sendable, Hashable {
    /// The rostrum row (1 = front).
    let row: Int
    /// Half-spacings from the centre line, negative to the audience's left.
    let offset: Int

    /// The chair's id.
    var id: String {
        "rostrum-\(row)-" + (offset == 0 ? "C" : offset < 0 ? "L\(-offset)" : "R\(offset)")
    }

    /// Parses a chair id; `nil` when `id` is not of the rostrum form.
    init?(id: String) {
        let parts = id.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "rostrum", let row = Int(parts[1]), row > 0,
            let side = parts[2].first
        else { return nil }
        let digits = parts[2].dropFirst()
        switch side {
        case "C" where digits.isEmpty:
            offset = 0
        case "L", "R":
            guard let steps = Int(digits), steps > 0, String(steps) == digits else { return nil }
            offset = side == "L" ? -steps : steps
        default:
            return nil
        }
        self.row = row
    }

    init(row: Int, offset: Int) {
        self.row = row
        self.offset = offset
    }

    /// Metres to the audience's right of the centre line in `row`.
    func x(in row: RostrumRow) -> Double { Double(offset) * row.spacing / 2 }
}

/// The chairs a rostrum row should have for a head count, most honoured first
/// (docs/planning-rules.md R2, R3), with co-principals handled here so that the checker does
/// not depend on how the planner's layout treats them.
enum RostrumChairs {
    /// The chairs of `row` for `count` people, in honour order (index 0 = rank 1 of the row).
    static func layout(row: RostrumRow, count: Int, isFront: Bool, rules: ProtocolRules) -> [RostrumChair] {
        guard count > 0 else { return [] }
        if rules.coPrincipals, isFront, count >= 2 {
            // 1 and 2 flank an empty centre chair: 1 at the leaders' left (+x) under cn,
            // 3 beyond 1, 4 beyond 2, …; mirrored under intl.
            let sign = rules.convention == .cn ? 1 : -1
            return (1...count).map { rank in
                let side = rank % 2 == 1 ? sign : -sign
                return RostrumChair(row: row.number, offset: side * 2 * ((rank + 1) / 2))
            }
        }
        var plain = rules
        plain.coPrincipals = false
        let single = Rostrum(rows: [row])
        return RostrumLayout.slots(for: single, occupancy: [count], rules: plain)
            .sorted { $0.rankInRow < $1.rankInRow }
            .compactMap { RostrumChair(id: $0.id) }
    }

    /// The printed label of the chair ranked `rank` in `row`, as the planner writes it.
    static func label(row: Int, rank: Int) -> String { "主席台 \(row)排\(rank)号" }
}
