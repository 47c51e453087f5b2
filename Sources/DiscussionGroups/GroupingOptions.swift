/// Limits for one grouping run.
public struct GroupingOptions: Sendable {
    /// The wall-clock budget for the solvers, seconds (packing, leaders, rooms, or the diverse
    /// grouping search); the best grouping found by then is reported with its gap.
    public var timeLimit: Double
    /// The seed of the diverse grouping search (`mix`), so runs repeat exactly.
    public var seed: UInt64
    /// Stops the diverse grouping search (`mix`) after this many tabu-search iterations, so a
    /// run does not depend on the machine's speed; `nil` searches until the time limit.
    public var searchIterations: Int?

    /// Creates options; the default budget is 10 seconds.
    public init(timeLimit: Double = 10, seed: UInt64 = 1, searchIterations: Int? = nil) {
        self.timeLimit = timeLimit
        self.seed = seed
        self.searchIterations = searchIterations
    }
}
