import Grouping
import Testing

@Suite("Grouping API smoke test")
struct GroupingSmokeTests {
    @Test("Four elements into two pairs: the heaviest pairs go together")
    func fourElements() throws {
        let weights = [[0.0, 9, 1, 1], [9, 0, 1, 1], [1, 1, 0, 7], [1, 1, 7, 0]]
        let problem = try GroupingProblem(
            diversity: DiversityMatrix(count: 4) { weights[$0][$1] }, groupSizes: [2...2, 2...2])
        let result = DiverseGrouping.solve(problem, options: DiverseGroupingOptions(timeLimit: 5))
        #expect(result.provenOptimal)
        #expect(result.objective == 16)
        #expect(problem.isFeasible(result.assignment))
    }
}
