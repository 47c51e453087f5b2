import Foundation
import SeatPlanCore
import TestSupport
import Testing

@testable import ExchangeBridge

#if canImport(Glibc)
    import Glibc
#endif

/// `kill -9` during `seatplan push`: the store stays consistent and a retried push completes.
///
/// Design: the push is made slow at a known point with `SEATPLAN_TEST_PUSH_DELAY_MS` (the
/// command sleeps inside its write transaction, after writing the plan, assignments, documents
/// and notices, just before COMMIT, and says so on standard error). The test waits for that
/// line, sends SIGKILL, and checks the file; then it kills further pushes at random moments
/// (no delay) to hit other points, and finally pushes to completion.
@Suite("seatplan push killed with SIGKILL", .serialized)
struct StoreCrashTests {
    /// Starts `seatplan` with extra environment; returns the process and its stderr pipe.
    static func start(_ arguments: [String], environment: [String: String] = [:]) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try SeatPlanBinary.path())
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return (process, errors)
    }

    /// Reads `pipe` until `marker` appears or `timeout` passes; whether it appeared.
    static func wait(for marker: String, in pipe: Pipe, timeout: Duration) -> Bool {
        let found = DispatchSemaphore(value: 0)
        let handle = pipe.fileHandleForReading
        OwnThread.start {
            var text = ""
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { return }
                text += String(decoding: chunk, as: UTF8.self)
                if text.contains(marker) {
                    found.signal()
                    return
                }
            }
        }
        let seconds = Double(timeout.components.seconds)
        return found.wait(timeout: .now() + seconds) == .success
    }

    static func kill9(_ process: Process) {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Checks the file is sound and holds either no plan or a whole one.
    static func expectConsistent(
        _ db: String, units: Int, seats: Int, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let store = try ExchangeStore(path: db)
        #expect(try store.fetchTexts("PRAGMA integrity_check") == ["ok"], sourceLocation: sourceLocation)
        #expect(try store.fetchTexts("PRAGMA foreign_key_check").isEmpty, sourceLocation: sourceLocation)
        let versions = try store.fetchInteger("SELECT count(*) FROM plan_versions") ?? -1
        let assignments = try store.fetchInteger("SELECT count(*) FROM plan_assignments") ?? -1
        let notices = try store.fetchInteger("SELECT count(*) FROM outbox WHERE kind = 'seat-notice'") ?? -1
        let documents = try store.fetchInteger("SELECT count(*) FROM documents") ?? -1
        let whole = versions == 1 && assignments == seats && notices == units && documents == 2
        let none = versions == 0 && assignments == 0 && notices == 0 && documents == 0
        #expect(
            whole || none,
            "half-written push: \(versions) versions, \(assignments) seats, \(notices) notices, \(documents) documents",
            sourceLocation: sourceLocation)
    }

    @Test("Killed inside the transaction, then at random moments: consistent, and a retry completes")
    func killMidPush() throws {
        let units = 40
        let (folder, db, _, people) = try StoreCLI.workspace(units: units, perUnit: 50)
        let push = [
            "push", "--db", db, "--plan", folder.appendingPathComponent("PLAN.json").path,
            "--documents", folder.appendingPathComponent("docs").path,
        ]

        let (process, errors) = try Self.start(push, environment: ["SEATPLAN_TEST_PUSH_DELAY_MS": "20000"])
        let inside = Self.wait(for: "holding the transaction open", in: errors, timeout: .seconds(60))
        #expect(inside, "the push never reached its transaction's end")
        Self.kill9(process)
        #expect(process.terminationReason == .uncaughtSignal)
        try Self.expectConsistent(db, units: units, seats: people.count)
        let store = try ExchangeStore(path: db)
        #expect(try store.fetchInteger("SELECT count(*) FROM plan_versions") == 0)

        // Random moments: from process start-up to (sometimes) after the commit.
        for attempt in 0..<10 {
            let (victim, _) = try Self.start(push)
            Thread.sleep(forTimeInterval: Double(attempt) * 0.03 + Double.random(in: 0...0.05))
            Self.kill9(victim)
            try Self.expectConsistent(db, units: units, seats: people.count)
        }

        let retried = try StoreCLI.succeed(push)
        #expect(retried.contains("seat notices:"))
        try Self.expectConsistent(db, units: units, seats: people.count)
        #expect(try store.fetchInteger("SELECT count(*) FROM plan_versions") == 1)
        let again = try StoreCLI.succeed(push)
        #expect(again.contains("already stored") && again.contains("0 queued, \(units) already queued"))
    }
}
