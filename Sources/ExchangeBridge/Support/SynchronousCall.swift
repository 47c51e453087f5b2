import Foundation

/// Runs `async` work to completion from synchronous code, such as a command's `run()` under
/// the synchronous `seatplan` root command or a benchmark's timed body, by blocking the calling
/// thread until the work is done.
///
/// Call it only from a thread outside Swift concurrency's pool (the main thread of a tool):
/// blocking a pool thread this way can starve the very work it waits for.
package enum SynchronousCall {
    /// Runs `work` in a detached task and waits for its result; its error is thrown as is.
    package static func wait<Value: Sendable>(
        _ work: @escaping @Sendable () async throws -> Value
    ) throws -> Value {
        let outcome = Outcome<Value>()
        let finished = DispatchSemaphore(value: 0)
        Task.detached {
            do {
                outcome.store(.success(try await work()))
            } catch {
                outcome.store(.failure(error))
            }
            finished.signal()
        }
        finished.wait()
        return try outcome.take().get()
    }
}

/// The result handed from the task to the waiting thread.
private final class Outcome<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<Value, any Error>?

    func store(_ result: Result<Value, any Error>) {
        lock.withLock { self.result = result }
    }

    /// The stored result; called only after the task signalled that it stored one.
    func take() -> Result<Value, any Error> {
        guard let result = lock.withLock({ result }) else { preconditionFailure("the task finished without a result") }
        return result
    }
}
