extension Duration {
    /// The duration in whole milliseconds (rounded down), as plans record solve times.
    public var wholeMilliseconds: Int {
        let parts = components
        return Int(parts.seconds * 1000 + parts.attoseconds / 1_000_000_000_000_000)
    }
}
