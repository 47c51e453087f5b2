import ExchangeBridge
import OfficeKeys
import Synchronization

/// The open check-in desks of this server: one per meeting, judging passes against the plan
/// version that was newest when it was opened, so a scan costs a signature check and one store
/// write. A desk is dropped when a new plan version of its meeting is announced (here or by
/// another server of the store) and opened again, against that version, by the next scan.
final class DoorDesks: Sendable {
    private struct State {
        var desks: [Int64: CheckInDesk] = [:]
        /// Bumped by every drop, so that a desk opened across a drop is not kept.
        var generation = 0
    }

    private let state = Mutex(State())

    /// What the door answers when the store has no office key.
    static let noKeyMessage =
        "this store has no office key, so no pass can be verified: run `seatplan keys init` "
        + "(then print the passes with `seatplan render --kind passes`)"

    /// The meeting's desk, opened with `open` when there is none for the current version.
    func desk(meeting: Int64, open: () async throws -> CheckInDesk) async throws -> CheckInDesk {
        let (known, generation) = state.withLock { ($0.desks[meeting], $0.generation) }
        if let known { return known }
        let opened = try await open()
        state.withLock { state in
            if state.generation == generation { state.desks[meeting] = opened }
        }
        return opened
    }

    /// Forgets the desk of `meeting` (of every meeting for `nil`).
    func drop(meeting: Int64?) {
        state.withLock { state in
            state.generation += 1
            if let meeting { state.desks[meeting] = nil } else { state.desks.removeAll() }
        }
    }
}
