import SeatPlanCore
import SeededRandom

/// Uniform draws built directly on `SeededGenerator.next()`, so generated rosters never depend
/// on the standard library's random algorithms and repeat exactly on every machine.
struct Draws {
    private var generator: SeededGenerator

    /// Draws from a SplitMix64 stream started at `seed`.
    init(seed: UInt64) {
        generator = SeededGenerator(seed: seed)
    }

    /// A whole number in `0..<bound` without modulo bias (`bound` ≥ 1).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound >= 1, "draw bound must be positive")
        let range = UInt64(bound)
        let threshold = (0 &- range) % range
        while true {
            let value = generator.next()
            if value >= threshold { return Int(value % range) }
        }
    }

    /// A number in `[0, 1)` with 53 random bits.
    mutating func unit() -> Double {
        Double(generator.next() >> 11) * 0x1p-53
    }

    /// `true` with the given probability.
    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// One element of a non-empty array, uniformly.
    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[below(elements.count)]
    }

    /// The array in a uniformly random order (Fisher–Yates).
    mutating func shuffle<Element>(_ elements: [Element]) -> [Element] {
        var result = elements
        var index = result.count - 1
        while index > 0 {
            result.swapAt(index, below(index + 1))
            index -= 1
        }
        return result
    }

    /// `count` distinct indices of `0..<population`, in draw order (partial Fisher–Yates).
    mutating func sample(_ count: Int, of population: Int) -> [Int] {
        var indices = Array(0..<population)
        let wanted = min(count, population)
        for index in 0..<wanted {
            indices.swapAt(index, index + below(population - index))
        }
        return Array(indices.prefix(wanted))
    }

    /// An index drawn with probability proportional to its weight; `nil` when all weights are 0.
    mutating func weightedIndex(_ weights: [Double]) -> Int? {
        let total = weights.reduce(0, +)
        guard total > 0 else { return nil }
        var remaining = unit() * total
        var last: Int? = nil
        for (index, weight) in weights.enumerated() where weight > 0 {
            if remaining < weight { return index }
            remaining -= weight
            last = index
        }
        return last
    }
}
