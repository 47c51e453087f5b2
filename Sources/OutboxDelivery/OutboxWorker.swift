import ExchangeBridge
import Logging
import ServiceLifecycle
import Synchronization

/// Delivers the outbox: claims due messages under a lease, hands them to a ``MessageTransport``
/// with bounded concurrency, and records each outcome (sent, retry after a backoff, failed).
///
/// Run it in a `ServiceGroup` (as `seatplan serve` does): it polls every
/// ``OutboxSettings/pollInterval``, at once after ``wake()``, and without pause while a full
/// batch came back. On graceful shutdown it claims nothing more, lets the deliveries in flight
/// finish and record their outcome, and returns.
///
/// A message is never sent twice by one worker, nor by two workers on one store: each claim is
/// a lease that no other worker can take until it runs out. Should a worker stall past its lease
/// (or crash after sending), the message is delivered again with the same idempotency key, which
/// the gateway deduplicates by.
///
/// Logs name the message, unit, attempt and outcome only: never a number, a text or a credential.
public final class OutboxWorker: Service, Sendable {
    private let store: any ExchangeStorage
    private let transport: any MessageTransport
    private let settings: OutboxSettings
    private let logger: Logger
    private let signal = WakeSignal()
    private let stopping = Mutex(false)

    /// Creates a worker over `store` delivering through `transport`.
    ///
    /// - Throws: ``OutboxSettingsError`` when `settings` are invalid.
    public init(
        store: any ExchangeStorage, transport: any MessageTransport, settings: OutboxSettings,
        logger: Logger = Logger(label: "seatplan.outbox")
    ) throws(OutboxSettingsError) {
        try settings.validate()
        self.store = store
        self.transport = transport
        self.settings = settings
        self.logger = logger
    }

    /// Looks for due messages now rather than at the next poll (call it after queuing).
    public func wake() {
        signal.signal()
    }

    /// Delivers until graceful shutdown or cancellation.
    public func run() async throws {
        stopping.withLock { $0 = false }
        logger.info("outbox worker started", metadata: ["transport": "\(transport.name)"])
        await withGracefulShutdownHandler {
            while !Task.isCancelled, !stopping.withLock({ $0 }) {
                let report = await deliverDueMessages()
                if report.claimed + report.unreachable >= settings.concurrency { continue }
                await signal.wait(upTo: settings.pollInterval)
            }
        } onGracefulShutdown: {
            self.stopping.withLock { $0 = true }
            self.signal.signal()
        }
        logger.info("outbox worker stopped")
    }

    /// One round: claims up to ``OutboxSettings/concurrency`` due messages, delivers them at
    /// once and records each outcome. A store failure is logged and yields an empty report.
    public func deliverDueMessages() async -> OutboxBatchReport {
        var report = OutboxBatchReport()
        let claim: OutboxClaim
        do {
            claim = try await store.claimDueMessages(
                limit: settings.concurrency, worker: settings.workerName, lease: settings.lease)
        } catch {
            logger.error("outbox claim failed", metadata: ["error": "\(error.kind.rawValue)"])
            return report
        }
        if !claim.unreachable.isEmpty {
            logger.warning(
                "outbox messages failed: unit has no mobile number on file",
                metadata: [
                    "count": "\(claim.unreachable.count)",
                    "messages": "\(claim.unreachable.map { String($0.rawValue) }.joined(separator: ","))",
                ])
        }
        report.unreachable = claim.unreachable.count
        report.claimed = claim.messages.count
        await withTaskGroup(of: Outcome.self) { group in
            for message in claim.messages {
                group.addTask { await self.deliver(message) }
            }
            for await outcome in group {
                switch outcome {
                case .sent: report.sent += 1
                case .retried: report.retried += 1
                case .failed: report.failed += 1
                case .unrecorded: report.unrecorded += 1
                }
            }
        }
        return report
    }

    enum Outcome: Sendable {
        case sent, retried, failed, unrecorded
    }

    private func deliver(_ message: ClaimedMessage) async -> Outcome {
        var metadata: Logger.Metadata = [
            "message": "\(message.id.rawValue)", "unit": "\(message.unitID.rawValue)", "attempt": "\(message.attempt)",
        ]
        let failure: TransportError
        do {
            let receipt = try await transport.deliver(OutboundMessage(message))
            return await recordSent(message, via: receipt.via, metadata: metadata)
        } catch {
            failure = error
        }
        do {
            let outcome = try await store.recordFailedAttempt(
                message.id, token: message.claimToken, error: failure.reason,
                permanent: failure.disposition == .permanent, policy: settings.retry)
            metadata["reason"] = "\(failure.reason)"
            switch outcome {
            case .retryScheduled:
                metadata["outcome"] = "retry"
                logger.notice("outbox delivery failed, will retry", metadata: metadata)
                return .retried
            case .failed:
                metadata["outcome"] = "failed"
                logger.warning("outbox message failed", metadata: metadata)
                return .failed
            case .leaseLost:
                metadata["outcome"] = "lease-lost"
                logger.warning("outbox failure not recorded: lease lost", metadata: metadata)
                return .unrecorded
            }
        } catch {
            metadata["outcome"] = "unrecorded"
            metadata["error"] = "\(error.kind.rawValue)"
            logger.error("outbox failure could not be recorded", metadata: metadata)
            return .unrecorded
        }
    }

    private func recordSent(_ message: ClaimedMessage, via: String, metadata: Logger.Metadata) async -> Outcome {
        var metadata = metadata
        do {
            let changed = try await store.recordDelivered(message.id, token: message.claimToken, via: via)
            metadata["outcome"] = changed ? "sent" : "already-settled"
            logger.info("outbox message delivered", metadata: metadata)
            return changed ? .sent : .unrecorded
        } catch {
            // The lease runs out and the message is delivered again under the same idempotency key.
            metadata["outcome"] = "unrecorded"
            metadata["error"] = "\(error.kind.rawValue)"
            logger.error("outbox delivery could not be recorded", metadata: metadata)
            return .unrecorded
        }
    }
}
