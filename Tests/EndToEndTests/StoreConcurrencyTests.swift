import Foundation
import SeatPlanCore
import Synchronization
import TestSupport
import Testing

@testable import ExchangeBridge

/// Several `seatplan store submit` processes writing one store at once while another process
/// pulls and pushes: every submission is stored, and no process fails with SQLITE_BUSY.
@Suite("seatplan store under concurrent processes")
struct StoreConcurrencyTests {
    @Test("4 × 25 units submit concurrently while the planner pulls and pushes")
    func concurrentSubmitters() throws {
        let writers = 4
        let perWriter = 25
        let (folder, db, units, people) = try StoreCLI.workspace(units: writers * perWriter)
        let failures = LockedLines()
        // Writers 0..<writers submit; the last thread pulls and pushes meanwhile.
        OwnThread.runAll(writers + 1) { writer in
            if writer < writers {
                for index in stride(from: writer, to: units.count, by: writers) {
                    let roster = folder.appendingPathComponent("roster-\(index).csv").path
                    do {
                        let output = try SeatPlanBinary.run([
                            "store", "submit", "--db", db, "--unit", units[index], "--roster", roster,
                        ])
                        if output.status != 0 { failures.append("submit \(units[index]): \(output.stderr)") }
                    } catch {
                        failures.append("submit \(units[index]): \(error)")
                    }
                }
                return
            }
            let out = folder.appendingPathComponent("ROSTER.csv").path
            for round in 0..<8 {
                let arguments =
                    round == 4
                    ? ["push", "--db", db, "--plan", folder.appendingPathComponent("PLAN.json").path]
                    : ["pull", "--db", db, "--out", out]
                do {
                    let output = try SeatPlanBinary.run(arguments)
                    if output.status != 0 { failures.append("\(arguments[0]): \(output.stderr)") }
                } catch {
                    failures.append("\(arguments[0]): \(error)")
                }
            }
        }
        #expect(failures.lines.isEmpty, "\(failures.lines.joined(separator: "\n"))")
        #expect(!failures.lines.joined().lowercased().contains("busy"))

        let store = try ExchangeStore(path: db)
        let meeting = try store.chooseMeeting()
        let submissions = try store.submissions(meeting: meeting.id)
        #expect(submissions.count == units.count)
        #expect(Set(submissions.map(\.unitName)) == Set(units))
        #expect(submissions.allSatisfy { $0.isCurrent })
        #expect(try store.mergedRoster(meeting: meeting.id).attendees.map(\.id).sorted() == people.map(\.id).sorted())
        #expect(try store.fetchTexts("PRAGMA integrity_check") == ["ok"])
    }
}

/// A thread-safe list of lines.
final class LockedLines: Sendable {
    private let storage = Mutex<[String]>([])
    func append(_ line: String) { storage.withLock { $0.append(line) } }
    var lines: [String] { storage.withLock { $0 } }
}
