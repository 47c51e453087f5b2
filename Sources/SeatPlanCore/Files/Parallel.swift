import Foundation

/// Runs two independent pieces of work at once (e.g. reading a venue and decoding a plan) and
/// returns both results, or the first error in argument order.
public func inParallel<A: Sendable, B: Sendable>(
    _ first: @escaping @Sendable () throws -> A, _ second: @escaping @Sendable () throws -> B
) throws -> (A, B) {
    let (a, b) = inParallel({ Result { try first() } }, { Result { try second() } })
    return (try a.get(), try b.get())
}

/// Runs two independent pieces of work that cannot fail at once and returns both results.
public func inParallel<A: Sendable, B: Sendable>(
    _ first: @escaping @Sendable () -> A, _ second: @escaping @Sendable () -> B
) -> (A, B) {
    let firstResult = ResultSlot<A>()
    let secondResult = ResultSlot<B>()
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 { firstResult.set(first()) } else { secondResult.set(second()) }
    }
    // concurrentPerform returns only after both ran, so both slots are filled.
    return (firstResult.take(or: first), secondResult.take(or: second))
}

/// Runs independent pieces of work at once, as many as the machine has cores for, and returns
/// their results in order.
///
/// Called inside another `inParallel`, the pieces tend to run one after another (the dispatch
/// library does not nest parallel loops): start the outer piece as ``BackgroundWork`` instead.
public func inParallel<T: Sendable>(_ tasks: [@Sendable () -> T]) -> [T] {
    let slots = tasks.map { _ in ResultSlot<T>() }
    DispatchQueue.concurrentPerform(iterations: tasks.count) { index in slots[index].set(tasks[index]()) }
    return zip(slots, tasks).map { slot, task in slot.take(or: task) }
}

/// Work started on another thread now, whose result is collected later: e.g. indexing what a
/// check will need while the plan is still being made.
///
/// ```swift
/// let checker = BackgroundWork { PlanChecker(venue: venue, roster: roster).indexed() }
/// let plan = try replan()          // meanwhile
/// let report = checker.value.check(plan)
/// ```
public final class BackgroundWork<Value: Sendable>: Sendable {
    private let slot = ResultSlot<Value>()
    private let done = DispatchGroup()
    private let work: @Sendable () -> Value

    /// Starts `work` on a global queue.
    public init(_ work: @escaping @Sendable () -> Value) {
        self.work = work
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async { [slot, done] in
            slot.set(work())
            done.leave()
        }
    }

    /// The result, waiting for the work to finish.
    public var value: Value {
        done.wait()
        return slot.take(or: work)
    }
}

/// One result, written by one worker and read after it finished.
private final class ResultSlot<Value: Sendable>: @unchecked Sendable {
    private var value: Value?
    private let lock = NSLock()

    func set(_ value: Value) {
        lock.lock()
        self.value = value
        lock.unlock()
    }

    /// The stored value; `fallback` computes it should the slot be empty.
    func take(or fallback: () -> Value) -> Value {
        lock.lock()
        let stored = value
        lock.unlock()
        return stored ?? fallback()
    }
}
