/// Splits a whole number into parts proportional to weights (largest-remainder method), breaking
/// ties in the remainders by seeded draws.
enum Apportionment {
    /// Parts summing to `total`, each the floor or ceiling of its exact share; a part whose
    /// weight is 0 stays 0. `total` must be 0 when every weight is 0.
    static func split(_ total: Int, weights: [Double], using draws: inout Draws) -> [Int] {
        let sum = weights.reduce(0, +)
        guard sum > 0, total > 0 else {
            precondition(total == 0, "cannot split \(total) over zero weights")
            return Array(repeating: 0, count: weights.count)
        }
        let quotas = weights.map { Double(total) * $0 / sum }
        var parts = quotas.map { Int($0.rounded(.down)) }
        let left = total - parts.reduce(0, +)
        let order = weights.indices
            .map { (index: $0, remainder: quotas[$0] - Double(parts[$0]), tie: draws.unit()) }
            .filter { weights[$0.index] > 0 }
            .sorted { ($0.remainder, $0.tie, $1.index) > ($1.remainder, $1.tie, $0.index) }
        for entry in order.prefix(left) { parts[entry.index] += 1 }
        return parts
    }
}
