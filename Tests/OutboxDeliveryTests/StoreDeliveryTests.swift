import ExchangeBridge
import Foundation
import Testing

/// Claims, leases, backoff, failure and requeue on a temporary SQLite store.
struct StoreDeliveryTests {
    let policy = RetryPolicy(maxAttempts: 3, baseDelay: .seconds(10), maxDelay: .seconds(25))

    @Test func claimJoinsTheRecipientAndLeasesUntilTheLeaseRunsOut() throws {
        let clock = TestClock()
        let (store, meeting) = try OutboxFixtures.store(path: OutboxFixtures.freshPath(), units: 3, clock: clock)
        let first = try store.claimDueMessages(limit: 2, worker: "a", lease: .seconds(60))
        #expect(first.messages.map(\.unitName) == ["单位1", "单位2"])
        #expect(first.messages.map(\.mobile) == [OutboxFixtures.mobile(1), OutboxFixtures.mobile(2)])
        #expect(first.messages.allSatisfy { $0.attempt == 1 && $0.meetingID == meeting.id })
        let second = try store.claimDueMessages(limit: 5, worker: "b", lease: .seconds(60))
        #expect(second.messages.map(\.unitName) == ["单位3"])
        #expect(try store.claimDueMessages(limit: 5, worker: "b", lease: .seconds(60)).messages.isEmpty)
        clock.advance(by: .seconds(61))
        let again = try store.claimDueMessages(limit: 5, worker: "b", lease: .seconds(60))
        #expect(again.messages.count == 3)
        #expect(again.messages[0].idempotencyKey == first.messages[0].idempotencyKey)
        #expect(again.messages[0].claimToken != first.messages[0].claimToken)
        #expect(try store.outbox(meeting: meeting.id).allSatisfy { $0.state == .queued })
    }

