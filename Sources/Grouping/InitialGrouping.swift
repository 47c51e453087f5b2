/// Random feasible groupings, the starting points of the search.
enum InitialGrouping {
    /// A uniformly shuffled assignment whose group sizes are the lower bounds plus the remaining
    /// elements spread at random over groups with room.
    static func random(
        count n: Int, sizes: [ClosedRange<Int>], using random: inout some RandomNumberGenerator
    ) -> [Int] {
        var targets = sizes.map(\.lowerBound)
        var open = sizes.indices.filter { targets[$0] < sizes[$0].upperBound }
        var remaining = n - targets.reduce(0, +)
        while remaining > 0, !open.isEmpty {
            let pick = Int.random(in: 0..<open.count, using: &random)
            let group = open[pick]
            targets[group] += 1
            remaining -= 1
            if targets[group] == sizes[group].upperBound { open.swapAt(pick, open.count - 1); open.removeLast() }
        }
        var slots: [Int] = []
        slots.reserveCapacity(n)
        for (group, target) in targets.enumerated() {
            slots.append(contentsOf: repeatElement(group, count: target))
        }
        // Fisher–Yates with the seeded generator, so the result does not depend on the stdlib's shuffle.
        for index in stride(from: slots.count - 1, to: 0, by: -1) {
            slots.swapAt(index, Int.random(in: 0...index, using: &random))
        }
        return slots
    }
}
