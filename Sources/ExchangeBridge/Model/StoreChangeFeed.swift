import Foundation

/// A change one server made to a shared store that the consoles connected to the other servers
/// must hear of at once: a new plan version, a notice read, a roster received.
public struct StoreChange: Sendable, Equatable, Codable {
    /// The meeting whose consoles are told.
    public var meeting: Int64
    /// The event's name as the consoles know it (`plan`, `board`, …).
    public var event: String
    /// The event's JSON data (one line, no personal data).
    public var data: String
    /// The server that made the change (each server process has its own id).
    public var origin: String

    /// A change of `meeting` made by the server `origin`.
    public init(meeting: Int64, event: String, data: String, origin: String) {
        self.meeting = meeting
        self.event = event
        self.data = data
        self.origin = origin
    }
}

/// What a server hears from the store's change feed.
public enum StoreChangeNotice: Sendable, Equatable {
    /// A change announced by some server (this one included: filter by ``StoreChange/origin``).
    case change(StoreChange)
    /// The feed was lost (the database restarted, the network failed) and is back: changes may
    /// have been missed meanwhile, so whatever the consoles show should be read again.
    case reconnected
}

/// A store that several servers share and that tells each of them of the others' changes
/// (PostgreSQL's LISTEN/NOTIFY). The embedded SQLite store has one server and no feed.
public protocol StoreChangeFeed: Sendable {
    /// Tells every server listening on the store of `change`; best effort (a server that was
    /// disconnected hears ``StoreChangeNotice/reconnected`` instead).
    func announce(_ change: StoreChange) async
    /// The changes announced from now on, until the stream's consumer stops; the feed
    /// reconnects by itself after a failure and then says ``StoreChangeNotice/reconnected``.
    func changes() -> AsyncStream<StoreChangeNotice>
}
