import SeatPlanCore

/// The seats a role may take, in the order the fill method fills them, cut into segments
/// (see docs/planning-rules.md, "Fill sequence" and "Segment").
struct FillSequence {
    /// The seats in fill order.
    let seats: [Seat]
    /// Segment lengths in order; they add up to `seats.count`.
    let segmentLengths: [Int]

    /// Builds the sequence for seats allowed to a role.
    ///
    /// - Parameters:
    ///   - allowed: the role's allowed seats (available, in its zones), excluding any taken.
    ///   - zones: the role's zones in order of preference, or `nil` when the venue has none.
    ///   - hall: every hall seat; any of them between two allowed seats of a row (taken,
    ///     unavailable, another zone's) ends a segment.
    init(allowed: [Seat], zones: [String]?, fill: FillMethod, rules: ProtocolRules, hall: [Seat]) {
        func zoneIndex(_ seat: Seat) -> Int {
            guard let zones else { return 0 }
            return zones.firstIndex { seat.isIn(zone: $0) } ?? zones.count
        }
        let blockIndex = Self.blockIndices(hall)
        let side = rules.honouredHallSide
        let keyed = allowed.map { seat in (seat, zoneIndex(seat)) }
        let sorted = keyed.sorted { lhs, rhs in
            let (a, za) = lhs
            let (b, zb) = rhs
            if za != zb { return za < zb }
            if a.floor != b.floor { return (a.floor ?? 0) < (b.floor ?? 0) }
            if fill == .column {
                let ba = blockIndex[a.block ?? ""] ?? 0
                let bb = blockIndex[b.block ?? ""] ?? 0
                if ba != bb { return ba < bb }
            }
            if a.row != b.row { return (a.row ?? 0) < (b.row ?? 0) }
            if fill == .centreOut {
                let da = Int((abs(a.x) * 1000).rounded())
                let db = Int((abs(b.x) * 1000).rounded())
                if da != db { return da < db }
                return (a.x * side > 0) && !(b.x * side > 0)
            }
            return a.x < b.x
        }
        seats = sorted.map(\.0)
        // The x of every hall seat of each row tells whether two allowed seats touch.
        var rowXs: [RowKey: [Double]] = [:]
        for seat in hall { rowXs[RowKey(floor: seat.floor ?? 0, row: seat.row ?? 0), default: []].append(seat.x) }
        for key in rowXs.keys { rowXs[key]?.sort() }
        var lengths: [Int] = []
        var previous: (seat: Seat, zone: Int)?
        for (seat, zone) in sorted {
            if let previous, Self.continues(previous.seat, previous.zone, seat, zone, fill: fill, rowXs: rowXs) {
                lengths[lengths.count - 1] += 1
            } else {
                lengths.append(1)
            }
            previous = (seat, zone)
        }
        segmentLengths = lengths
    }

    /// Whether `next` extends the segment that `previous` is in.
    private static func continues(
        _ previous: Seat, _ previousZone: Int, _ next: Seat, _ nextZone: Int, fill: FillMethod,
        rowXs: [RowKey: [Double]]
    ) -> Bool {
        guard previous.floor == next.floor, previous.row == next.row, previousZone == nextZone else { return false }
        if fill == .centreOut {
            // A centre-out row is one segment as long as nothing blocks it on either side.
            return true
        }
        guard previous.block == next.block, let xs = rowXs[RowKey(floor: previous.floor ?? 0, row: previous.row ?? 0)]
        else { return false }
        // `next` is `previous`'s right neighbour: no hall seat of the row lies between them.
        let right = xs.partitioningIndex { $0 > previous.x }
        return right < xs.count && xs[right] == next.x
    }

    private static func blockIndices(_ hall: [Seat]) -> [String: Int] {
        var order: [String: Double] = [:]
        for seat in hall {
            guard let block = seat.block else { continue }
            order[block] = min(order[block] ?? .infinity, seat.x)
        }
        var indices: [String: Int] = [:]
        for (index, block) in order.sorted(by: { $0.value < $1.value }).enumerated() { indices[block.key] = index }
        return indices
    }

    struct RowKey: Hashable {
        let floor: Int
        let row: Int
    }
}

extension Array where Element == Double {
    /// The first index whose element satisfies `isAbove`, for a sorted array and a predicate
    /// that is false, then true (binary search).
    fileprivate func partitioningIndex(where isAbove: (Double) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if isAbove(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
