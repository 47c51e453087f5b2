/// The parameters of the iterated tabu search, derived from the problem's size.
struct TabuSettings {
    /// Non-improving tabu iterations before the search restarts from a perturbed best grouping.
    var depth: Int
    /// The tabu tenure is drawn from `tenure...(2 · tenure)` iterations.
    var tenure: Int
    /// Random swaps (or moves) applied by a perturbation.
    var perturbation: Int
    /// Up to this many elements, every iteration scans all pairs; above, a sample of rows.
    var fullScanLimit: Int
    /// Pair evaluations per iteration when rows are sampled.
    var sampledEvaluations: Int

    /// Settings for `n` elements in `groupCount` groups.
    static func standard(count n: Int, groupCount: Int) -> TabuSettings {
        TabuSettings(
            depth: max(500, 10 * n),
            tenure: max(5, n / 20),
            perturbation: max(3, n / 20),
            fullScanLimit: 1_200,
            sampledEvaluations: 400_000)
    }
}
