import Optimization

/// When a search must stop: a wall-clock deadline, a cancellation token and an optional
/// iteration budget.
struct SearchLimits {
    private let clock = ContinuousClock()
    let start: ContinuousClock.Instant
    let deadline: ContinuousClock.Instant
    let cancellation: CancellationToken?
    let iterationLimit: Int?

    init(timeLimit: Double, cancellation: CancellationToken?, iterationLimit: Int?) {
        start = clock.now
        let seconds = timeLimit.isFinite ? min(max(0, timeLimit), 1e9) : (timeLimit > 0 ? 1e9 : 0)
        deadline = start + .nanoseconds(Int64(seconds * 1e9))
        self.cancellation = cancellation
        self.iterationLimit = iterationLimit.map { max(0, $0) }
    }

    /// Whether time is up or the search was cancelled.
    var expired: Bool {
        cancellation?.isCancelled == true || clock.now >= deadline
    }

    /// Whether `iterations` has reached the iteration budget.
    func exhausted(_ iterations: Int) -> Bool {
        iterationLimit.map { iterations >= $0 } ?? false
    }

    /// Seconds since the search started.
    var elapsed: Double {
        let parts = (clock.now - start).components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }

    /// Seconds left before the deadline.
    var remainingSeconds: Double {
        let parts = (deadline - clock.now).components
        return max(0, Double(parts.seconds) + Double(parts.attoseconds) * 1e-18)
    }
}
