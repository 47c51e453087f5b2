import Synchronization

/// Limits and controls for one solve.
public struct SolveOptions: Sendable {
    /// Stop after this much wall-clock time and report the best solution found, if any.
    public var timeLimit: Duration?
    /// Stop once the relative gap between the incumbent and the bound is at most this value
    /// (GLPK's `mip_gap`); 0 asks for a proven optimum.
    public var relativeGap: Double
    /// Set this token's flag from any thread to stop the branch-and-cut search.
    public var cancellation: CancellationToken?
    /// Run GLPK's MIP presolver.
    public var presolve: Bool

    /// Creates options; the defaults solve to proven optimality with no time limit.
    public init(
        timeLimit: Duration? = nil, relativeGap: Double = 0,
        cancellation: CancellationToken? = nil, presolve: Bool = false
    ) {
        self.timeLimit = timeLimit
        self.relativeGap = relativeGap
        self.cancellation = cancellation
        self.presolve = presolve
    }
}

/// A flag that asks a running solve to stop; safe to set from any thread or task.
public final class CancellationToken: Sendable {
    private let flag = Atomic<Bool>(false)

    /// Creates a token that is not cancelled.
    public init() {}

    /// Asks every solve that holds this token to stop at its next check.
    public func cancel() { flag.store(true, ordering: .relaxed) }

    /// Whether ``cancel()`` has been called.
    public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}