    @Test func failedAttemptsBackOffExponentiallyThenFail() throws {
        let clock = TestClock()
        let (store, meeting) = try OutboxFixtures.store(path: OutboxFixtures.freshPath(), units: 1, clock: clock)
        var claimed = try #require(store.claimDueMessages(limit: 1, worker: "a", lease: .seconds(60)).messages.first)
        let key = claimed.idempotencyKey
        let start = clock.now
        #expect(
            try store.recordFailedAttempt(
                claimed.id, token: claimed.claimToken, error: "gateway answered HTTP 500", permanent: false,
                policy: policy) == .retryScheduled(at: start.addingTimeInterval(10)))
        #expect(try store.claimDueMessages(limit: 1, worker: "a", lease: .seconds(60)).messages.isEmpty)
        clock.advance(by: .seconds(10))
        claimed = try #require(store.claimDueMessages(limit: 1, worker: "a", lease: .seconds(60)).messages.first)
        #expect(claimed.attempt == 2 && claimed.idempotencyKey == key)
        #expect(
            try store.recordFailedAttempt(
                claimed.id, token: claimed.claimToken, error: "timeout", permanent: false, policy: policy)
                == .retryScheduled(at: clock.now.addingTimeInterval(20)))
        clock.advance(by: .seconds(20))
        claimed = try #require(store.claimDueMessages(limit: 1, worker: "a", lease: .seconds(60)).messages.first)
        #expect(
            try store.recordFailedAttempt(
                claimed.id, token: claimed.claimToken, error: "gateway answered HTTP 503", permanent: false,
                policy: policy) == .failed)
        let failed = try store.failedMessages(meeting: meeting.id)
        #expect(failed.count == 1 && failed[0].attempts == 3 && failed[0].lastError == "gateway answered HTTP 503")
        #expect(try store.failedMessages(meeting: nil).count == 1)
    }

    @Test func backoffIsCapped() {
        let policy = RetryPolicy(maxAttempts: 10, baseDelay: .milliseconds(100), maxDelay: .milliseconds(450))
        #expect(
            (1...5).map(policy.delay(afterFailedAttempts:)) == [100, 200, 400, 450, 450].map(Duration.milliseconds))
        #expect(policy.delay(afterFailedAttempts: 1000) == .milliseconds(450))
    }

    @Test func requeueGivesAFailedMessageAnotherRunWithTheSameKey() throws {
        let (store, meeting) = try OutboxFixtures.store(path: OutboxFixtures.freshPath(), units: 1)
        let claimed = try #require(store.claimDueMessages(limit: 1, worker: "a", lease: .seconds(60)).messages.first)
        #expect(
            try store.recordFailedAttempt(
                claimed.id, token: claimed.claimToken, error: "gateway rejected the message with HTTP 400",
                permanent: true, policy: policy) == .failed)
        let requeued = try store.requeueFailedMessage(claimed.id)
        #expect(requeued.state == .queued && requeued.attempts == 0)
        let again = try #require(store.claimDueMessages(limit: 1, worker: "a", lease: .seconds(60)).messages.first)
        #expect(again.idempotencyKey == claimed.idempotencyKey && again.attempt == 1)
        #expect(try store.recordDelivered(again.id, token: again.claimToken, via: "log"))
        #expect(try store.outbox(meeting: meeting.id).map(\.state) == [.sent])
        #expect(throws: ExchangeStoreError.self) { try store.requeueFailedMessage(claimed.id) }
        #expect(throws: ExchangeStoreError.self) { try store.requeueFailedMessage(OutboxMessageID(rawValue: 999)) }
        let actions = try store.auditLog(limit: 20).map(\.action)
        for action in ["outbox.claim", "outbox.failed", "outbox.requeue", "outbox.sent"] {
            #expect(actions.contains(action))
        }
    }

    @Test func aUnitWithoutMobileFailsAtOnceWithAClearReason() throws {
        let (store, meeting) = try OutboxFixtures.store(
            path: OutboxFixtures.freshPath(), units: 2, withoutMobile: [1])
        let claim = try store.claimDueMessages(limit: 5, worker: "a", lease: .seconds(60))
        #expect(claim.messages.map(\.unitName) == ["单位2"])
        #expect(claim.unreachable.count == 1)
        let failed = try store.failedMessages(meeting: meeting.id)
        #expect(failed.map(\.unitName) == ["单位1"])
        #expect(failed.first?.lastError == "unit has no mobile number on file")
    }

    @Test func aStaleLeaseCannotRecordAFailureButADeliveryCounts() throws {
        let clock = TestClock()
        let (store, _) = try OutboxFixtures.store(path: OutboxFixtures.freshPath(), units: 1, clock: clock)
        let stale = try #require(store.claimDueMessages(limit: 1, worker: "a", lease: .seconds(5)).messages.first)
        clock.advance(by: .seconds(6))
        let fresh = try #require(store.claimDueMessages(limit: 1, worker: "b", lease: .seconds(5)).messages.first)
        #expect(
            try store.recordFailedAttempt(
                stale.id, token: stale.claimToken, error: "late", permanent: false, policy: policy) == .leaseLost)
        #expect(try store.recordDelivered(fresh.id, token: fresh.claimToken, via: "log"))
        #expect(try store.recordDelivered(stale.id, token: stale.claimToken, via: "log") == false)
    }

    @Test func theAuditLogHoldsNoPhoneNumberOrToken() throws {
        let (store, _) = try OutboxFixtures.store(path: OutboxFixtures.freshPath(), units: 2)
        let claim = try store.claimDueMessages(limit: 5, worker: "a", lease: .seconds(60))
        _ = try store.recordFailedAttempt(
            claim.messages[0].id, token: claim.messages[0].claimToken, error: "timeout", permanent: false,
            policy: policy)
        _ = try store.recordDelivered(claim.messages[1].id, token: claim.messages[1].claimToken, via: "log")
        let details = try store.auditLog(limit: 50).map { "\($0)" }.joined(separator: "\n")
        #expect(!details.contains(OutboxFixtures.mobile(1)) && !details.contains(OutboxFixtures.mobile(2)))
        #expect(!details.contains(claim.messages[0].claimToken.rawValue))
    }
}
