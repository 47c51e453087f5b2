/// Hall seat precedence (docs/protocol.md A2.3): front over back, lower floor over higher, centre
/// over sides; at equal distance from the centre line the honoured side per the rules.
public enum HallPrecedence {
    /// The seats from most to least honoured.
    public static func ordered(_ seats: [Seat], rules: ProtocolRules) -> [Seat] {
        let side = rules.honouredHallSide
        return seats.sorted { lhs, rhs in
            let left = key(lhs, side: side)
            let right = key(rhs, side: side)
            return left != right ? left < right : lhs.id < rhs.id
        }
    }

    /// Floor, row, distance from the centre line in millimetres, then the honoured side first.
    private static func key(_ seat: Seat, side: Double) -> SortKey {
        SortKey(
            floor: seat.floor ?? 0, row: seat.row ?? 0, offset: Int((abs(seat.x) * 1000).rounded()),
            side: seat.x * side > 0 ? 0 : 1)
    }

    private struct SortKey: Equatable, Comparable {
        let floor: Int
        let row: Int
        let offset: Int
        let side: Int

        static func < (lhs: SortKey, rhs: SortKey) -> Bool {
            (lhs.floor, lhs.row, lhs.offset, lhs.side) < (rhs.floor, rhs.row, rhs.offset, rhs.side)
        }
    }
}
