import SeatPlanCore
import SeededRandom
import Testing

@testable import Planner

/// The move-minimising re-packing against brute force over every block choice.
@Suite("Re-packing with the fewest moves is exact")
struct MoveMinimizingPackerTests {
    /// Every feasible choice of blocks the packer's model allows, by enumeration.
    static func bruteForce(
        _ units: [MoveMinimizingPacker.Unit], count: Int, segmentLengths: [Int], honour: [Int]? = nil
    ) -> Int? {
        var ends: Set<Int> = []
        var total = 0
        for length in segmentLengths.dropLast() {
            total += length
            ends.insert(total)
        }
        func splits(_ block: Range<Int>) -> Int {
            block.count <= 1 ? 0 : ends.filter { $0 > block.lowerBound && $0 < block.upperBound }.count
        }
        func options(_ unit: MoveMinimizingPacker.Unit) -> [Range<Int>] {
            var blocks = (0...max(0, count - unit.size)).map { $0..<($0 + unit.size) }.filter { $0.upperBound <= count }
            if let first = unit.oldPositions.first, let last = unit.oldPositions.last {
                let missing = max(0, unit.size - (last + 1 - first))
                blocks += [first..<(last + 1 + missing), (first - missing)..<(last + 1)].filter {
                    $0.lowerBound >= 0 && $0.upperBound <= count
                }
            }
            return blocks
        }
        func search(_ index: Int, from start: Int) -> Int? {
            guard index < units.count else { return 0 }
            let unit = units[index]
            var best: Int?
            for block in options(unit) where block.lowerBound >= start {
                var kept = unit.oldPositions.filter(block.contains).count
                if let honour, block.count == unit.size, unit.size > 0,
                    let best = block.min(by: { honour[$0] < honour[$1] })
                {
                    kept -= MoveMinimizingPacker.headMoves(unit, block: block, best: best)
                }
                guard let rest = search(index + 1, from: block.upperBound) else { continue }
                let cost = MoveMinimizingPacker.moveWeight * (unit.oldPositions.count - kept) + splits(block) + rest
                best = min(best ?? cost, cost)
            }
            return best
        }
        return search(0, from: 0)
    }

    /// The worked example of `MoveMinimizingPacker`'s documentation: `A A B B | C C . .` with a
    /// late arrival in B.
    @Test("The documented worked example: one move, one split, and its cost tables")
    func workedExample() throws {
        let units = [
            MoveMinimizingPacker.Unit(size: 2, oldPositions: [0, 1]),
            MoveMinimizingPacker.Unit(size: 3, oldPositions: [2, 3]),
            MoveMinimizingPacker.Unit(size: 2, oldPositions: [4, 5]),
        ]
        let packer = MoveMinimizingPacker(segmentLengths: [4, 4], closed: [])
        let packing = try #require(packer.pack(units))
        #expect(packing == MoveMinimizingPacker.Packing(blocks: [0..<2, 2..<5, 5..<7], moves: 1, splits: 1))
        let never = MoveMinimizingPacker.infinity
        let layers = packer.layers(units)
        #expect(
            layers.map(\.cost) == [
                [never, never, 0, 0, 0, 0, 0, 0, 0],
                [never, never, never, never, never, 1, 1, 1, 1],
                [never, never, never, never, never, never, never, 1001, 1001],
            ])
        #expect(Self.bruteForce(units, count: 8, segmentLengths: [4, 4]) == 1001)
    }

    @Test("Random small instances: the dynamic program equals brute force", arguments: 1...40)
    func matchesBruteForce(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let segmentLengths = (0..<(2 + Int(generator.next() % 2))).map { _ in 3 + Int(generator.next() % 3) }
        let count = segmentLengths.reduce(0, +)
        let unitCount = 2 + Int(generator.next() % 2)
        var cursor = 0
        var units: [MoveMinimizingPacker.Unit] = []
        for _ in 0..<unitCount {
            let old = Int(generator.next() % 4) + 1
            let positions = Array(cursor..<min(count, cursor + old))
            cursor += old + Int(generator.next() % 2)
            let size = max(0, positions.count + Int(generator.next() % 3) - 1)
            units.append(MoveMinimizingPacker.Unit(size: size, oldPositions: positions))
        }
        let packer = MoveMinimizingPacker(segmentLengths: segmentLengths, closed: [])
        let packing = packer.pack(units)
        let expected = Self.bruteForce(units, count: count, segmentLengths: segmentLengths)
        #expect(packing.map { MoveMinimizingPacker.moveWeight * $0.moves + $0.splits } == expected)

        // With heads: each unit's first old position is its head; seats ranked at random.
        let withHeads = units.map { unit in
            var unit = unit
            unit.headPosition = unit.oldPositions.last
            return unit
        }
        let honour = Array(0..<count).shuffled(using: &generator)
        let headAware = MoveMinimizingPacker(segmentLengths: segmentLengths, closed: [], honour: honour).pack(withHeads)
        let expectedWithHeads = Self.bruteForce(withHeads, count: count, segmentLengths: segmentLengths, honour: honour)
        #expect(headAware.map { MoveMinimizingPacker.moveWeight * $0.moves + $0.splits } == expectedWithHeads)
    }

    @Test("Units that keep their blocks move nobody")
    func nothingToMove() {
        let units = [
            MoveMinimizingPacker.Unit(size: 3, oldPositions: [0, 1, 2]),
            MoveMinimizingPacker.Unit(size: 2, oldPositions: [4, 6]),
        ]
        let packing = MoveMinimizingPacker(segmentLengths: [10], closed: []).pack(units)
        #expect(packing?.moves == 0)
        #expect(packing?.blocks == [0..<3, 4..<7])
    }

    @Test("A window of the sequence keeps its segment boundaries")
    func segmentsWithin() {
        #expect(HallReseat.segments([3, 4, 5], within: 2..<9) == [1, 4, 2])
        #expect(HallReseat.segments([3, 4, 5], within: 3..<7) == [4])
        #expect(HallReseat.segments([3, 4, 5], within: 12..<12).isEmpty)
    }
}
