import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Starting a child process that signals can stop, stopping it, and knowing that it is gone
/// (`waitpid`, straight from the kernel; a process that ignores SIGTERM is killed after the grace).
enum ChildExit {
    /// Runs `process` with no signals blocked.
    ///
    /// A child inherits the signal mask of the thread that spawns it, and Foundation's
    /// `Process.run()` does not reset it. Tests run on Dispatch's worker threads, which block
    /// nearly every signal (SIGTERM included), so a child started from one never saw SIGTERM:
    /// chromedriver then ignored every `terminate()`. The mask is cleared around the spawn.
    static func run(_ process: Process) throws {
        var none = sigset_t()
        var saved = sigset_t()
        sigemptyset(&none)
        pthread_sigmask(SIG_SETMASK, &none, &saved)
        defer { pthread_sigmask(SIG_SETMASK, &saved, nil) }
        try process.run()
    }

    /// Sends `signal`, waits up to `grace` for the child to exit, then SIGKILLs it and waits
    /// again. Returns whether it is gone.
    @discardableResult
    static func stop(_ pid: Int32, signal: Int32 = SIGTERM, grace: TimeInterval = 5) -> Bool {
        guard pid > 0 else { return true }
        if hasExited(pid) { return true }
        kill(pid, signal)
        if waitForExit(pid, timeout: grace) { return true }
        kill(pid, SIGKILL)
        return waitForExit(pid, timeout: 5)
    }

    /// Polls until the child has exited or `timeout` has passed.
    static func waitForExit(_ pid: Int32, timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if hasExited(pid) { return true }
            usleep(10_000)
        }
        return hasExited(pid)
    }

    /// Whether the child has exited: reaped now by us, or already by Foundation (ECHILD).
    static func hasExited(_ pid: Int32) -> Bool {
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        return result == pid || (result == -1 && errno == ECHILD)
    }
}
