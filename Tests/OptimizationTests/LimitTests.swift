import Foundation
import Optimization
import SeatPlanCore
import SeededRandom
import Testing

@Suite("Time limits, gaps and cancellation")
struct LimitTests {
    @Test("The time limit stops a hard search within a small multiple of the limit")
    func timeLimit() throws {
        let model = try HardInstances.marketSplit()
        let result = try GLPKSolver.solve(model, options: SolveOptions(timeLimit: .milliseconds(300)))

        #expect([.timeLimit, .feasible].contains(result.status))
        #expect(result.stopReason == .timeLimit)
        #expect(result.duration < .seconds(5))
        if result.status == .feasible, let objective = result.objective, let bound = result.bound {
            #expect(bound <= objective + 1e-6)
        }
    }

    @Test("Cancelling from another thread stops the search")
    func cancellationFromAnotherThread() throws {
        let model = try HardInstances.marketSplit()
        let token = CancellationToken()
        // A thread of its own: Dispatch's global queue is only as wide as the cores, and other
        // tests may hold it, which once kept this cancel waiting past the whole time limit.
        Thread {
            Thread.sleep(forTimeInterval: 0.2)
            token.cancel()
        }.start()

        let result = try GLPKSolver.solve(model, options: SolveOptions(timeLimit: .seconds(60), cancellation: token))

        #expect([.cancelled, .feasible].contains(result.status))
        #expect(result.stopReason == .cancelled)
        #expect(result.duration < .seconds(10))
    }

    @Test("A token cancelled before the solve stops it at once")
    func cancelledBeforeStart() throws {
        let token = CancellationToken()
        token.cancel()
        let result = try GLPKSolver.solve(try HardInstances.marketSplit(), options: SolveOptions(cancellation: token))
        #expect(result.status == .cancelled)
        #expect(result.values.isEmpty)
    }

    @Test("A relative gap lets the search stop with a reported gap no larger than asked")
    func relativeGap() throws {
        var model = LinearModel(sense: .maximize)
        var generator = SeededGenerator(seed: 11)
        let items = try (0..<40).map { index in
            try model.addVariable("item\(index)", kind: .binary, objective: Double(10 + generator.next() % 90))
        }
        let weights = items.map { _ in Double(5 + generator.next() % 60) }
        try model.addConstraint(
            "weight", zip(items, weights).map { LinearTerm($0, $1) }, .lessOrEqual(weights.reduce(0, +) / 3))

        let result = try GLPKSolver.solve(model, options: SolveOptions(relativeGap: 0.05))

        #expect(result.hasSolution)
        let gap = try #require(result.gap)
        #expect(gap <= 0.05 + 1e-9)
        #expect(try #require(result.bound) >= (try #require(result.objective)) - 1e-6)
    }

    @Test("Invalid options are rejected before GLPK runs")
    func invalidOptions() throws {
        let model = LinearModel()
        #expect(throws: SolverError.self) { try GLPKSolver.solve(model, options: SolveOptions(relativeGap: -1)) }
        #expect(throws: SolverError.self) { try GLPKSolver.solve(model, options: SolveOptions(relativeGap: .nan)) }
        #expect(throws: SolverError.self) {
            try GLPKSolver.solve(model, options: SolveOptions(timeLimit: .seconds(-1)))
        }
    }
}
