import SeatPlanCore

/// A physical hall row, or one block of it.
struct RowKey: Hashable, Sendable {
    let floor: Int
    let row: Int
    /// The block, or `nil` for the whole row across blocks.
    let block: String?
}

/// Who sits next to whom in the hall: every row of every block in x order, indexed by seat id.
struct HallGeometry: Sendable {
    /// Each block row's seats from the audience's left to right.
    let blockRows: [RowKey: [Seat]]
    /// Seat id → its block row and index in it.
    let blockSlot: [String: (key: RowKey, index: Int)]
    /// Seat id → index in its whole floor row (all blocks) in x order.
    let rowIndex: [String: Int]
    /// Floor → block name → position from the audience's left.
    let blockOrder: [Int: [String: Int]]

    init(venue: Venue) {
        let hallSeats = venue.seats.filter { $0.area == .hall }
        let leftToRight: (Seat, Seat) -> Bool = { ($0.x, $0.id) < ($1.x, $1.id) }
        var blockRows: [RowKey: [Seat]] = [:]
        var wholeRows: [RowKey: [Seat]] = [:]
        for seat in hallSeats {
            blockRows[RowKey(floor: seat.floor ?? 0, row: seat.row ?? 0, block: seat.block), default: []].append(seat)
            wholeRows[RowKey(floor: seat.floor ?? 0, row: seat.row ?? 0, block: nil), default: []].append(seat)
        }
        var blockSlot: [String: (key: RowKey, index: Int)] = [:]
        for (key, seats) in blockRows {
            let sorted = seats.sorted(by: leftToRight)
            blockRows[key] = sorted
            for (index, seat) in sorted.enumerated() { blockSlot[seat.id] = (key, index) }
        }
        var rowIndex: [String: Int] = [:]
        for seats in wholeRows.values {
            for (index, seat) in seats.sorted(by: leftToRight).enumerated() { rowIndex[seat.id] = index }
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
    }

    /// The seats beside `seatID` in its block row (left, right).
    func neighbours(of seatID: String) -> [Seat] {
        guard let slot = blockSlot[seatID], let row = blockRows[slot.key] else { return [] }
        return [slot.index - 1, slot.index + 1].filter { row.indices.contains($0) }.map { row[$0] }
    }

    /// Whether the seats form one unbroken run of one block row.
    func areSideBySide(_ seatIDs: [String]) -> Bool {
        let slots = seatIDs.compactMap { blockSlot[$0] }
        guard slots.count == seatIDs.count, let first = slots.first else { return false }
        guard slots.allSatisfy({ $0.key == first.key }) else { return false }
        let indices = slots.map(\.index).sorted()
        guard let low = indices.first, let high = indices.last else { return false }
        return high - low == indices.count - 1 && Set(indices).count == indices.count
    }
}
