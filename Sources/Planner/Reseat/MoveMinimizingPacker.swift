/// Re-packs the units of one role along its fill sequence so that the fewest people move: the
/// line-breaking program of ``SequencePacker`` with a move penalty, solved exactly by dynamic
/// programming over (unit, end position).
///
/// Each unit, in unit order, takes one block of positions; blocks do not overlap and keep the
/// order. A block is either `size` consecutive free-or-own positions anywhere, or the unit's old
/// stretch (kept, with its empty seats), possibly grown at one end. A person moves when their
/// old position is outside their unit's new block, and, in a block of exactly the unit's size,
/// when the unit's head must be brought to the block's most honoured seat (H5): the head moves
/// if it sat elsewhere in the block, and whoever of the unit sat on that seat moves. The
/// objective is `moveWeight × moves + splits` (splits: segment boundaries inside a block, so the
/// fewest moves come first and fewer splits break ties), and the minimum over all such block
/// choices is found. For a kept or grown old stretch the head is not charged, so the optimum is
/// a lower bound on any plan of this shape and exact when no such block is chosen.
struct MoveMinimizingPacker {
    /// One unit to place.
    struct Unit {
        /// How many people the block must hold.
        let size: Int
        /// Sorted positions where the unit's people sit now (their old seats still in the sequence).
        let oldPositions: [Int]
        /// Where the unit's most senior person sits now, or `nil` when they have no seat yet.
        var headPosition: Int?
    }

    /// A block per unit, the moves and the objective.
    struct Packing: Equatable {
        /// Positions of each unit's block (half-open).
        let blocks: [Range<Int>]
        /// People whose old position lies outside their block.
        let moves: Int
        /// Segment boundaries crossed by blocks.
        let splits: Int
    }

    /// The cost of one move against one split.
    static let moveWeight = 1_000

    /// Positions (`count` of them) and where each segment ends.
    let count: Int
    let segmentEnds: [Int]
    /// Positions no block may use (held by people who are not being packed).
    let closed: Set<Int>
    /// Each position's hall precedence (0 = most honoured), or `nil` to ignore heads.
    let honour: [Int]?

    init(segmentLengths: [Int], closed: Set<Int>, honour: [Int]? = nil) {
        var ends: [Int] = []
        var total = 0
        for length in segmentLengths {
            total += length
            ends.append(total)
        }
        count = total
        segmentEnds = ends
        self.closed = closed
        self.honour = honour
    }

    /// The most honoured position of every window of `size` positions, by start (a sliding
    /// minimum), or `nil` without honours.
    func bestOfWindows(size: Int) -> [Int]? {
        guard let honour, size > 0, size <= count else { return nil }
        var best = Array(repeating: 0, count: count - size + 1)
        var window: [Int] = []
        var front = 0
        for position in 0..<count {
            while window.count > front, let last = window.last, honour[last] >= honour[position] { window.removeLast() }
            window.append(position)
            if window[front] <= position - size { front += 1 }
            if position >= size - 1 { best[position - size + 1] = window[front] }
        }
        return best
    }

    /// The extra moves to put the unit's head on `best`, the most honoured seat of a full block.
    static func headMoves(_ unit: Unit, block: Range<Int>, best: Int) -> Int {
        guard unit.headPosition != best else { return 0 }
        var moves = 0
        if unit.oldPositions.contains(best) { moves += 1 }
        if let head = unit.headPosition, block.contains(head) { moves += 1 }
        return moves
    }

