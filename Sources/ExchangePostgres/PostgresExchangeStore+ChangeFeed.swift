import ExchangeBridge
import Foundation
import PostgresNIO

/// The change feed between servers on one PostgreSQL store: `pg_notify` on the channel
/// `seatplan_changes`, heard by every server that LISTENs on a connection of its own.
extension PostgresExchangeStore: StoreChangeFeed {
    /// The channel every server listens on.
    static let changeChannel = "seatplan_changes"

    /// Announces `change` to every listening server (NOTIFY is delivered within milliseconds).
    /// Best effort: when the database cannot be reached the change is stored anyway, and the
    /// other servers, once reconnected, tell their consoles to read everything again.
    public func announce(_ change: StoreChange) async {
        guard let json = try? JSONEncoder().encode(change), json.count < 7_900 else { return }
        let payload = String(decoding: json, as: UTF8.self)
        _ = try? await database.client.withConnection { connection in
            try await connection.run("SELECT pg_notify(\(Self.changeChannel), \(payload))")
        }
    }

    /// Listens on a connection outside the pool; after a failure it reconnects (waiting longer
    /// each time, at most 2 s) and says ``StoreChangeNotice/reconnected``.
    public func changes() -> AsyncStream<StoreChangeNotice> {
        let (stream, continuation) = AsyncStream.makeStream(
            of: StoreChangeNotice.self, bufferingPolicy: .bufferingNewest(256))
        let database = database
        let listener = Task {
            var pause = Duration.milliseconds(100)
            var lost = false
            while !Task.isCancelled {
                guard let connection = try? await database.connectDirectly() else {
                    lost = true
                    try? await Task.sleep(for: pause)
                    pause = min(pause * 2, .seconds(2))
                    continue
                }
                do {
                    let notifications = try await connection.listen(Self.changeChannel)
                    if lost { continuation.yield(.reconnected) }
                    pause = .milliseconds(100)
                    for try await notification in notifications {
                        guard
                            let change = try? JSONDecoder().decode(
                                StoreChange.self, from: Data(notification.payload.utf8))
                        else { continue }
                        continuation.yield(.change(change))
                    }
                } catch {}
                lost = true
                try? await connection.close()
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in listener.cancel() }
        return stream
    }
}
