import ExchangeBridge
import Foundation
import PostgresNIO
import SeatPlanCore

/// The checks a plan, a document or a setup passes before the store is touched: the shared
/// ``StoreInputCheck``, naming this store. PostgreSQL text cannot hold a NUL character at all, so a
/// value with one must be refused there rather than fail deep inside a transaction.
extension PostgresExchangeStore {
    /// The checks made before the database is touched, naming this store in their errors.
    var inputCheck: StoreInputCheck { StoreInputCheck(store: path) }

    /// The name of `meeting`, read inside the caller's transaction; ``ExchangeStoreError/Kind/notFound``
    /// when there is no such meeting.
    func nameOfMeeting(_ connection: PostgresConnection, _ meeting: MeetingID) async throws -> String {
        guard
            let name = try await connection.scalar(
                "SELECT name FROM meetings WHERE id = \(meeting.rawValue)", as: String.self)
        else { throw ExchangeStoreError(.notFound, store: path, "has no \(meeting)") }
        return name
    }
}

extension String {
    /// Whether the text holds a NUL character, which PostgreSQL text never holds: a lookup by
    /// such a value finds nothing (rather than failing, as binding it would).
    var holdsNUL: Bool { utf8.contains(0) }
}

extension String? {
    /// Whether the text is there and holds a NUL character (see ``Swift/String/holdsNUL``).
    var holdsNUL: Bool { self?.holdsNUL ?? false }
}