    /// The best packing, or `nil` when the units do not fit.
    func pack(_ units: [Unit]) -> Packing? {
        let infinity = Int.max / 4
        var closedPrefix = [0]
        for position in 0..<count { closedPrefix.append((closedPrefix.last ?? 0) + (closed.contains(position) ? 1 : 0)) }
        var boundaryPrefix = Array(repeating: 0, count: count + 1)
        let boundaries = Set(segmentEnds.dropLast())
        for position in 1...max(1, count) where position <= count {
            boundaryPrefix[position] = boundaryPrefix[position - 1] + (boundaries.contains(position) ? 1 : 0)
        }
        func isOpen(_ block: Range<Int>) -> Bool { closedPrefix[block.upperBound] - closedPrefix[block.lowerBound] == 0 }
        func splits(_ block: Range<Int>) -> Int {
            block.count <= 1 ? 0 : boundaryPrefix[block.upperBound - 1] - boundaryPrefix[block.lowerBound]
        }
        func kept(_ unit: Unit, _ block: Range<Int>) -> Int {
            lowerIndex(unit.oldPositions, block.upperBound) - lowerIndex(unit.oldPositions, block.lowerBound)
        }

        // best[e]: least cost of placing the units so far with the last block ending at or before e.
        var best = Array(repeating: 0, count: count + 1)
        var choices: [[Range<Int>?]] = []
        for unit in units {
            var ending = Array(repeating: infinity, count: count + 1)
            var choice = Array(repeating: Range<Int>?.none, count: count + 1)
            let windowBest = bestOfWindows(size: unit.size)
            func consider(_ block: Range<Int>, headBest: Int? = nil) {
                guard block.lowerBound >= 0, block.upperBound <= count, block.count >= unit.size, isOpen(block),
                    best[block.lowerBound] < infinity
                else { return }
                let moves = unit.oldPositions.count - kept(unit, block) + (headBest.map { Self.headMoves(unit, block: block, best: $0) } ?? 0)
                let cost = best[block.lowerBound] + Self.moveWeight * moves + splits(block)
                if cost < ending[block.upperBound] {
                    ending[block.upperBound] = cost
                    choice[block.upperBound] = block
                }
            }
            if unit.size > 0 {
                for start in 0...max(0, count - unit.size) where start + unit.size <= count {
                    consider(start..<(start + unit.size), headBest: windowBest?[start])
                }
            }
            if let first = unit.oldPositions.first, let last = unit.oldPositions.last {
                let span = first..<(last + 1)
                let missing = max(0, unit.size - span.count)
                for block in [first..<(last + 1 + missing), (first - missing)..<(last + 1)] {
                    let full = block.count == unit.size && block.lowerBound >= 0 && block.lowerBound < (windowBest?.count ?? 0)
                    consider(block, headBest: full ? windowBest?[block.lowerBound] : nil)
                }
            }
            if unit.size == 0 { for end in 0...count { consider(end..<end) } }
            // Carry forward: a later start may follow an earlier end.
            var running = infinity
            var runningChoice: Range<Int>?
            var carried = Array(repeating: infinity, count: count + 1)
            var carriedChoice = Array(repeating: Range<Int>?.none, count: count + 1)
            for end in 0...count {
                if ending[end] < running {
                    running = ending[end]
                    runningChoice = choice[end]
                }
                carried[end] = running
                carriedChoice[end] = runningChoice
            }
            best = carried
            choices.append(carriedChoice)
        }
        guard let total = best.last, total < infinity else { return nil }
        // Walk back from the end.
        var blocks: [Range<Int>] = []
        var end = count
        for index in units.indices.reversed() {
            guard let block = choices[index][end] else { return nil }
            blocks.append(block)
            end = block.lowerBound
        }
        blocks.reverse()
        let moves = zip(units, blocks).map { unit, block in
            var moves = unit.oldPositions.count - kept(unit, block)
            if block.count == unit.size, unit.size > 0, let best = bestOfWindows(size: unit.size)?[block.lowerBound] {
                moves += Self.headMoves(unit, block: block, best: best)
            }
            return moves
        }.reduce(0, +)
        return Packing(blocks: blocks, moves: moves, splits: blocks.map(splits).reduce(0, +))
    }

    private func lowerIndex(_ sorted: [Int], _ value: Int) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
