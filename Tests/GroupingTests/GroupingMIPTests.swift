import Grouping
import Optimization
import SeatPlanCore
import SeededRandom
import Testing

@Suite("GLPK cross-check of the exact method")
struct GroupingMIPTests {
    @Test(
        "GLPK proves the same optimum as branch and bound on the n = 10 fixtures",
        arguments: Fixtures.small.filter { $0.contains("n010") })
    func agreesOnFixtures(name: String) throws {
        let problem = try MDGPInstance.read(contentsOf: try Fixtures.url(name)).problem
        let glpk = try GroupingMIP.solve(problem, options: SolveOptions(timeLimit: .seconds(60)))
        let exact = DiverseGrouping.solve(problem, options: DiverseGroupingOptions(timeLimit: 30))
        #expect(glpk.result.status == .optimal)
        let assignment = try #require(glpk.assignment)
        #expect(problem.isFeasible(assignment))
        #expect(abs(problem.objective(of: assignment) - exact.objective) < 1e-6)
        #expect(exact.provenOptimal)
    }

    @Test("GLPK and branch and bound agree with negative diversities", arguments: 1...4)
    func agreesWithNegativeValues(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let values = (0..<64).map { _ in Double(Int(random.next() % 21) - 10) }
        let problem = try GroupingProblem(
            diversity: DiversityMatrix(count: 8) { values[$0 * 8 + $1] }, groupSizes: [2...5, 3...4])
        let glpk = try GroupingMIP.solve(problem)
        let exact = DiverseGrouping.solve(problem, options: DiverseGroupingOptions(timeLimit: 30))
        let assignment = try #require(glpk.assignment)
        #expect(glpk.result.status == .optimal)
        #expect(problem.objective(of: assignment) == exact.objective)
    }
}
