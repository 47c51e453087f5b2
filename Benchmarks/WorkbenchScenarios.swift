import Foundation
import SeatPlanCore
import Synchronization

/// The workbench's targets of issue "2 of 6", measured against a real `seatplan serve` process
/// holding the great hall's 5,300-person meeting:
/// - `workbench-map-cold-5300`: the seat map's data for a version not asked for before (read
///   from the store, built, encoded, sent: what the first console pays after an apply) (≤ 150 ms);
/// - `workbench-map-warm-5300`: the same data again (every other console);
/// - `workbench-preview-5300`: a late change (the fourth-ranked rostrum member cancels) from
///   request to proposed moves, re-planned and checked (≤ 250 ms with the page's part);
/// - `workbench-apply-20`: apply a change and deliver the new version to 20 open consoles (≤ 1 s);
///   the note gives the server's memory with the meeting loaded (≤ 300 MB).
extension Scenarios {
    static let workbench: [Scenario] = [
        workbenchMapCold, workbenchMapWarm, workbenchFirstPaint, workbenchPreview, workbenchClickToMoves,
        workbenchApply, portalUpload(.sqlite), portalUpload(.postgres),
    ]

    static let workbenchMapCold = Scenario(
        name: "workbench-map-cold-5300", summary: "Workbench: seat map data of a new version, 5,300 people (≤ 150 ms)"
    ) {
        let server = try await WorkbenchServerProcess(extraVersions: 14)
        let counter = Counter()
        return {
            // Each run asks for a version no run asked for: nothing is cached for it yet.
            let version = 15 - counter.next()
            let data = try await server.get("api/meetings/1/map?version=\(version)")
            return "version \(version): \(data.count / 1024) KiB; server \(Int(server.memoryMiB().now)) MiB"
        }
    }

    static let workbenchMapWarm = Scenario(
        name: "workbench-map-warm-5300", summary: "Workbench: seat map data again (cached), 5,300 people"
    ) {
        let server = try await WorkbenchServerProcess()
        return {
            let data = try await server.get("api/meetings/1/map")
            return "\(data.count / 1024) KiB"
        }
    }

    static let workbenchPreview = Scenario(
        name: "workbench-preview-5300", summary: "Workbench: a late change to proposed moves, checked (≤ 250 ms)"
    ) {
        let server = try await WorkbenchServerProcess()
        let rostrum = server.people.filter { $0.area == .rostrum }
        guard rostrum.count > 3 else { throw BenchmarkFailure("the great hall's plan has no fourth rostrum member") }
        let change: [String: Any] = [
            "baseVersion": 1, "operations": [["op": "cancel", "attendee": rostrum[3].attendee]],
        ]
        return {
            let answer = try await server.post("api/meetings/1/changes/preview", json: change)
            let object = (try JSONSerialization.jsonObject(with: answer)) as? [String: Any] ?? [:]
            let moves = (object["moves"] as? [Any])?.count ?? 0
            let violations = (object["check"] as? [String: Any])?["violations"] as? Int ?? -1
            return "\(moves) moves proposed, \(violations) violations"
        }
    }

    static let workbenchApply = Scenario(
        name: "workbench-apply-20", summary: "Workbench: apply a change, new version on 20 consoles (≤ 1 s)"
    ) {
        let server = try await WorkbenchServerProcess()
        let port = server.base.port ?? 0
        let consoles = try (0..<20).map { _ in try EventConsole(port: port, meeting: 1, cookie: server.session.cookie) }
        let members = server.people.filter { $0.area == .hall }.reversed().map(\.attendee)
        let counter = Counter()
        return {
            let round = counter.next()
            let change: [String: Any] = [
                "baseVersion": round + 1, "operations": [["op": "cancel", "attendee": members[round]]],
            ]
            _ = try await server.post("api/meetings/1/changes/apply", json: change)
            let version = round + 2
            let clock = ContinuousClock()
            let deadline = clock.now + .seconds(10)
            while consoles.contains(where: { $0.newestVersion < version }) {
                guard clock.now < deadline else {
                    throw BenchmarkFailure("a console never heard of version \(version)")
                }
                try await Task.sleep(for: .milliseconds(1))
            }
            let memory = server.memoryMiB()
            return "version \(version) on 20 consoles; server \(Int(memory.now)) MiB (peak \(Int(memory.peak)) MiB)"
        }
    }
}

/// Counts the runs of a scenario (0, 1, 2, …).
final class Counter: Sendable {
    private let value = Mutex(0)

    func next() -> Int {
        value.withLock { count in
            defer { count += 1 }
            return count
        }
    }
}
