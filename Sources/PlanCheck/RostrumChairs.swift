import SeatPlanCore

extension RostrumChairID {
    /// Metres to the audience's right of the centre line in `row`.
    func x(in row: RostrumRow) -> Double { Double(offset) * row.spacing / 2 }
}

/// The chairs a rostrum row should have for a head count, most honoured first
/// (docs/planning-rules.md R2, R3), worked out here straight from docs/protocol.md §1 so that the
/// checker shares no seat-order code with the planner's `RostrumLayout`.
///
/// Offsets count half-spacings to the audience's right of the centre line. "X's left" is X's
/// own left hand facing the audience, which is the audience's right: so under `cn` (left
/// outranks right) the honoured side is +1, under `intl` it is −1 (R1.9, the cn layout
/// mirrored).
enum RostrumChairs {
    /// The chairs of `row` for `count` people, in honour order (index 0 = rank 1 of the row).
    static func layout(row: RostrumRow, count: Int, isFront: Bool, rules: ProtocolRules) -> [RostrumChairID] {
        guard count > 0 else { return [] }
        let offsets: [Int]
        if rules.coPrincipals, isFront, count >= 2 {
            offsets = coPrincipalOffsets(count: count, rules: rules)
        } else if count.isMultiple(of: 2) {
            offsets = evenRowOffsets(count: count, rules: rules)
        } else {
            offsets = oddRowOffsets(count: count, rules: rules)
        }
        return offsets.map { RostrumChairID(row: row.number, offset: $0) }
    }

    /// R1.2: 1 on the centre line, 2 at 1's left, 3 at 1's right, then alternately outward one
    /// spacing (two half-spacings) at a time.
    static func oddRowOffsets(count: Int, rules: ProtocolRules) -> [Int] {
        let left = honouredSide(rules)
        return (1...count).map { rank in
            guard rank > 1 else { return 0 }
            let side = rank.isMultiple(of: 2) ? left : -left
            return side * 2 * (rank / 2)
        }
    }

    /// R1.3 and R1.4: 1 and 2 take the centre pair with 2 at 1's left (`two_left_of_one`) or 1
    /// at 2's left (`one_left_of_two`, cn only: under intl the pair follows the mirrored default),
    /// the others alternate outward beyond them. The centre line falls between 1 and 2
    /// (`centre_between_1_2`), or on 1 (`centre_on_1`: the whole row shifts by half a spacing).
    static func evenRowOffsets(count: Int, rules: ProtocolRules) -> [Int] {
        var twoSide = honouredSide(rules)
        if rules.convention == .cn, rules.evenPair == .oneLeftOfTwo { twoSide = -twoSide }
        let centred = (1...count).map { rank in
            let side = rank.isMultiple(of: 2) ? twoSide : -twoSide
            return side * (2 * ((rank + 1) / 2) - 1)
        }
        guard rules.evenAlignment == .centreOnOne, let first = centred.first else { return centred }
        return centred.map { $0 - first }
    }

    /// R1.5: the front row's centre chair stays empty; 1 and 2 flank it, 1 at the leaders' left
    /// under cn (right under intl), 3 beyond 1, 4 beyond 2, and so on.
    static func coPrincipalOffsets(count: Int, rules: ProtocolRules) -> [Int] {
        let left = honouredSide(rules)
        return (1...count).map { rank in
            let side = rank.isMultiple(of: 2) ? -left : left
            return side * 2 * ((rank + 1) / 2)
        }
    }

    /// The audience-frame sign of the side that outranks the other: +1 (the leaders' left) under
    /// cn, −1 under intl.
    static func honouredSide(_ rules: ProtocolRules) -> Int {
        rules.convention == .intl ? -1 : 1
    }

    /// The printed label of the chair ranked `rank` in `row`, as the planner writes it.
    static func label(row: Int, rank: Int) -> String { "主席台 \(row)排\(rank)号" }
}
