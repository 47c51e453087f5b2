import Foundation

/// The parameters of the iterated tabu search, derived from the problem's size.
struct TabuSettings {
    /// Non-improving tabu iterations before the search restarts from a perturbed best grouping.
    var depth: Int
    /// The tabu tenure is drawn from `tenure...(2 · tenure)` iterations.
    var tenure: Int
    /// Random swaps (or moves) applied by a perturbation.
    var perturbation: Int
    /// A run's best grouping is kept as the next starting point when it is within this
    /// fraction of the best objective; otherwise the search returns to the best.
    var acceptance: Double
    /// Up to this many elements, every iteration scans all pairs; above, a sample of rows.
    var fullScanLimit: Int
    /// Pair evaluations per iteration when rows are sampled.
    var sampledEvaluations: Int

    /// Settings for `n` elements in `groupCount` groups.
    static func standard(count n: Int, groupCount: Int) -> TabuSettings {
        var settings = TabuSettings(
            depth: max(500, 50 * n),
            tenure: max(5, n / 20),
            perturbation: max(3, n / 20),
            acceptance: 0,
            fullScanLimit: 1_200,
            sampledEvaluations: 100_000)
        if let text = ProcessInfo.processInfo.environment["MDGP_TUNE"] {
            for item in text.split(separator: ",") {
                let parts = item.split(separator: "=")
                guard parts.count == 2, let value = Double(parts[1]) else { continue }
                switch parts[0] {
                case "depth": settings.depth = max(100, Int(value * Double(n)))
                case "tenure": settings.tenure = max(2, Int(value * Double(n)))
                case "pert": settings.perturbation = max(2, Int(value * Double(n)))
                case "accept": settings.acceptance = value
                case "sample": settings.sampledEvaluations = Int(value)
                default: break
                }
            }
        }
        return settings
    }
}
