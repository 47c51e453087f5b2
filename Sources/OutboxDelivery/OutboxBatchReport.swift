/// What one round of the worker did: claimed messages and how each ended.
public struct OutboxBatchReport: Sendable, Equatable {
    /// Messages claimed and handed to the transport.
    public var claimed = 0
    /// Delivered and recorded as sent.
    public var sent = 0
    /// Failed this time, due again after a backoff.
    public var retried = 0
    /// Failed for good (permanent error or no attempts left).
    public var failed = 0
    /// Failed at once for want of a mobile number.
    public var unreachable = 0
    /// Outcomes the store could not record (store error or lease lost); the lease brings them back.
    public var unrecorded = 0

    /// An empty report.
    public init() {}
}
