import Foundation
import SeatPlanCore
import Testing

/// The small helpers that run independent work at once return every result, in order.
@Suite("Parallel work")
struct ParallelTests {
    @Test("Pairs and lists of work return their results in order; the first error is thrown")
    func results() throws {
        let (a, b) = inParallel({ (1...1_000).reduce(0, +) }, { "done" })
        #expect(a == 500_500 && b == "done")
        let squares = inParallel((0..<10).map { value in { @Sendable in value * value } })
        #expect(squares == (0..<10).map { $0 * $0 })
        struct Failure: Error {}
        #expect(throws: Failure.self) { _ = try inParallel({ 1 }, { () throws -> Int in throw Failure() }) }
    }

    @Test("Background work gives its result once done, as often as asked")
    func background() {
        let work = BackgroundWork { (1...10_000).reduce(0, +) }
        #expect(work.value == 50_005_000)
        #expect(work.value == 50_005_000)
    }
}
