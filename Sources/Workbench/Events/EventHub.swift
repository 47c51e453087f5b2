import ExchangeBridge
import Foundation
import Synchronization

/// Something every open page of a meeting should learn at once.
struct WorkbenchEvent: Sendable, Equatable {
    /// The SSE event name: `plan` (a new plan version), `progress` (a planning step), `board` or
    /// `attendance` (a check-in at a door).
    let name: String
    /// The event's JSON data (one line).
    let data: String

    /// A new plan version was stored.
    static func plan(version: Int, moves: Int, by source: String) -> WorkbenchEvent {
        WorkbenchEvent(name: "plan", data: Self.json(["version": version, "moves": moves, "by": source]))
    }

    /// A step of "Plan now".
    static func progress(step: String, message: String) -> WorkbenchEvent {
        WorkbenchEvent(name: "progress", data: Self.json(["step": step, "message": message]))
    }

    /// Something on the delivery board changed: a notice sent or read, a roster received, a
    /// reminder queued.
    static func board(_ what: String) -> WorkbenchEvent {
        WorkbenchEvent(name: "board", data: Self.json(["what": what]))
    }

    /// A person checked in at a door (their first admitted scan): the seat maps and the door
    /// pages count them as arrived. Carries no name and no code.
    static func attendance(attendee: String, door: String, at time: Date) -> WorkbenchEvent {
        WorkbenchEvent(
            name: "attendance",
            data: Self.json(["attendee": attendee, "door": door, "at": ISO8601DateFormatter().string(from: time)]))
    }

    /// A comment that keeps the connection open (and finds pages that went away).
    static let ping = WorkbenchEvent(name: "", data: "")

    /// The event in the `text/event-stream` format.
    var streamText: String { name.isEmpty ? ": ping\n\n" : "event: \(name)\ndata: \(data)\n\n" }

    private static func json(_ object: [String: any Sendable]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else {
            return "{}"
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// Delivers events to every page subscribed to a meeting (server-sent events), and, on a store
/// that several servers share, to the pages connected to the other servers too (through the
/// store's ``StoreChangeFeed``).
final class EventHub: Sendable {
    private struct Subscriber {
        let meeting: Int64
        let continuation: AsyncStream<WorkbenchEvent>.Continuation
    }

    private let subscribers = Mutex<[UUID: Subscriber]>([:])
    /// Called with every event delivered here (this server's and the other servers'), before the
    /// pages get it; `nil` meeting for all meetings (the feed came back).
    private let observers = Mutex<[@Sendable (WorkbenchEvent, Int64?) -> Void]>([])
    /// The shared store's feed, or `nil` when this server is the store's only one.
    private let feed: (any StoreChangeFeed)?
    /// This server's id on the feed, so that it does not deliver its own events twice.
    let origin = UUID().uuidString

    /// A hub whose events also reach the other servers on `feed`, if any.
    init(feed: (any StoreChangeFeed)? = nil) {
        self.feed = feed
    }

    /// A stream of the meeting's events from now on; it ends when the page goes away.
    func subscribe(meeting: Int64) -> AsyncStream<WorkbenchEvent> {
        let id = UUID()
        let (stream, continuation) = AsyncStream.makeStream(
            of: WorkbenchEvent.self, bufferingPolicy: .bufferingNewest(64))
        let pinger = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(15))
                continuation.yield(.ping)
            }
        }
        continuation.onTermination = { [weak self] _ in
            pinger.cancel()
            _ = self?.subscribers.withLock { $0.removeValue(forKey: id) }
        }
        subscribers.withLock { $0[id] = Subscriber(meeting: meeting, continuation: continuation) }
        return stream
    }

    /// Sends `event` to every page of `meeting`, here and on the other servers of the store.
    func publish(_ event: WorkbenchEvent, meeting: Int64) {
        deliver(event, meeting: meeting)
        guard let feed else { return }
        let change = StoreChange(meeting: meeting, event: event.name, data: event.data, origin: origin)
        Task { await feed.announce(change) }
    }

    /// Calls `observer` with every event delivered from now on (e.g. to drop what a new plan
    /// version makes stale).
    func observe(_ observer: @escaping @Sendable (WorkbenchEvent, Int64?) -> Void) {
        observers.withLock { $0.append(observer) }
    }

    /// Sends `event` to the pages of `meeting` connected to this server.
    private func deliver(_ event: WorkbenchEvent, meeting: Int64?) {
        for observer in observers.withLock({ $0 }) { observer(event, meeting) }
        let targets = subscribers.withLock {
            $0.values.filter { meeting == nil || $0.meeting == meeting }.map(\.continuation)
        }
        for continuation in targets { continuation.yield(event) }
    }

    /// Delivers the other servers' events to this server's pages until cancelled; after the
    /// feed was lost and is back, tells every page to read the board again.
    func relayOtherServers() async {
        guard let feed else { return }
        for await notice in feed.changes() {
            switch notice {
            case .change(let change) where change.origin != origin:
                deliver(WorkbenchEvent(name: change.event, data: change.data), meeting: change.meeting)
            case .change:
                continue
            case .reconnected:
                deliver(.board("reconnected"), meeting: nil)
            }
        }
    }
}
