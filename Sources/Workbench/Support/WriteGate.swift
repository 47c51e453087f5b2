/// Lets one store write run at a time, with the others waiting suspended rather than blocked.
///
/// The store's writes are synchronous and SQLite has one writer: without the gate, every
/// request that reaches a write holds one of the cooperative pool's few threads (two here)
/// while it waits for the writer, and under a burst of uploads the pool stalls. Behind the gate
/// the waiting requests give their threads back, so the rest of each request (reading the
/// upload, checking the session, answering) goes on meanwhile.
actor WriteGate {
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// Runs `work` when no other gated write is running.
    func run<T: Sendable>(_ work: @Sendable () async throws -> T) async throws -> T {
        await enter()
        do {
            let result = try await work()
            leave()
            return result
        } catch {
            leave()
            throw error
        }
    }

    private func enter() async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func leave() {
        if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
    }
}
