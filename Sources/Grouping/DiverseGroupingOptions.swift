import Optimization

/// Limits and controls for ``DiverseGrouping/solve(_:options:)``.
public struct DiverseGroupingOptions: Sendable {
    /// Wall-clock seconds the search may take (construction included); the best grouping found
    /// by then is returned. The exact method stops at this limit too, unproven.
    public var timeLimit: Double
    /// Seed of the search's random choices: the same seed and the same ``iterationLimit`` give the
    /// same result on every machine.
    public var seed: UInt64
    /// Set this token's flag from any thread to stop the search at its next check.
    public var cancellation: CancellationToken?
    /// Problems with at most this many elements are solved by exact branch and bound, which
    /// proves optimality (within the time limit). 0 switches the exact method off.
    public var exactLimit: Int
    /// Stops the heuristic search after this many tabu-search iterations, so that a run does not
    /// depend on the machine's speed; `nil` runs until the time limit.
    public var iterationLimit: Int?

    /// Creates options: by default 10 seconds, seed 1, exact up to 12 elements, no iteration
    /// limit.
    public init(
        timeLimit: Double = 10, seed: UInt64 = 1, cancellation: CancellationToken? = nil,
        exactLimit: Int = 12, iterationLimit: Int? = nil
    ) {
        self.timeLimit = timeLimit
        self.seed = seed
        self.cancellation = cancellation
        self.exactLimit = exactLimit
        self.iterationLimit = iterationLimit
    }
}
