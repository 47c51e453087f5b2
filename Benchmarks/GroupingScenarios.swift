import Foundation
import Grouping

/// Quick grouping scenarios for `make bench` (the MDGPLIB quality table is `make bench-mdgp`).
extension Scenarios {
    static let grouping: [Scenario] = [groupingExact12, grouping5000]

    /// Prove the optimum of the hardest n = 12 fixture (Geo, different sizes) by branch and bound.
    static let groupingExact12 = Scenario(
        name: "mdgp-exact-n12",
        summary: "Grouping: prove the optimum of Geo_n012_ds_01 (n=12, G=4) by branch and bound"
    ) {
        let data = try MDGPData.locate(nil)
        let instance = try MDGPInstance.read(contentsOf: data.url(of: "Geo_n012_ds_01"))
        let bestKnown = data.bestKnown[instance.name] ?? .nan
        return {
            let result = DiverseGrouping.solve(instance.problem, options: DiverseGroupingOptions(timeLimit: 10))
            guard result.provenOptimal, abs(result.objective - bestKnown) < 1e-6 else {
                throw BenchmarkFailure(
                    "n=12: \(result.objective), proven \(result.provenOptimal), optimum \(bestKnown)")
            }
            return String(format: "optimal %.3f, %d nodes", result.objective, result.iterations)
        }
    }

    /// Build a 5,000 × 5,000 roster-like diversity matrix and split it into 200 groups of 25
    /// with a 1 s search (the full 8 s run is part of `seatplan-bench mdgp`).
    static let grouping5000 = Scenario(
        name: "mdgp-5000x200",
        summary: "Grouping: 5,000 people into 200 groups, matrix + 1 s tabu search"
    ) {
        {
            let problem = try LargeGrouping.problem()
            let result = DiverseGrouping.solve(problem, options: DiverseGroupingOptions(timeLimit: 1, seed: 1))
            guard problem.isFeasible(result.assignment) else { throw BenchmarkFailure("5000×200: infeasible grouping") }
            return "feasible, \(problem.groupCount) groups"
        }
    }
}
