/// A small, fast, deterministic pseudo-random generator (SplitMix64), so generated rosters,
/// benchmark inputs and randomised searches repeat exactly for the same seed.
///
/// Inlinable: the grouping searches draw from it in their innermost loops, from other modules.
@frozen
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    @usableFromInline
    var state: UInt64

    /// Creates a generator; the same seed always gives the same sequence.
    @inlinable
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    @inlinable
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
