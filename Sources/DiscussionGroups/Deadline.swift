/// A point in time by which a grouping run should end, and what is left of its budget.
struct Deadline {
    let instant: ContinuousClock.Instant

    /// A deadline `seconds` from now.
    init(seconds: Double) {
        instant = ContinuousClock.now + .milliseconds(Int(max(0, seconds) * 1000))
    }

    /// Seconds left, never negative.
    var secondsLeft: Double {
        let left = (instant - .now).components
        return max(0, Double(left.seconds) + Double(left.attoseconds) / 1e18)
    }

    /// A GLPK time limit of `share` of what is left, at least `floor` seconds.
    func limit(share: Double, floor: Double = 0.2) -> Duration {
        .milliseconds(Int(max(floor, secondsLeft * share) * 1000))
    }
}
