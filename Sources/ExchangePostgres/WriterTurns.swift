import Synchronization

/// One write transaction at a time from this process, first come first served.
///
/// PostgreSQL's SERIALIZABLE isolation tracks reads with predicate locks on index pages, so two
/// transactions writing neighbouring rows (two units' submissions whose keys share a page) can
/// abort each other although they never touch the same row; with many writers of one server at
/// once, such aborts and retries feed each other. A server's writes therefore take turns, as
/// they do on SQLite (one writer); writes of different servers on one database still run at
/// once, and the rarer conflicts between them are retried.
final class WriterTurns: Sendable {
    private let state = Mutex<(isBusy: Bool, waiting: [CheckedContinuation<Void, Never>])>((false, []))

    /// Waits for the turn: at once when no write runs, else behind those already waiting. Every
    /// `begin` is followed by exactly one ``end()``.
    func begin() async {
        await withCheckedContinuation { (turn: CheckedContinuation<Void, Never>) in
            let now = state.withLock { state in
                if state.isBusy {
                    state.waiting.append(turn)
                    return false
                }
                state.isBusy = true
                return true
            }
            if now { turn.resume() }
        }
    }

    /// Hands the turn to the first writer waiting, or frees it.
    func end() {
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            if state.waiting.isEmpty {
                state.isBusy = false
                return nil
            }
            return state.waiting.removeFirst()
        }
        next?.resume()
    }
}
