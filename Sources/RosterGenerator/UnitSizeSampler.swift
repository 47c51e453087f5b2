/// Unit sizes skewed small: a discrete power law P(k) ∝ 1/(k + s)² on 1…cap, with s chosen so
/// the mean matches the requested total, drawn by stratified sampling (one draw per quantile band,
/// so the sum lands close to the total) and then nudged to the exact total.
///
/// With a mean of about 7 this gives mostly units of 1–6 people, some dozens and one or two
/// near the cap.
enum UnitSizeSampler {
    /// Sizes summing exactly to `total`, each within `lower[i]...upper[i]`.
    static func draw(total: Int, lower: [Int], upper: [Int], using draws: inout Draws) -> [Int] {
        let count = lower.count
        precondition(upper.count == count, "bounds differ in length")
        guard count > 0 else { return [] }
        precondition(lower.reduce(0, +) <= total && total <= upper.reduce(0, +), "bounds cannot meet the total")
        let cap = max(1, upper.max() ?? 1)
        let cumulative = distribution(mean: Double(total) / Double(count), cap: cap)
        var values = (0..<count).map { band in
            size(at: (Double(band) + draws.unit()) / Double(count), in: cumulative)
        }
        values = draws.shuffle(values)
        var sizes = values.indices.map { min(max(values[$0], lower[$0]), upper[$0]) }
        adjust(&sizes, to: total, lower: lower, upper: upper, using: &draws)
        return sizes
    }

    /// Running probabilities P(X ≤ k) for k = 1…cap of the law P(k) ∝ 1/(k + s)² whose mean
    /// is `mean`. Only +, −, × and ÷ are used (no `pow` or `log`, whose last bits differ between
    /// C libraries), so the sizes are the same on every machine.
    static func distribution(mean: Double, cap: Int) -> [Double] {
        var low = -0.999_999
        var high = 1_000_000.0
        for _ in 0..<200 {
            let shift = (low + high) / 2
            if expectation(shift: shift, cap: cap) > mean { high = shift } else { low = shift }
        }
        let weights = weights(shift: (low + high) / 2, cap: cap)
        let sum = weights.reduce(0, +)
        var running = 0.0
        return weights.map {
            running += $0 / sum
            return running
        }
    }

    private static func weights(shift: Double, cap: Int) -> [Double] {
        (1...cap).map { k in
            let base = Double(k) + shift
            return 1 / (base * base)
        }
    }

    private static func expectation(shift: Double, cap: Int) -> Double {
        let weights = weights(shift: shift, cap: cap)
        let weighted = weights.enumerated().reduce(0.0) { $0 + Double($1.offset + 1) * $1.element }
        return weighted / weights.reduce(0, +)
    }

    /// The smallest k with P(X ≤ k) > u.
    private static func size(at u: Double, in cumulative: [Double]) -> Int {
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > u { high = middle } else { low = middle + 1 }
        }
        return low + 1
    }

    /// Adds or removes people one at a time until the sizes sum to `total`, choosing units in
    /// proportion to their size, so small units stay small and the skew survives.
    private static func adjust(
        _ sizes: inout [Int], to total: Int, lower: [Int], upper: [Int], using draws: inout Draws
    ) {
        var difference = total - sizes.reduce(0, +)
        while difference != 0 {
            let growing = difference > 0
            let weights = sizes.indices.map { index -> Double in
                let movable = growing ? sizes[index] < upper[index] : sizes[index] > lower[index]
                return movable ? Double(max(sizes[index], 1)) : 0
            }
            guard let index = draws.weightedIndex(weights) else { break }
            sizes[index] += growing ? 1 : -1
            difference += growing ? -1 : 1
        }
    }
}
