import Grouping
import SeatPlanCore
import SeededRandom
import Testing

@Suite("Exact grouping (branch and bound)")
struct ExactGroupingTests {
    @Test("Every n = 10 and n = 12 fixture is proved optimal at its known optimum", arguments: Fixtures.small)
    func provesKnownOptimum(name: String) throws {
        let url = try Fixtures.url(name)
        let bestKnown = try #require(try Fixtures.bestKnownValues()[name])
        let problem = try MDGPInstance.read(contentsOf: url).problem
        let result = DiverseGrouping.solve(problem, options: DiverseGroupingOptions(timeLimit: 30, seed: 7))
        let reference = try ReferenceInstance(contentsOf: url)

        #expect(result.provenOptimal)
        #expect(reference.isFeasible(result.assignment))
        let recomputed = reference.objective(of: result.assignment)
        #expect(abs(recomputed - result.objective) < 1e-9, "reported \(result.objective), recomputed \(recomputed)")
        #expect(abs(recomputed - bestKnown) < 1e-6, "\(name): \(recomputed), proven optimum \(bestKnown)")
        #expect(result.bound == result.objective)
    }

    @Test("Branch and bound agrees with enumerating every grouping, negative values included", arguments: 1...12)
    func matchesEnumeration(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let count = 5 + Int(random.next() % 4)
        let groups = 2 + Int(random.next() % 2)
        let values = (0..<(count * count)).map { _ in Double(Int(random.next() % 41) - 15) }
        let matrix = DiversityMatrix(count: count) { values[$0 * count + $1] }
        var bounds: [ClosedRange<Int>] = []
        for _ in 0..<groups {
            let lower = 1 + Int(random.next() % 2)
            bounds.append(lower...(lower + Int(random.next() % 3)))
        }
        guard bounds.map(\.lowerBound).reduce(0, +) <= count, bounds.map(\.upperBound).reduce(0, +) >= count else {
            return
        }
        let problem = try GroupingProblem(diversity: matrix, groupSizes: bounds)

        let result = DiverseGrouping.solve(problem, options: DiverseGroupingOptions(timeLimit: 30, seed: seed))

        var best = -Double.infinity
        var assignment = [Int](repeating: 0, count: count)
        func enumerate(_ index: Int) {
            if index == count {
                if problem.isFeasible(assignment) { best = max(best, problem.objective(of: assignment)) }
                return
            }
            for group in 0..<groups {
                assignment[index] = group
                enumerate(index + 1)
            }
        }
        enumerate(0)
        #expect(result.provenOptimal)
        #expect(problem.isFeasible(result.assignment))
        #expect(result.objective == best, "bounds \(bounds)")
    }

    @Test("With the exact method off, a small problem is solved by the heuristic, unproven")
    func exactOff() throws {
        let problem = try MDGPInstance.read(contentsOf: try Fixtures.url("RanInt_n012_ss_01")).problem
        let options = DiverseGroupingOptions(timeLimit: 10, seed: 1, exactLimit: 0, iterationLimit: 2_000)
        let result = DiverseGrouping.solve(problem, options: options)
        #expect(!result.provenOptimal)
        #expect(result.bound == nil)
        #expect(result.objective == 985)
    }
}
