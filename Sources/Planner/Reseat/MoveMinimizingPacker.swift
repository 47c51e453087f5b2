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
///
/// ## The dynamic program
///
/// - **State** (i, e): units 0…i placed, the last block ending at or before position e.
///   `cost[i][e]` is the least objective of such a placement (∞ when there is none); one
///   ``Layer`` per unit holds `cost[i][·]` and the block that achieves it.
/// - **Transition**: unit i takes a candidate block s..<t (see above) after a placement of
///   units 0…i−1 ending at or before s: `cost[i][t] ≤ cost[i−1][s] + 1000 × moves(i, block)
///   + splits(block)`; then "at or before" carries each least cost forward to larger e.
/// - **Answer**: `cost[last][count]`; walking the stored blocks back from `count` gives the
///   placement. O(units × positions) candidate blocks, each priced in O(log people).
///
/// ## A worked example
///
/// Eight seats in two row pieces of four, `0 1 2 3 | 4 5 6 7`. Unit A (2 people) sits on 0–1,
/// unit B on 2–3 and has a late arrival (now 3 people), unit C (2 people) sits on 4–5:
///
///     position  0 1 2 3 | 4 5 6 7
///     before    A A B B | C C . .
///
/// - Layer A (size 2, old {0, 1}): block 0..<2 costs 0, 1..<3 costs 1000 (the person on 0
///   moves), any later block 2000; carried forward, `cost[A] = [∞, ∞, 0, 0, 0, 0, 0, 0, 0]`
///   for e = 0…8.
/// - Layer B (size 3, old {2, 3}): a block must start at s ≥ 2 (A needs two seats first).
///   2..<5 keeps both and crosses the aisle: 0 + 1 split = 1; 3..<6 moves one person and
///   splits: 1001; 4..<7 and 5..<8 move both: 2000. So `cost[B] = [∞, ∞, ∞, ∞, ∞, 1, 1, 1, 1]`.
/// - Layer C (size 2, old {4, 5}): its old stretch 4..<6 would need B to end by 4 (∞); 5..<7
///   keeps the person on 5 and moves the one on 4: 1 + 1000 = 1001; 6..<8 moves both: 2001.
///   `cost[C][8] = 1001`.
/// - Walking back: C takes 5..<7, B (ending by 5) 2..<5, A (ending by 2) 0..<2:
///
///     after     A A B B | B C C .
///
///   One person moves (C's on seat 4) and one unit is split; keeping C still would need a
///   move in A or B, and closing B's split would cost a move too, which moves outrank.
///   `MoveMinimizingPackerTests.workedExample` pins this answer.
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

    /// One layer of the dynamic program, for the units placed so far: for every end position
    /// e (0…count), the least cost with the last block ending at or before e, and that block.
    struct Layer: Equatable {
        var cost: [Int]
        var block: [Range<Int>?]
    }

    /// The cost standing for "no placement".
    static let infinity = Int.max / 4

    /// The best packing, or `nil` when the units do not fit.
    func pack(_ units: [Unit]) -> Packing? {
        let measure = BlockMeasure(packer: self)
        let layers = layers(units, measure: measure)
        guard let last = layers.last?.cost.last ?? (units.isEmpty ? 0 : nil), last < Self.infinity,
            let blocks = Self.walkBack(layers)
        else { return nil }
        let moves = zip(units, blocks).map { unit, block in
            var moves = unit.oldPositions.count - measure.kept(unit, block)
            if block.count == unit.size, unit.size > 0, let best = bestOfWindows(size: unit.size)?[block.lowerBound] {
                moves += Self.headMoves(unit, block: block, best: best)
            }
            return moves
        }.reduce(0, +)
        return Packing(blocks: blocks, moves: moves, splits: blocks.map(measure.splits).reduce(0, +))
    }

    /// The layers of the dynamic program, one per unit (see the type's documentation).
    func layers(_ units: [Unit], measure: BlockMeasure? = nil) -> [Layer] {
        let measure = measure ?? BlockMeasure(packer: self)
        var previous = Array(repeating: 0, count: count + 1)
        var layers: [Layer] = []
        for unit in units {
            let layer = Self.carriedForward(ending(unit, after: previous, measure: measure))
            previous = layer.cost
            layers.append(layer)
        }
        return layers
    }

    /// The least cost of each exact end position for `unit`'s block after the placements of the
    /// units before it (`previous`, carried forward), over every candidate block.
    private func ending(_ unit: Unit, after previous: [Int], measure: BlockMeasure) -> Layer {
        var ending = Layer(
            cost: Array(repeating: Self.infinity, count: count + 1), block: Array(repeating: nil, count: count + 1))
        let windowBest = bestOfWindows(size: unit.size)
        func consider(_ block: Range<Int>, headBest: Int? = nil) {
            guard block.lowerBound >= 0, block.upperBound <= count, block.count >= unit.size, measure.isOpen(block),
                previous[block.lowerBound] < Self.infinity
            else { return }
            let moves =
                unit.oldPositions.count - measure.kept(unit, block)
                + (headBest.map { Self.headMoves(unit, block: block, best: $0) } ?? 0)
            let cost = previous[block.lowerBound] + Self.moveWeight * moves + measure.splits(block)
            if cost < ending.cost[block.upperBound] {
                ending.cost[block.upperBound] = cost
                ending.block[block.upperBound] = block
            }
        }
        if unit.size > 0 {
            for start in 0...max(0, count - unit.size) where start + unit.size <= count {
                consider(start..<(start + unit.size), headBest: windowBest?[start])
            }
        }
        if let first = unit.oldPositions.first, let last = unit.oldPositions.last {
            let missing = max(0, unit.size - (last + 1 - first))
            for block in [first..<(last + 1 + missing), (first - missing)..<(last + 1)] {
                let full =
                    block.count == unit.size && block.lowerBound >= 0 && block.lowerBound < (windowBest?.count ?? 0)
                consider(block, headBest: full ? windowBest?[block.lowerBound] : nil)
            }
        }
        if unit.size == 0 { for end in 0...count { consider(end..<end) } }
        return ending
    }

    /// "At or before": each end position takes the least cost of any end up to it, so a later
    /// block may start after an earlier end.
    private static func carriedForward(_ ending: Layer) -> Layer {
        var carried = ending
        var running = infinity
        var runningBlock: Range<Int>?
        for end in ending.cost.indices {
            if ending.cost[end] < running {
                running = ending.cost[end]
                runningBlock = ending.block[end]
            }
            carried.cost[end] = running
            carried.block[end] = runningBlock
        }
        return carried
    }

    /// The blocks of the best placement, read back from the last layer's final end position.
    private static func walkBack(_ layers: [Layer]) -> [Range<Int>]? {
        var blocks: [Range<Int>] = []
        var end = (layers.last?.cost.count ?? 1) - 1
        for layer in layers.reversed() {
            guard let block = layer.block[end] else { return nil }
            blocks.append(block)
            end = block.lowerBound
        }
        return blocks.reversed()
    }
}

