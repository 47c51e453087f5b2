import Foundation

/// Runs two independent pieces of work at once (e.g. reading a venue and decoding a plan) and
/// returns both results, or the first error in argument order.
public func inParallel<A: Sendable, B: Sendable>(
    _ first: @escaping @Sendable () throws -> A, _ second: @escaping @Sendable () throws -> B
) throws -> (A, B) {
    let firstResult = ResultBox<A>()
    let secondResult = ResultBox<B>()
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 {
            firstResult.set(Result { try first() })
        } else {
            secondResult.set(Result { try second() })
        }
    }
    return (try firstResult.get(), try secondResult.get())
}

/// One result, written by one worker and read after it finished.
private final class ResultBox<Value: Sendable>: @unchecked Sendable {
    private var result: Result<Value, any Error>?
    private let lock = NSLock()

    func set(_ result: Result<Value, any Error>) {
        lock.lock()
        self.result = result
        lock.unlock()
    }

    func get() throws -> Value {
        lock.lock()
        defer { lock.unlock() }
        guard let result else { throw CancellationError() }
        return try result.get()
    }
}
