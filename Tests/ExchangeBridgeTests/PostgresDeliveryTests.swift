import ExchangeBridge
import ExchangePostgres
import Foundation
import SeatPlanCore
import TestSupport
import Testing

/// Outbox delivery on PostgreSQL: leases, outcomes, failed messages and their requeue, as in
/// SQLite; and workers on two servers never claiming the same message.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "no PostgreSQL test cluster: run `make test`"))
struct PostgresDeliveryTests {
    /// A claim without its random token, for comparing the two stores' claims.
    static func tokenless(_ claim: OutboxClaim) -> OutboxClaim {
        var claim = claim
        for index in claim.messages.indices { claim.messages[index].claimToken = ClaimToken(rawValue: "-") }
        return claim
    }

    @Test func deliveryRunsAsInSQLite() async throws {
        let twin = try await PostgresTwin.make(rosters: true)
        let (sqlite, postgres, meeting, clock) = (twin.sqlite, twin.postgres, twin.meeting, twin.clock)
        let json = try PostgresPushTests.plan().jsonData()
        _ = try await postgres.push(
            planJSON: json, fileName: "PLAN.json", documents: [], meeting: meeting, condition: .none, beforeCommit: nil)
        _ = try sqlite.push(planJSON: json, fileName: "PLAN.json", documents: [], meeting: meeting)
        let policy = RetryPolicy(maxAttempts: 2, baseDelay: .seconds(5), maxDelay: .seconds(60))
        let lease = Duration.seconds(60)
        #expect(try await postgres.claimDueMessages(limit: 0, worker: "w", lease: lease).messages.isEmpty)

        // The first claim: two messages leased, the unit without a mobile number failed.
        let first = try await postgres.claimDueMessages(limit: 10, worker: "w1", lease: lease)
        let sqliteFirst = try sqlite.claimDueMessages(limit: 10, worker: "w1", lease: lease)
        #expect(Self.tokenless(first) == Self.tokenless(sqliteFirst))
        #expect(first.messages.map(\.unitName) == [PostgresTwin.office, PostgresTwin.government])
        #expect(first.messages.allSatisfy { $0.attempt == 1 && $0.claimedUntil == clock.now.addingTimeInterval(60) })
        #expect(first.unreachable == [OutboxMessageID(rawValue: 3)])
        #expect(try await postgres.failedMessages(meeting: meeting) == (try sqlite.failedMessages(meeting: meeting)))
        #expect(try await postgres.failedMessages(meeting: nil).first?.lastError == ExchangeStore.noMobileError)
        // Leased: nothing is due until the lease ends.
        #expect(try await postgres.claimDueMessages(limit: 10, worker: "w2", lease: lease).messages.isEmpty)
        clock.advance(61)
        let second = try await postgres.claimDueMessages(limit: 10, worker: "w2", lease: lease)
        let sqliteSecond = try sqlite.claimDueMessages(limit: 10, worker: "w2", lease: lease)
        #expect(Self.tokenless(second) == Self.tokenless(sqliteSecond) && second.messages.count == 2)
        let (one, two) = (second.messages[0], second.messages[1])
        let (sqliteOne, sqliteTwo) = (sqliteSecond.messages[0], sqliteSecond.messages[1])

        // The first lease is lost; under the second, one attempt fails and is retried later.
        let oldToken = first.messages[0].claimToken
        #expect(
            try await postgres.recordFailedAttempt(
                one.id, token: oldToken, error: "x", permanent: false, policy: policy)
                == .leaseLost)
        let retry = try await postgres.recordFailedAttempt(
            one.id, token: one.claimToken, error: "gateway 503\u{0}", permanent: false, policy: policy)
        #expect(
            retry
                == (try sqlite.recordFailedAttempt(
                    sqliteOne.id, token: sqliteOne.claimToken, error: "gateway 503", permanent: false, policy: policy)))
        #expect(retry == .retryScheduled(at: clock.now.addingTimeInterval(5)))
        #expect(try await postgres.recordDelivered(two.id, token: two.claimToken, via: "sms"))
        #expect(try sqlite.recordDelivered(sqliteTwo.id, token: sqliteTwo.claimToken, via: "sms"))
        #expect(try await postgres.recordDelivered(two.id, token: two.claimToken, via: "sms") == false)
        #expect(try await postgres.claimDueMessages(limit: 10, worker: "w3", lease: lease).messages.isEmpty)
        _ = try sqlite.claimDueMessages(limit: 10, worker: "w3", lease: lease)

        // Due again after the backoff; the second failure is final.
        clock.advance(5)
        let third = try await postgres.claimDueMessages(limit: 10, worker: "w4", lease: lease)
        let sqliteThird = try sqlite.claimDueMessages(limit: 10, worker: "w4", lease: lease)
        #expect(Self.tokenless(third) == Self.tokenless(sqliteThird) && third.messages.map(\.attempt) == [2])
        let final = try await postgres.recordFailedAttempt(
            one.id, token: third.messages[0].claimToken, error: "gateway 503", permanent: false, policy: policy)
        #expect(
            final
                == (try sqlite.recordFailedAttempt(
                    sqliteOne.id, token: sqliteThird.messages[0].claimToken, error: "gateway 503", permanent: false,
                    policy: policy)))
        #expect(final == .failed)
        // Delivered late, after all: the settled message stays failed.
        #expect(try await postgres.recordDelivered(one.id, token: third.messages[0].claimToken, via: "sms") == false)
        #expect(try await postgres.failedMessages(meeting: nil) == (try sqlite.failedMessages(meeting: nil)))
        #expect(try await postgres.failedMessages(meeting: MeetingID(rawValue: 5)).isEmpty)

        // Requeued by staff: due at once with a fresh count.
        clock.advance(1)
        let requeued = try await postgres.requeueFailedMessage(one.id)
        #expect(requeued == (try sqlite.requeueFailedMessage(sqliteOne.id)))
        #expect(requeued.state == .queued && requeued.attempts == 0 && requeued.lastError == "gateway 503")
        for message in [one.id, OutboxMessageID(rawValue: 77)] {
            await expectSameError(
                { () throws(ExchangeStoreError) in try sqlite.requeueFailedMessage(message) },
                { () async throws(ExchangeStoreError) in try await postgres.requeueFailedMessage(message) })
        }
        let fourth = try await postgres.claimDueMessages(limit: 1, worker: "w5", lease: lease)
        #expect(
            Self.tokenless(fourth) == Self.tokenless(try sqlite.claimDueMessages(limit: 1, worker: "w5", lease: lease)))
        #expect(fourth.messages.map(\.id) == [one.id] && fourth.messages.first?.attempt == 1)
        #expect(
            try await postgres.outbox(meeting: meeting, kind: nil) == (try sqlite.outbox(meeting: meeting, kind: nil)))
        try twin.expectSameAudit()
    }

    @Test func workersOnTwoServersNeverClaimTheSameMessage() async throws {
        let twin = try await PostgresTwin.make()
        let other = try await twin.secondServer()
        let count = 240
        try PostgresTestServer.psql(
            twin.url,
            """
            INSERT INTO outbox (meeting_id, unit_id, kind, dedupe_key, payload, created_at)
            SELECT 1, 1 + g % 2, 'reminder', 'reminder:' || g, '催报 ' || g, now() - interval '1 hour'
            FROM generate_series(1, \(count)) AS g
            """)
        let servers = [twin.postgres, other, twin.postgres, other]
        let claims = try await withThrowingTaskGroup(of: [OutboxMessageID].self) { group in
            for (index, server) in servers.enumerated() {
                group.addTask {
                    var mine: [OutboxMessageID] = []
                    while true {
                        let claim = try await server.claimDueMessages(
                            limit: 9, worker: "w\(index)", lease: .seconds(600))
                        if claim.messages.isEmpty { return mine }
                        mine += claim.messages.map(\.id)
                    }
                }
            }
            var all: [[OutboxMessageID]] = []
            for try await ids in group { all.append(ids) }
            return all
        }
        let claimed = claims.flatMap { $0 }
        #expect(claimed.count == count, "every message claimed once (\(claims.map(\.count)))")
        #expect(Set(claimed).count == claimed.count, "no message claimed twice")
        #expect(try PostgresTestServer.psql(twin.url, "SELECT count(DISTINCT claim_token) >= 4 FROM outbox") == "t")
        #expect(try PostgresTestServer.psql(twin.url, "SELECT count(*) FROM outbox WHERE claim_token IS NULL") == "0")
    }
}
