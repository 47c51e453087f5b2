import ExchangeBridge
import ExchangePostgres
import Foundation
import TestSupport
import Testing

/// The change feed between servers on one PostgreSQL store (LISTEN/NOTIFY).
@Suite(.enabled(if: PostgresTestServer.isAvailable, "no PostgreSQL test cluster: run `make test`"))
struct PostgresChangeFeedTests {
    @Test func aChangeAnnouncedByOneServerReachesAnotherWithinASecond() async throws {
        let url = try PostgresTestServer.freshDatabase()
        let first = try await PostgresExchangeStore(location: try PostgresLocation(url), options: Self.options())
        let second = try await PostgresExchangeStore(location: try PostgresLocation(url), options: Self.options())
        let heard = second.changes()
        var iterator = heard.makeAsyncIterator()
        let change = StoreChange(meeting: 7, event: "plan", data: #"{"version":3}"#, origin: "server-a")
        // The listener needs a moment to LISTEN; announce until it hears.
        let start = ContinuousClock.now
        let announcer = Task {
            while !Task.isCancelled {
                await first.announce(change)
                try? await Task.sleep(for: .milliseconds(50))
            }
        }
        let notice = await iterator.next()
        announcer.cancel()
        #expect(notice == .change(change))
        #expect(ContinuousClock.now - start < .seconds(2))
    }

    @Test func aServerHearsItsOwnAnnouncementsToo() async throws {
        let url = try PostgresTestServer.freshDatabase()
        let store = try await PostgresExchangeStore(location: try PostgresLocation(url), options: Self.options())
        let heard = store.changes()
        try await Task.sleep(for: .milliseconds(300))
        await store.announce(StoreChange(meeting: 1, event: "board", data: "{}", origin: "x"))
        var iterator = heard.makeAsyncIterator()
        #expect(await iterator.next() == .change(StoreChange(meeting: 1, event: "board", data: "{}", origin: "x")))
    }

    static func options() -> ExchangeStoreOptions {
        ExchangeStoreOptions(databasePassword: ProcessInfo.processInfo.environment["PGPASSWORD"])
    }
}
