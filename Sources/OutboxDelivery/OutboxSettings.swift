import ExchangeBridge
import Foundation

/// Everything the outbox worker is configured with: the transport, retries and pacing.
public struct OutboxSettings: Sendable, Equatable {
    /// Which transport delivers messages.
    public enum TransportChoice: String, Sendable, Equatable, CaseIterable {
        /// ``LogFileTransport``: one masked JSON line per message in ``OutboxSettings/logPath``.
        case log
        /// ``HTTPGatewayTransport``: an HTTP SMS gateway per ``OutboxSettings/gateway``.
        case http
    }

    /// The transport.
    public var transport: TransportChoice
    /// The log transport's file.
    public var logPath: String
    /// The HTTP gateway (required for ``TransportChoice/http``).
    public var gateway: GatewaySettings?
    /// Attempts and backoff.
    public var retry: RetryPolicy
    /// How often the worker looks for due messages when nobody wakes it.
    public var pollInterval: Duration
    /// How many messages are delivered at once (and claimed per batch).
    public var concurrency: Int
    /// How long a claim holds its messages; longer than any delivery may take.
    public var lease: Duration
    /// The worker's name in the audit log (claims are recorded as `worker:<name>`).
    public var workerName: String

    /// Creates settings; defaults: the log transport, 8 attempts from 5 s doubling to 10 min,
    /// a poll each second, 4 at once, 2-minute leases.
    public init(
        transport: TransportChoice = .log, logPath: String, gateway: GatewaySettings? = nil,
        retry: RetryPolicy = RetryPolicy(), pollInterval: Duration = .seconds(1), concurrency: Int = 4,
        lease: Duration = .seconds(120), workerName: String = "outbox"
    ) {
        self.transport = transport
        self.logPath = logPath
        self.gateway = gateway
        self.retry = retry
        self.pollInterval = pollInterval
        self.concurrency = concurrency
        self.lease = lease
        self.workerName = workerName
    }

    /// Checks every setting; the error names the option and what is wrong.
    public func validate() throws(OutboxSettingsError) {
        guard retry.maxAttempts >= 1 else {
            throw OutboxSettingsError(option: "--outbox-max-attempts", "must be at least 1, not \(retry.maxAttempts)")
        }
        guard retry.baseDelay > .zero, retry.maxDelay >= retry.baseDelay else {
            throw OutboxSettingsError(option: "retry backoff", "the base delay must be positive and at most the cap")
        }
        guard pollInterval > .zero else { throw OutboxSettingsError(option: "poll interval", "must be positive") }
        guard (1...64).contains(concurrency) else {
            throw OutboxSettingsError(option: "concurrency", "must be 1 to 64, not \(concurrency)")
        }
        guard !workerName.isEmpty else { throw OutboxSettingsError(option: "worker name", "is empty") }
        switch transport {
        case .log:
            guard !logPath.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw OutboxSettingsError(option: "--outbox-log", "is empty")
            }
        case .http:
            guard let gateway else {
                throw OutboxSettingsError(option: "--sms-gateway-url", "is required with --outbox-transport http")
            }
            try gateway.validate()
            guard lease > gateway.timeout * 2 else {
                throw OutboxSettingsError(option: "lease", "must be more than twice the gateway timeout")
            }
        }
    }
}
