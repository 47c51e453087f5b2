import Foundation
import TestSupport
import Testing

@testable import ExchangeBridge

/// Several store values on one file, as several processes would hold them.
struct ConcurrencyTests {
    @Test func readersAreNotBlockedByAWriterAndWritersWaitTheirTurn() throws {
        let path = try StoreFixtures.freshPath()
        let writer = try ExchangeStore(path: path, options: StoreFixtures.options())
        let other = try ExchangeStore(path: path, options: StoreFixtures.options())
        _ = try writer.findOrCreateMeeting(named: "已提交")

        let lockTaken = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let writerDone = DispatchSemaphore(value: 0)
        OwnThread.start {
            try? writer.executeRawSQL(
                "INSERT INTO meetings (name, created_at) VALUES ('未提交', '2025-01-01T00:00:00.000Z')"
            ) {
                lockTaken.signal()
                _ = release.wait(timeout: .now() + 10)
            }
            writerDone.signal()
        }
        #expect(lockTaken.wait(timeout: .now() + 10) == .success)

        // While the write is open: the other connection reads the last committed state (a
        // reader blocked by the writer would fail busy or see the write; how fast it reads is
        // for `make bench`, not for this test).
        #expect(try other.meetings().map(\.name) == ["已提交"])

        // A second writer waits (busy timeout) instead of failing, and succeeds once released.
        let secondWriterDone = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var secondResult: Result<Meeting, ExchangeStoreError>?
        OwnThread.start {
            secondResult = Result { () throws(ExchangeStoreError) in try other.findOrCreateMeeting(named: "第二个写入者") }
            secondWriterDone.signal()
        }
        Thread.sleep(forTimeInterval: 0.2)
        release.signal()
        #expect(writerDone.wait(timeout: .now() + 10) == .success)
        #expect(secondWriterDone.wait(timeout: .now() + 10) == .success)
        #expect(throws: Never.self) { try secondResult?.get() }
        #expect(Set(try other.meetings().map(\.name)) == ["已提交", "未提交", "第二个写入者"])
    }

    @Test func aWriterGivesUpWithABusyErrorAfterTheTimeout() throws {
        let path = try StoreFixtures.freshPath()
        let holder = try ExchangeStore(path: path, options: StoreFixtures.options())
        let impatient = try ExchangeStore(path: path, options: StoreFixtures.options(busyTimeout: .milliseconds(100)))
        var caught: ExchangeStoreError?
        try holder.executeRawSQL("INSERT INTO meetings (name, created_at) VALUES ('x', '2025-01-01T00:00:00.000Z')") {
            do {
                _ = try impatient.findOrCreateMeeting(named: "y")
            } catch {
                caught = error as? ExchangeStoreError
            }
        }
        #expect(caught?.kind == .busy)
        #expect(caught?.description.hasPrefix(path) == true)
    }
}
