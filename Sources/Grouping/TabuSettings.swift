/// The parameters of the iterated tabu search, derived from the problem's size.
///
/// The values were tuned on MDGPLIB (RanReal, RanInt, Geo; n = 120, 240, 480) at a quarter of
/// the benchmark's time limits; results are flat around them (a tenure of n/33 to n/20, a
/// depth of 20n to 50n, acceptance 0 to 0.2 % all ended within ±0.05 % on average).
struct TabuSettings {
    /// Non-improving tabu iterations before the search restarts from a perturbed grouping.
    var depth: Int
    /// The tabu tenure is drawn from `tenure...(2 · tenure)` iterations.
    var tenure: Int
    /// Random swaps (or moves) applied by a perturbation.
    var perturbation: Int
    /// A run's best grouping is kept as the next starting point when it is within this
    /// fraction of the best objective; otherwise the search returns to the best.
    var acceptance: Double
    /// Up to this many elements every step scans the whole (pruned) neighbourhood; above, a
    /// candidate list of `sampledEvaluations` swap evaluations.
    var fullScanLimit: Int
    /// Swap evaluations per step when the neighbourhood is too large to scan whole.
    var sampledEvaluations: Int

    /// Settings for `n` elements in `groupCount` groups.
    static func standard(count n: Int, groupCount: Int) -> TabuSettings {
        TabuSettings(
            depth: max(500, 50 * n),
            tenure: max(5, n / 20),
            perturbation: max(3, n / 20),
            acceptance: 0.002,
            fullScanLimit: 1_200,
            sampledEvaluations: 100_000)
    }
}
