/// Packs groups of people (units, in their fixed order) into a sequence of seats cut into
/// segments (row pieces between aisles, or tables), deciding where to leave seats empty so that
/// as few groups as possible are split across segments.
///
/// This is the line-breaking integer program of the hall and the banquet: minimise
/// `splitWeight · splits + Σ skipped seats × (people still to seat ÷ all people)`, subject to the
/// groups keeping their order, each group taking consecutive seats, and empty seats only at the
/// ends of segments. Its constraint matrix is a shortest path in a directed acyclic graph over
/// states (groups placed, next seat), so dynamic programming solves it exactly in
/// O(groups × seats) time; `SequencePackerTests` checks the optimum against GLPK's
/// branch-and-cut on the explicit MIP.
public struct SequencePacker: Sendable {
    /// The cost of one group split across two segments, in seat-pushes (pushing every later
    /// person back by one seat costs 1).
    public static let defaultSplitWeight = 10.0

    /// Lengths of the segments in sequence order.
    public let segmentLengths: [Int]
    /// Cost of one split.
    public let splitWeight: Double

    /// Creates a packer for segments of the given lengths.
    public init(segmentLengths: [Int], splitWeight: Double = SequencePacker.defaultSplitWeight) {
        self.segmentLengths = segmentLengths
        self.splitWeight = splitWeight
    }

    /// Where each group starts (a seat index of the sequence), and the cost.
    public struct Packing: Sendable, Equatable {
        /// The first seat of each group, in group order.
        public let starts: [Int]
        /// Groups that span more than one segment, counted once per extra segment.
        public let splits: Int
        /// Seats left empty before the last group ends.
        public let skippedSeats: Int
        /// Groups that `keepWhole` wanted whole but had to wrap because nothing else fits.
        public var brokenWholes: Int { Int((objective / SequencePacker.brokenWholeWeight).rounded(.down)) }
        /// The objective value.
        public let objective: Double
    }

    /// The cost of wrapping a group that `keepWhole` wants whole: so high that the packer wraps
    /// such a group only when no arrangement keeps it whole (a full zone).
    public static let brokenWholeWeight = 1_000_000.0

    /// The optimal packing, or `nil` when the groups do not fit (more people than seats).
    ///
    /// - Parameters:
    ///   - sizes: group sizes, in their order; every size ≥ 1.
    ///   - keepWhole: when true, a group no longer than the longest segment should lie within one
    ///     segment (`unit_break: new_row`); it wraps only where nothing else fits, and
    ///     ``Packing/brokenWholes`` counts those groups.
    public func pack(_ sizes: [Int], keepWhole: Bool = false) -> Packing? {
        let seatCount = segmentLengths.reduce(0, +)
        guard sizes.reduce(0, +) <= seatCount, sizes.allSatisfy({ $0 >= 1 }) else { return nil }
        if sizes.isEmpty { return Packing(starts: [], splits: 0, skippedSeats: 0, objective: 0) }
        let segments = SegmentIndex(segmentLengths)
        let table = fill(sizes, segments: segments, keepWhole: keepWhole)
        // The best end state: all groups placed, any next seat.
        let finalRow = sizes.count * table.width
        guard let end = (0...seatCount).min(by: { table.cost[finalRow + $0] < table.cost[finalRow + $1] }),
            table.cost[finalRow + end].isFinite
        else { return nil }
        let starts = table.starts(groups: sizes.count, end: end)
        var splits = 0
        var skipped = 0
        var cursor = 0
        for (index, start) in starts.enumerated() {
            skipped += start - cursor
            splits += segments.segmentOf[start + sizes[index] - 1] - segments.segmentOf[start]
            cursor = start + sizes[index]
        }
        return Packing(starts: starts, splits: splits, skippedSeats: skipped, objective: table.cost[finalRow + end])
    }

    /// Which segment each seat is in and where that segment ends.
    struct SegmentIndex {
        /// Seat → its segment.
        var segmentOf: [Int]
        /// Seat → the first seat after its segment (`seatCount` for the end itself).
        var segmentEnd: [Int]

