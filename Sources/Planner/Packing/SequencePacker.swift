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
        let people = sizes.reduce(0, +)
        guard people <= seatCount, sizes.allSatisfy({ $0 >= 1 }) else { return nil }
        if sizes.isEmpty { return Packing(starts: [], splits: 0, skippedSeats: 0, objective: 0) }
        var segmentOf = [Int](repeating: 0, count: seatCount)
        var segmentEnd = [Int](repeating: 0, count: seatCount + 1)
        var position = 0
        for (segment, length) in segmentLengths.enumerated() {
            for seat in position..<(position + length) {
                segmentOf[seat] = segment
                segmentEnd[seat] = position + length
            }
            position += length
        }
        segmentEnd[seatCount] = seatCount
        let longest = segmentLengths.max() ?? 0
        var remaining = [Int](repeating: 0, count: sizes.count + 1)
        for index in stride(from: sizes.count - 1, through: 0, by: -1) { remaining[index] = remaining[index + 1] + sizes[index] }

        // cost[i][p]: cheapest way to have placed groups 0..<i with seat p next; `placed`
        // records whether (i, p) was reached by placing group i-1 (true) or by skipping (false).
        let width = seatCount + 1
        var cost = [Double](repeating: .infinity, count: (sizes.count + 1) * width)
        var placed = [Bool](repeating: false, count: (sizes.count + 1) * width)
        var origin = [Int32](repeating: -1, count: (sizes.count + 1) * width)
        cost[0] = 0
        let pushCost = 1.0 / Double(max(1, people))
        for group in 0...sizes.count {
            let row = group * width
            for seat in 0...seatCount where cost[row + seat].isFinite {
                let here = cost[row + seat]
                // Skip to the end of this segment.
                if seat < seatCount {
                    let next = segmentEnd[seat]
                    let skipped = here + Double(next - seat) * Double(remaining[group]) * pushCost
                    if skipped < cost[row + next] {
                        cost[row + next] = skipped
                        placed[row + next] = false
                        origin[row + next] = Int32(seat)
                    }
                }
                guard group < sizes.count, seat + sizes[group] <= seatCount else { continue }
                let last = seat + sizes[group] - 1
                let splits = segmentOf[last] - segmentOf[seat]
                let brokenWhole = splits > 0 && keepWhole && sizes[group] <= longest
                let target = row + width + seat + sizes[group]
                let total = here + Double(splits) * splitWeight + (brokenWhole ? Self.brokenWholeWeight : 0)
                if total < cost[target] {
                    cost[target] = total
                    placed[target] = true
                    origin[target] = Int32(seat)
                }
            }
        }
        // The best end state: all groups placed, any next seat.
        let finalRow = sizes.count * width
        guard let end = (0...seatCount).min(by: { cost[finalRow + $0] < cost[finalRow + $1] }),
              cost[finalRow + end].isFinite
        else { return nil }
        var starts = [Int](repeating: 0, count: sizes.count)
        var group = sizes.count
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
        var splits = 0
        var skipped = 0
        var cursor = 0
        for (index, start) in starts.enumerated() {
            skipped += start - cursor
            splits += segmentOf[start + sizes[index] - 1] - segmentOf[start]
            cursor = start + sizes[index]
        }
        return Packing(starts: starts, splits: splits, skippedSeats: skipped, objective: cost[finalRow + end])
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
