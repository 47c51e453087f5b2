import Foundation
import SeatPlanCore
import Synchronization
import TestSupport
import Testing

@testable import ExchangeBridge

/// Many writers on one file at once (separate connections, as separate processes have), with a
/// reader pulling meanwhile: no submission lost, no busy failure.
struct ParallelSubmissionTests {
    @Test func concurrentSubmittersAndAPullerLoseNothing() throws {
        let path = try StoreFixtures.freshPath()
        let setup = try ExchangeStore(path: path, options: StoreFixtures.options())
        let meeting = try setup.findOrCreateMeeting(named: "并发")
        let units = (1...40).map { UnitDetails(name: "单位\($0)", officialOrder: $0) }
        try setup.saveUnits(units, meeting: meeting.id)

        let failures = LockedList()
        OwnThread.runAll(5) { worker in
            do {
                // Each worker opens its own store value (its own connections), like a process.
                let store = try ExchangeStore(path: path, options: StoreFixtures.options())
                if worker == 4 {
                    for _ in 0..<20 { _ = try store.mergedRoster(meeting: meeting.id) }
                    return
                }
                for index in stride(from: worker, to: units.count, by: 4) {
                    let unit = units[index].name
                    let people = (1...5).map {
                        StoreFixtures.person("\(unit)-\($0)", "人\($0)", unit: unit, precedence: $0)
                    }
                    _ = try store.submitRosterCSV(
                        unitNamed: unit, meeting: meeting.id, fileName: "r.csv", raw: StoreFixtures.rosterCSV(people))
                }
            } catch {
                failures.append("\(error)")
            }
        }
        #expect(failures.items.isEmpty)
        #expect(try setup.submissions(meeting: meeting.id).count == 40)
        #expect(try setup.mergedRoster(meeting: meeting.id).attendees.count == 200)
    }
}

/// A thread-safe list of strings.
final class LockedList: Sendable {
    private let storage = Mutex<[String]>([])
    func append(_ item: String) { storage.withLock { $0.append(item) } }
    var items: [String] { storage.withLock { $0 } }
}
