import ExchangeBridge
import Foundation
import OutboxDelivery
import ServiceLifecycle
import Testing

/// Workers as services: exactly-once delivery with two workers on one store, wake-ups and
/// graceful shutdown.
struct WorkerTests {
    @Test func twoWorkersOnOneStoreDeliverEveryMessageExactlyOnce() async throws {
        let path = try OutboxFixtures.freshPath()
        let (seeded, meeting) = try OutboxFixtures.store(path: path, units: 200)
        let transport = CountingTransport()
        // Two stores on one file: as two servers on one database, each with its own connections.
        var settings = OutboxFixtures.settings(concurrency: 8, poll: .seconds(30))
        let first = try OutboxWorker(
            store: ExchangeStore(path: path), transport: transport, settings: settings, logger: OutboxFixtures.logger)
        settings.workerName = "second"
        let second = try OutboxWorker(
            store: ExchangeStore(path: path), transport: transport, settings: settings, logger: OutboxFixtures.logger)
        let group = ServiceGroup(
            configuration: .init(services: [first, second], logger: OutboxFixtures.logger))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            let deadline = ContinuousClock.now + .seconds(90)
            while try seeded.outbox(meeting: meeting.id).contains(where: { $0.state != .sent }),
                ContinuousClock.now < deadline
            {
                try await Task.sleep(for: .milliseconds(20))
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
        let notices = try seeded.outbox(meeting: meeting.id)
        #expect(notices.count == 200 && notices.allSatisfy { $0.state == .sent && $0.attempts == 1 })
        #expect(transport.counts.count == 200 && transport.counts.values.allSatisfy { $0 == 1 })
    }

    @Test func wakeDeliversWithoutWaitingForThePoll() async throws {
        let path = try OutboxFixtures.freshPath()
        let store = try ExchangeStore(path: path)
        let meeting = try store.findOrCreateMeeting(named: "会议")
        let unit = UnitDetails(name: "甲", officialOrder: 1, mobile: "13900001111")
        _ = try store.saveUnits([unit], meeting: meeting.id)
        let transport = CountingTransport()
        let worker = try OutboxWorker(
            store: store, transport: transport, settings: OutboxFixtures.settings(poll: .seconds(600)),
            logger: OutboxFixtures.logger)
        let group = ServiceGroup(configuration: .init(services: [worker], logger: OutboxFixtures.logger))
        let started = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            try await Task.sleep(for: .milliseconds(100))
            _ = try store.queueReminders(meeting: meeting.id, deadline: nil)
            worker.wake()
            let deadline = ContinuousClock.now + .seconds(90)
            while transport.counts.isEmpty, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(10))
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
        #expect(transport.counts.count == 1)
        // Only the wake-up can have delivered it: the next poll was ten minutes away.
        #expect(ContinuousClock.now - started < .seconds(300))
    }
}