        init(_ lengths: [Int]) {
            let seatCount = lengths.reduce(0, +)
            segmentOf = [Int](repeating: 0, count: seatCount)
            segmentEnd = [Int](repeating: 0, count: seatCount + 1)
            var position = 0
            for (segment, length) in lengths.enumerated() {
                for seat in position..<(position + length) {
                    segmentOf[seat] = segment
                    segmentEnd[seat] = position + length
                }
                position += length
            }
            segmentEnd[seatCount] = seatCount
        }
    }

    /// The dynamic program's table over states (groups placed, next seat), row-major.
    struct Table {
        /// Seats + 1: the length of one row.
        let width: Int
        /// `cost[i * width + p]`: the cheapest way to have placed groups 0..<i with seat p next.
        var cost: [Double]
        /// Whether the state was reached by placing group i−1 (true) or by skipping (false).
        var placed: [Bool]
        /// The seat the state was reached from (−1 for the start).
        var origin: [Int32]

        /// Lowers the cost of `state` to `value` when that is cheaper, remembering how.
        mutating func relax(_ state: Int, to value: Double, byPlacing: Bool, from seat: Int) {
            guard value < cost[state] else { return }
            cost[state] = value
            placed[state] = byPlacing
            origin[state] = Int32(seat)
        }

        /// Each group's first seat, walking back from all `groups` placed with `end` next.
        func starts(groups: Int, end: Int) -> [Int] {
            var starts = [Int](repeating: 0, count: groups)
            var group = groups
            var seat = end
            while group > 0 || seat > 0 {
                let index = group * width + seat
                let from = Int(origin[index])
                if placed[index] {
                    starts[group - 1] = from
                    group -= 1
                }
                seat = from
                if from < 0 { break }
            }
            return starts
        }
    }

    /// Fills the table: from each reachable state either skip to the end of the segment (each
    /// skipped seat pushes everyone still to seat back) or place the next group on the seats
    /// ahead (paying for the segments it spans).
    private func fill(_ sizes: [Int], segments: SegmentIndex, keepWhole: Bool) -> Table {
        let seatCount = segments.segmentOf.count
        let people = sizes.reduce(0, +)
        let longest = segmentLengths.max() ?? 0
        var remaining = [Int](repeating: 0, count: sizes.count + 1)
        for index in stride(from: sizes.count - 1, through: 0, by: -1) {
            remaining[index] = remaining[index + 1] + sizes[index]
        }
        let width = seatCount + 1
        let states = (sizes.count + 1) * width
        var table = Table(
            width: width, cost: [Double](repeating: .infinity, count: states),
            placed: [Bool](repeating: false, count: states),
            origin: [Int32](repeating: -1, count: states))
        table.cost[0] = 0
        let pushCost = 1.0 / Double(max(1, people))
        for group in 0...sizes.count {
            let row = group * width
            for seat in 0...seatCount where table.cost[row + seat].isFinite {
                let here = table.cost[row + seat]
                if seat < seatCount {
                    let next = segments.segmentEnd[seat]
                    let skipped = here + Double(next - seat) * Double(remaining[group]) * pushCost
                    table.relax(row + next, to: skipped, byPlacing: false, from: seat)
                }
                guard group < sizes.count, seat + sizes[group] <= seatCount else { continue }
                let splits = segments.segmentOf[seat + sizes[group] - 1] - segments.segmentOf[seat]
                let brokenWhole = splits > 0 && keepWhole && sizes[group] <= longest
                let total = here + Double(splits) * splitWeight + (brokenWhole ? Self.brokenWholeWeight : 0)
                table.relax(row + width + seat + sizes[group], to: total, byPlacing: true, from: seat)
            }
        }
        return table
    }

    /// The plain greedy fill: groups one after another with no empty seats (the baseline
    /// the benchmarks compare against).
    public func greedy(_ sizes: [Int]) -> Packing? {
        guard sizes.reduce(0, +) <= segmentLengths.reduce(0, +) else { return nil }
        var boundaries: [Int] = []
        var position = 0
        for length in segmentLengths {
            position += length
            boundaries.append(position)
        }
        func segment(_ seat: Int) -> Int { boundaries.firstIndex { seat < $0 } ?? boundaries.count - 1 }
        var starts: [Int] = []
        var splits = 0
        var cursor = 0
        for size in sizes {
            starts.append(cursor)
            splits += segment(cursor + size - 1) - segment(cursor)
            cursor += size
        }
        return Packing(starts: starts, splits: splits, skippedSeats: 0, objective: Double(splits) * splitWeight)
    }
}
