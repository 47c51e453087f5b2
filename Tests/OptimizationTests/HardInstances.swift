import Optimization
import SeatPlanCore
import SeededRandom

/// Models that GLPK cannot finish quickly, for time-limit and cancellation tests.
enum HardInstances {
    /// A Cornuéjols–Dawande "market split" instance: `rows` equations over `columns` binaries with
    /// pseudo-random coefficients in 0..<100 and right-hand sides of half the row sums.
    /// Branch and bound needs a number of nodes exponential in `columns` to settle it.
    static func marketSplit(rows: Int = 4, columns: Int = 36, seed: UInt64 = 7) throws -> LinearModel {
        var generator = SeededGenerator(seed: seed)
        var model = LinearModel(sense: .minimize)
        let slackPositive = try (0..<rows).map { try model.addVariable("sp\($0)", lowerBound: 0, objective: 1) }
        let slackNegative = try (0..<rows).map { try model.addVariable("sn\($0)", lowerBound: 0, objective: 1) }
        let choices = try (0..<columns).map { try model.addVariable("x\($0)", kind: .binary) }
        for row in 0..<rows {
            let coefficients = (0..<columns).map { _ in Double(generator.next() % 100) }
            let target = (coefficients.reduce(0, +) / 2).rounded(.down)
            var terms = zip(choices, coefficients).map { LinearTerm($0, $1) }
            terms.append(LinearTerm(slackPositive[row], 1))
            terms.append(LinearTerm(slackNegative[row], -1))
            try model.addConstraint("split\(row)", terms, .equal(target))
        }
        return model
    }
}
