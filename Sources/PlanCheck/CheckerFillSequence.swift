import SeatPlanCore

/// A role's fill sequence and its segments (docs/planning-rules.md, "Fill sequence",
/// "Segment"), derived by the checker from the rules page alone: it shares no code with the
/// planner's `FillSequence`. Pinned seats are left out: they break segments.
struct CheckerFillSequence: Sendable {
    /// The allowed, unpinned seats in fill order.
    let seats: [Seat]
    /// Each of `seats`' position in the venue's seats.
    let venuePositions: [Int]
    /// Position → segment number.
    let segmentOf: [Int]
    /// Each segment's positions in fill order.
    let segments: [[Int]]

    /// The positions of each allowed seat's zone in the role's zone list (0 when the venue has
    /// no zones); `nil` when the seat is not allowed for the role.
    static func zonePosition(of seat: Seat, zones: [String]?) -> Int? {
        guard seat.area == .hall, seat.isAvailable else { return nil }
        guard let zones else { return 0 }
        return zones.firstIndex { seat.isIn(zone: $0) }
    }

    init(role: Role, context: CheckContext, geometry: HallGeometry) {
        let zones = context.rules.zones(for: role, in: context.venue)
        let side = context.rules.protocolRules.honouredHallSide
        let fill = context.rules.fill
        var keyed: [(key: SortKey, position: Int)] = []
        let pinned = context.pinnedSeats
        for (position, seat) in context.venue.seats.enumerated() where pinned.isEmpty || !pinned.contains(seat.id) {
            guard let zone = Self.zonePosition(of: seat, zones: zones) else { continue }
            let floor = seat.floor ?? 0
            let block = fill == .column ? geometry.blockOrder[floor]?[seat.block ?? ""] ?? 0 : 0
            let across: (Int, Int, Double) =
                fill == .centreOut
                ? (Int((abs(seat.x) * 1000).rounded()), seat.x * side > 0 ? 0 : 1, 0)
                : (0, 0, seat.x)
            keyed.append(
                (
                    SortKey(
                        zone: zone, floor: floor, block: block, row: seat.row ?? 0,
                        offset: across.0, side: across.1, x: across.2, id: seat.id), position
                ))
        }
        keyed.sort { $0.key < $1.key }
        venuePositions = keyed.map(\.position)
        seats = venuePositions.map { context.venue.seats[$0] }
        let groups = Self.segments(keyed.map(\.key), positions: venuePositions, fill: fill, geometry: geometry)
        var segmentOf = Array(repeating: 0, count: seats.count)
        for (number, members) in groups.enumerated() {
            for member in members { segmentOf[member] = number }
        }
        self.segmentOf = segmentOf
        segments = groups
    }

    /// Row and column fill: consecutive seats of one floor, row, zone and block that are
    /// neighbours in the block row. Centre-out: each unbroken run of a floor row's seats of one
    /// zone (aisles do not break it), in fill order.
    private static func segments(_ keys: [SortKey], positions: [Int], fill: FillMethod, geometry: HallGeometry)
        -> [[Int]]
    {
        var result: [[Int]] = []
        var start = 0
        while start < positions.count {
            var end = start + 1
            while end < positions.count, keys[end].sameRow(as: keys[start]) { end += 1 }
            if fill == .centreOut {
                let across = (start..<end).sorted {
                    geometry.rowIndex[positions[$0]] < geometry.rowIndex[positions[$1]]
                }
                var run: [Int] = []
                for member in across {
                    if let last = run.last,
                        geometry.rowIndex[positions[member]] != geometry.rowIndex[positions[last]] + 1
                    {
                        result.append(run.sorted())
                        run = []
                    }
                    run.append(member)
                }
                if !run.isEmpty { result.append(run.sorted()) }
            } else {
                var run: [Int] = [start]
                for member in (start + 1)..<end {
                    let previous = geometry.blockSlot[positions[member - 1]]
                    let current = geometry.blockSlot[positions[member]]
                    let adjacent =
                        previous != nil && current != nil && previous?.key == current?.key
                        && (current?.index ?? 0) == (previous?.index ?? 0) + 1
                    if !adjacent {
                        result.append(run)
                        run = []
                    }
                    run.append(member)
                }
                result.append(run)
            }
            start = end
        }
        return result
    }

    /// Zone position, floor, block (column fill only), row, then x (row, column) or distance
    /// from the centre line with the honoured side first (centre-out).
    struct SortKey: Comparable, Sendable {
        let zone: Int
        let floor: Int
        let block: Int
        let row: Int
        let offset: Int
        let side: Int
        let x: Double
        let id: String

        static func < (lhs: SortKey, rhs: SortKey) -> Bool {
            if (lhs.zone, lhs.floor, lhs.block, lhs.row) != (rhs.zone, rhs.floor, rhs.block, rhs.row) {
                return (lhs.zone, lhs.floor, lhs.block, lhs.row) < (rhs.zone, rhs.floor, rhs.block, rhs.row)
            }
            return (lhs.offset, lhs.side, lhs.x, lhs.id) < (rhs.offset, rhs.side, rhs.x, rhs.id)
        }

        /// Same zone, floor, block position and row: the stretch segments are cut from.
        func sameRow(as other: SortKey) -> Bool {
            (zone, floor, block, row) == (other.zone, other.floor, other.block, other.row)
        }
    }
}
