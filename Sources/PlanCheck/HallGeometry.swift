import SeatPlanCore

/// A physical hall row, or one block of it.
struct RowKey: Hashable, Sendable {
    let floor: Int
    let row: Int
    /// The block, or `nil` for the whole row across blocks.
    let block: String?
}

/// Who sits next to whom in the hall: every row of every block in x order. Seats are known by
/// their position in the venue's `seats` (the same in a venue with seats blocked), so the rules
/// index arrays rather than hash seat ids.
struct HallGeometry: Sendable {
    /// Each block row's seats (venue positions) from the audience's left to right.
    let blockRows: [RowKey: [Int]]
    /// Venue position → its block row and index in it (`nil` off the hall).
    let blockSlot: [(key: RowKey, index: Int)?]
    /// Venue position → index in its whole floor row (all blocks) in x order.
    let rowIndex: [Int]
    /// Floor → block name → position from the audience's left.
    let blockOrder: [Int: [String: Int]]
    /// The venue's seat id → position.
    let seatPositions: [String: Int]

    init(venue: Venue) {
        let seats = venue.seats
        let leftToRight: (Int, Int) -> Bool = { (seats[$0].x, seats[$0].id) < (seats[$1].x, seats[$1].id) }
        var blockRows: [RowKey: [Int]] = [:]
        var wholeRows: [RowKey: [Int]] = [:]
        for (position, seat) in seats.enumerated() where seat.area == .hall {
            blockRows[RowKey(floor: seat.floor ?? 0, row: seat.row ?? 0, block: seat.block), default: []].append(
                position)
            wholeRows[RowKey(floor: seat.floor ?? 0, row: seat.row ?? 0, block: nil), default: []].append(position)
        }
        var blockSlot = [(key: RowKey, index: Int)?](repeating: nil, count: seats.count)
        for (key, positions) in blockRows {
            let sorted = positions.sorted(by: leftToRight)
            blockRows[key] = sorted
            for (index, position) in sorted.enumerated() { blockSlot[position] = (key, index) }
        }
        var rowIndex = Array(repeating: 0, count: seats.count)
        for positions in wholeRows.values {
            for (index, position) in positions.sorted(by: leftToRight).enumerated() { rowIndex[position] = index }
        }
        var blockOrder: [Int: [String: Int]] = [:]
        for floor in venue.hall?.floors ?? [] {
            blockOrder[floor.number] = Dictionary(
                floor.blocks.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        }
        self.blockRows = blockRows
        self.blockSlot = blockSlot
        self.rowIndex = rowIndex
        self.blockOrder = blockOrder
        seatPositions = venue.seatPositions
    }

    /// The venue positions of the seats beside `seatID` in its block row (left, right).
    func neighbours(of seatID: String) -> [Int] {
        guard let slot = seatPositions[seatID].flatMap({ blockSlot[$0] }), let row = blockRows[slot.key] else {
            return []
        }
        return [slot.index - 1, slot.index + 1].filter { row.indices.contains($0) }.map { row[$0] }
    }

    /// Whether the seats form one unbroken run of one block row.
    func areSideBySide(_ seatIDs: [String]) -> Bool {
        let slots = seatIDs.compactMap { seatPositions[$0].flatMap { blockSlot[$0] } }
        guard slots.count == seatIDs.count, let first = slots.first else { return false }
        guard slots.allSatisfy({ $0.key == first.key }) else { return false }
        let indices = slots.map(\.index).sorted()
        guard let low = indices.first, let high = indices.last else { return false }
        return high - low == indices.count - 1 && Set(indices).count == indices.count
    }
}
