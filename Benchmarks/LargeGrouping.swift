import Grouping
import SeatPlanCore
import SeededRandom

/// A roster-like grouping at scale: 5,000 people with five attributes (unit, gender, age band,
/// rank, region) into 200 groups of 25, diversity = weighted count of differing attributes (the
/// shape of the roster `mix` mode's matrix).
enum LargeGrouping {
    static let people = 5_000
    static let groups = 200

    /// Builds the problem (the timed construction includes the 12.5 million matrix entries).
    static func problem(seed: UInt64 = 2026) throws -> GroupingProblem {
        var generator = SeededGenerator(seed: seed)
        func draw(_ bound: UInt64) -> Int { Int(generator.next() % bound) }
        let unit = (0..<people).map { _ in draw(700) }
        let gender = (0..<people).map { _ in draw(2) }
        let age = (0..<people).map { _ in draw(5) }
        let rank = (0..<people).map { _ in draw(6) }
        let region = (0..<people).map { _ in draw(12) }
        let matrix = DiversityMatrix(count: people) { i, j in
            var value = unit[i] != unit[j] ? 3.0 : 0
            if gender[i] != gender[j] { value += 1 }
            if age[i] != age[j] { value += 1 }
            value += Double(abs(rank[i] - rank[j])) / 2
            if region[i] != region[j] { value += 1 }
            return value
        }
        let size = people / groups
        let extra = people % groups
        return try GroupingProblem(
            diversity: matrix, groupSizes: (0..<groups).map { _ in size...(size + (extra > 0 ? 1 : 0)) })
    }
}