extension MoveMinimizingPacker {
    /// Prefix counts over the positions, so that whether a block is open, how many segment
    /// boundaries it crosses and how many of a unit's people it keeps are answered in O(1) or
    /// O(log n).
    struct BlockMeasure {
        /// `closedPrefix[p]`: closed positions before p.
        private let closedPrefix: [Int]
        /// `boundaryPrefix[p]`: segment boundaries at positions 1…p.
        private let boundaryPrefix: [Int]

        init(packer: MoveMinimizingPacker) {
            var closedPrefix = [0]
            for position in 0..<packer.count {
                closedPrefix.append((closedPrefix.last ?? 0) + (packer.closed.contains(position) ? 1 : 0))
            }
            var boundaryPrefix = Array(repeating: 0, count: packer.count + 1)
            let boundaries = Set(packer.segmentEnds.dropLast())
            for position in 1...max(1, packer.count) where position <= packer.count {
                boundaryPrefix[position] = boundaryPrefix[position - 1] + (boundaries.contains(position) ? 1 : 0)
            }
            self.closedPrefix = closedPrefix
            self.boundaryPrefix = boundaryPrefix
        }

        /// Whether no position of `block` is closed.
        func isOpen(_ block: Range<Int>) -> Bool {
            closedPrefix[block.upperBound] - closedPrefix[block.lowerBound] == 0
        }

        /// The segment boundaries inside `block`.
        func splits(_ block: Range<Int>) -> Int {
            block.count <= 1 ? 0 : boundaryPrefix[block.upperBound - 1] - boundaryPrefix[block.lowerBound]
        }

        /// How many of the unit's people sit inside `block` already.
        func kept(_ unit: MoveMinimizingPacker.Unit, _ block: Range<Int>) -> Int {
            Self.lowerIndex(unit.oldPositions, block.upperBound) - Self.lowerIndex(unit.oldPositions, block.lowerBound)
        }

        private static func lowerIndex(_ sorted: [Int], _ value: Int) -> Int {
            var low = 0
            var high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                if sorted[middle] < value { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }
}
