import SeatPlanCore

/// Step 3 of ``HallReseat``: re-packing a role with ``MoveMinimizingPacker`` when someone still
/// has no seat.
extension HallReseat {
    /// Re-packs the role's units with the fewest moves; returns the moves, or `nil` when the
    /// role's people do not fit. Only the units around those without a seat take part: the
    /// window of units grows on both sides until its stretch of the sequence has room for all
    /// its people (and one step more, for choice); everyone outside keeps their seat.
    /// `newcomers` hold a seat only since this re-plan, so moving them is free.
    func repack(_ people: [Attendee], in blocks: inout RoleBlocks, newcomers: Set<String>) -> Int? {
        let units = UnitOrder(ordering: rules.unitOrder, roster: roster).units(people)
        guard !units.isEmpty else { return 0 }
        guard let (unitRange, range) = Self.repackWindow(units, blocks: blocks) else { return 0 }
        let window = Array(units[unitRange])
        var oldPosition: [String: Int] = [:]
        for position in range {
            if let id = blocks.holder[position], !newcomers.contains(id) {
                oldPosition[id] = position - range.lowerBound
            }
        }
        let packerUnits = window.map { members in
            MoveMinimizingPacker.Unit(
                size: members.count, oldPositions: members.compactMap { oldPosition[$0.id] }.sorted(),
                headPosition: members.first.flatMap { oldPosition[$0.id] })
        }
        let honour = Array(blocks.honour[range])
        let packer = MoveMinimizingPacker(
            segmentLengths: Self.segments(blocks.segmentLengths, within: range), closed: [], honour: honour)
        guard let packing = packer.pack(packerUnits) else { return nil }
        var holder = Array(repeating: String?.none, count: range.count)
        for (members, block) in zip(window, packing.blocks) {
            Self.seat(members, in: block, honour: honour, oldPosition: oldPosition, holder: &holder)
        }
        blocks.holder.replaceSubrange(range, with: holder)
        return packing.moves
    }

    /// The units that take part in a re-pack and their stretch of the sequence: from the first to
    /// the last unit with someone waiting, grown one unit on both sides at a time until the
    /// stretch between the neighbouring units' blocks has room for them all, and one step more;
    /// `nil` when nobody waits.
    static func repackWindow(_ units: [[Attendee]], blocks: RoleBlocks) -> (units: ClosedRange<Int>, seats: Range<Int>)?
    {
        let spans = blocks.spans()
        let unitSpans = units.map { $0.first.flatMap { spans[$0.unit] } }
        let placed = Set(blocks.holder.compactMap { $0 })
        let waitingUnits = units.indices.filter { index in units[index].contains { !placed.contains($0.id) } }
        guard var low = waitingUnits.first, var high = waitingUnits.last else { return nil }
        func stretch() -> Range<Int> {
            let before = unitSpans[..<low].last { $0 != nil }.flatMap { $0 }.map { $0.upperBound + 1 } ?? 0
            let after =
                unitSpans[(high + 1)...].first { $0 != nil }.flatMap { $0 }.map(\.lowerBound) ?? blocks.seats.count
            return before..<max(before, after)
        }
        var extra = 1
        while true {
            let size = units[low...high].reduce(0) { $0 + $1.count }
            let fits = stretch().count >= size
            if low == 0, high == units.count - 1 { break }
            if fits {
                if extra == 0 { break }
                extra -= 1
            }
            low = max(0, low - 1)
            high = min(units.count - 1, high + 1)
        }
        return (low...high, stretch())
    }

    /// Seats one unit's `members` (in person order) in its new `block`: everyone whose old seat
    /// is in the block keeps it; in a block of exactly the unit's size the head takes the most
    /// honoured seat, as the packer counted; the rest take the free seats, most honoured first.
    static func seat(
        _ members: [Attendee], in block: Range<Int>, honour: [Int], oldPosition: [String: Int], holder: inout [String?]
    ) {
        let head = members.first
        let headSeat = block.count == members.count ? block.min { honour[$0] < honour[$1] } : nil
        var movers: [Attendee] = []
        for person in members {
            if let position = oldPosition[person.id], block.contains(position),
                position != headSeat || person.id == head?.id,
                person.id != head?.id || headSeat == nil || position == headSeat
            {
                holder[position] = person.id
            } else {
                movers.append(person)
            }
        }
        if let head, let headSeat, holder[headSeat] == nil, let index = movers.firstIndex(where: { $0.id == head.id }) {
            holder[headSeat] = head.id
            movers.remove(at: index)
        }
        let free = block.filter { holder[$0] == nil }.sorted { honour[$0] < honour[$1] }
        for (person, position) in zip(movers, free) { holder[position] = person.id }
    }

    /// The segment lengths of the part `range` of a sequence cut into `lengths`.
    static func segments(_ lengths: [Int], within range: Range<Int>) -> [Int] {
        var result: [Int] = []
        var start = 0
        for length in lengths {
            let lower = max(start, range.lowerBound)
            let upper = min(start + length, range.upperBound)
            if lower < upper { result.append(upper - lower) }
            start += length
        }
        return result
    }
}
