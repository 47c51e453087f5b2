/// Starting points of the search: group sizes chosen for the expected objective, then a random
/// assignment of elements to them.
enum InitialGrouping {
    /// A random assignment with the group sizes of ``sizeProfile(count:sizes:meanDiversity:using:)``.
    static func random(
        count n: Int, sizes: [ClosedRange<Int>], meanDiversity: Double, using random: inout some RandomNumberGenerator
    ) -> [Int] {
        let targets = sizeProfile(count: n, sizes: sizes, meanDiversity: meanDiversity, using: &random)
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

    /// Group sizes within the bounds that add up to `n` and maximise the expected objective of a
    /// random assignment, `mean(d) · Σ_g s_g(s_g − 1)/2`: with positive diversities as few, large
    /// groups as the bounds allow (most groups end at a bound, which the moves of the search
    /// then rarely change); with negative ones as even sizes as possible; with a zero mean, the
    /// spare elements spread at random.
    static func sizeProfile(
        count n: Int, sizes: [ClosedRange<Int>], meanDiversity: Double, using random: inout some RandomNumberGenerator
    ) -> [Int] {
        if meanDiversity > 0 { return largestPairCount(count: n, sizes: sizes) }
        var targets = sizes.map(\.lowerBound)
        var open = sizes.indices.filter { targets[$0] < sizes[$0].upperBound }
        var remaining = n - targets.reduce(0, +)
        while remaining > 0, !open.isEmpty {
            // Even sizes: the smallest open group (ties at random); zero mean: any open group.
            let pick: Int
            if meanDiversity < 0 {
                let smallest = open.map { targets[$0] }.min() ?? 0
                let candidates = open.indices.filter { targets[open[$0]] == smallest }
                pick = candidates[Int.random(in: 0..<candidates.count, using: &random)]
            } else {
                pick = Int.random(in: 0..<open.count, using: &random)
            }
            let group = open[pick]
            targets[group] += 1
            remaining -= 1
            if targets[group] == sizes[group].upperBound {
                open.swapAt(pick, open.count - 1)
                open.removeLast()
            }
        }
        return targets
    }

    /// The sizes that maximise Σ s_g², by dynamic programming over (groups, elements placed).
    private static func largestPairCount(count n: Int, sizes: [ClosedRange<Int>]) -> [Int] {
        let g = sizes.count
        let unreachable = Int.min
        // best[k][t]: the largest Σ s² of the first k groups holding t elements.
        var best = Array(repeating: Array(repeating: unreachable, count: n + 1), count: g + 1)
        var choice = Array(repeating: Array(repeating: 0, count: n + 1), count: g + 1)
        best[0][0] = 0
        for k in 0..<g {
            for t in 0...n where best[k][t] != unreachable {
                for s in sizes[k] where t + s <= n {
                    let value = best[k][t] + s * s
                    if value > best[k + 1][t + s] {
                        best[k + 1][t + s] = value
                        choice[k + 1][t + s] = s
                    }
                }
            }
        }
        var targets = Array(repeating: 0, count: g)
        var t = n
        for k in stride(from: g, to: 0, by: -1) {
            targets[k - 1] = choice[k][t]
            t -= choice[k][t]
        }
        return targets
    }
}
