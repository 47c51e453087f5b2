import ExchangeBridge
import Foundation
import Logging
import OutboxDelivery
import Synchronization
import TestSupport

/// A clock tests move by hand.
final class TestClock: Sendable {
    private let current: Mutex<Date>

    init(_ start: Date = Date(timeIntervalSince1970: 1_740_000_000)) {
        current = Mutex(start)
    }

    var now: Date { current.withLock { $0 } }

    func advance(by duration: Duration) {
        let parts = duration.components
        current.withLock { $0 += Double(parts.seconds) + Double(parts.attoseconds) / 1e18 }
    }
}

/// Stores with units and queued reminders for the outbox tests.
enum OutboxFixtures {
    /// A fresh store path in its own temporary directory.
    static func freshPath() throws -> String {
        try ProcessRunner.temporaryDirectory("outbox").appendingPathComponent("exchange.sqlite").path
    }

    /// The mobile number of unit `index` (1-based).
    static func mobile(_ index: Int) -> String { String(format: "138%08d", index) }

    /// A store at `path` with one meeting of `count` units (unit `i` has mobile ``mobile(_:)``,
    /// except those in `withoutMobile`) and one queued reminder each.
    @discardableResult
    static func store(
        path: String, units count: Int, withoutMobile: Set<Int> = [], clock: TestClock? = nil
    ) throws -> (ExchangeStore, Meeting) {
        let options =
            clock.map { clock in ExchangeStoreOptions(actor: "tester", now: { clock.now }) }
            ?? ExchangeStoreOptions(actor: "tester")
        let store = try ExchangeStore(path: path, options: options)
        let meeting = try store.findOrCreateMeeting(named: "市人大常委会")
        let units = (1...count).map { index in
            UnitDetails(
                name: "单位\(index)", officialOrder: index, contactPerson: "联系人",
                mobile: withoutMobile.contains(index) ? "" : mobile(index))
        }
        _ = try store.saveUnits(units, meeting: meeting.id)
        _ = try store.queueReminders(meeting: meeting.id, deadline: nil)
        return (store, meeting)
    }

    /// Fast retries for tests.
    static func settings(
        logPath: String = "/dev/null", maxAttempts: Int = 3, concurrency: Int = 4, poll: Duration = .milliseconds(20),
        lease: Duration = .seconds(5)
    ) -> OutboxSettings {
        OutboxSettings(
            transport: .log, logPath: logPath,
            retry: RetryPolicy(maxAttempts: maxAttempts, baseDelay: .milliseconds(10), maxDelay: .milliseconds(40)),
            pollInterval: poll, concurrency: concurrency, lease: lease, workerName: "test-worker")
    }

    /// A quiet logger.
    static var logger: Logger {
        var logger = Logger(label: "outbox-test")
        logger.logLevel = .critical
        return logger
    }

    /// Runs the worker's rounds until `done` holds or 5 seconds pass; true when it held.
    static func drain(
        _ worker: OutboxWorker, until done: () throws -> Bool
    ) async throws -> Bool {
        // Generous: the suite runs beside others on two cores; a passing run takes milliseconds.
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            if try done() { return true }
            let report = await worker.deliverDueMessages()
            if report.claimed == 0 { try await Task.sleep(for: .milliseconds(5)) }
        }
        return try done()
    }
}

/// A transport that counts what it was given, by idempotency key.
final class CountingTransport: MessageTransport {
    let name = "counting"
    private let seen = Mutex<[String: Int]>([:])

    func deliver(_ message: OutboundMessage) async throws(TransportError) -> DeliveryReceipt {
        seen.withLock { $0[message.idempotencyKey, default: 0] += 1 }
        await Task.yield()
        return DeliveryReceipt(via: name)
    }

    var counts: [String: Int] { seen.withLock { $0 } }
}
