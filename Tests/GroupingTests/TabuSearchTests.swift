import Foundation
import Grouping
import Optimization
import Testing

@Suite("Iterated tabu search")
struct TabuSearchTests {
    @Test("A short run on an n = 120 instance is feasible, recomputable and within 3 % of the best known value")
    func shortRun() throws {
        let url = Fixtures.benchmarkURL("RanReal_n120_ds_01")
        let problem = try MDGPInstance.read(contentsOf: url).problem
        let reference = try ReferenceInstance(contentsOf: url)
        let options = DiverseGroupingOptions(timeLimit: 20, seed: 3, iterationLimit: 3_000)

        let result = DiverseGrouping.solve(problem, options: options)

        #expect(reference.isFeasible(result.assignment))
        let recomputed = reference.objective(of: result.assignment)
        #expect(abs(recomputed - result.objective) < 1e-6, "reported \(result.objective), recomputed \(recomputed)")
        #expect(recomputed >= 50_549.135 * 0.97, "objective \(recomputed), best known 50549.135")
        #expect(!result.provenOptimal)
        #expect(result.iterations <= 3_000)
    }

    @Test("The same seed and iteration limit give the same grouping")
    func deterministic() throws {
        let problem = try MDGPInstance.read(contentsOf: Fixtures.benchmarkURL("Geo_n120_ss_01")).problem
        let options = DiverseGroupingOptions(timeLimit: 20, seed: 11, iterationLimit: 1_500)
        let first = DiverseGrouping.solve(problem, options: options)
        let second = DiverseGrouping.solve(problem, options: options)
        #expect(first.assignment == second.assignment)
        #expect(first.objective == second.objective)
        #expect(first.iterations == second.iterations)
    }

    @Test("Large negative weights keep pairs apart; large positive ones keep them together")
    func keepApartAndTogether() throws {
        // 40 people in 8 groups of 5, mild random diversity; 0–1, 2–3 must be apart,
        // 4–5 and 6–7 together.
        let count = 40
        let matrix = DiversityMatrix(count: count) { i, j in
            switch (i, j) {
            case (0, 1), (2, 3): -1e6
            case (4, 5), (6, 7): 1e6
            default: Double((i * 7 + j * 13) % 10)
            }
        }
        let problem = try GroupingProblem(diversity: matrix, groupSizes: Array(repeating: 5...5, count: 8))
        let result = DiverseGrouping.solve(
            problem, options: DiverseGroupingOptions(timeLimit: 20, seed: 5, iterationLimit: 2_000))
        let groups = result.assignment
        #expect(problem.isFeasible(groups))
        #expect(groups[0] != groups[1])
        #expect(groups[2] != groups[3])
        #expect(groups[4] == groups[5])
        #expect(groups[6] == groups[7])
        #expect(result.objective == problem.objective(of: groups))
    }

    @Test("Group sizes may differ by one: 103 elements into 10 groups of 10 or 11")
    func nearlyEqualSizes() throws {
        let matrix = DiversityMatrix(count: 103) { i, j in Double((i * 31 + j * 17) % 23) - 5 }
        let problem = try GroupingProblem(diversity: matrix, groupSizes: Array(repeating: 10...11, count: 10))
        let result = DiverseGrouping.solve(problem, options: DiverseGroupingOptions(timeLimit: 20, iterationLimit: 500))
        #expect(problem.isFeasible(result.assignment))
        #expect(abs(result.objective - problem.objective(of: result.assignment)) < 1e-9)
    }

    @Test("A cancelled token stops the search at once with a feasible grouping")
    func cancellation() throws {
        let problem = try MDGPInstance.read(contentsOf: Fixtures.benchmarkURL("RanInt_n120_ss_01")).problem
        let token = CancellationToken()
        token.cancel()
        let result = DiverseGrouping.solve(problem, options: DiverseGroupingOptions(timeLimit: 60, cancellation: token))
        #expect(problem.isFeasible(result.assignment))
        #expect(result.iterations == 0, "a cancelled search takes no step")
    }

    @Test("One group or one element: the only grouping")
    func trivial() throws {
        let single = try GroupingProblem(diversity: DiversityMatrix(count: 1) { _, _ in 0 }, groupSizes: [1...1])
        #expect(DiverseGrouping.solve(single, options: DiverseGroupingOptions()).assignment == [0])
        let oneGroup = try GroupingProblem(diversity: DiversityMatrix(count: 30) { _, _ in 1 }, groupSizes: [30...30])
        let result = DiverseGrouping.solve(oneGroup, options: DiverseGroupingOptions(timeLimit: 1))
        #expect(result.assignment == Array(repeating: 0, count: 30))
        #expect(result.objective == 435)
    }
}
