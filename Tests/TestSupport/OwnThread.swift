import Foundation

/// Blocking work in tests runs on threads of its own. Dispatch's global queues and Swift's
/// cooperative pool are only as wide as the machine has cores (two here), so a pipe read or a
/// solve parked there can hold back a timer or another test for minutes.
public enum OwnThread {
    /// Starts `work` on a new thread and returns at once.
    public static func start(_ work: @escaping @Sendable () -> Void) {
        Thread(block: work).start()
    }

    /// Runs `work(index)` for every index below `count`, each on a new thread, and waits for all.
    public static func runAll(_ count: Int, _ work: @escaping @Sendable (Int) -> Void) {
        let done = DispatchSemaphore(value: 0)
        for index in 0..<count {
            start {
                work(index)
                done.signal()
            }
        }
        for _ in 0..<count { done.wait() }
    }
}
