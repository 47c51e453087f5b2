import ExchangeBridge
import Foundation
import OfficeKeys
import SeatPlanCore
import Synchronization

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The door of issue "5 of 6", against a real `seatplan serve` holding the great hall's
/// 5,300-person plan (and an office key):
/// - `checkin-scan`: one scan verified and recorded through the HTTP API (each run a new person;
///   at least 500 runs, so the table's median and p95 are over 500 scans; target ≤ 20 ms);
/// - `checkin-two-doors`: two doors scanning 5 passes a second each for 60 s (600 scans, a fifth
///   of them repeats or forged), then the store's scans and check-ins counted: nothing lost.
extension Scenarios {
    static let checkIn: [Scenario] = [checkInScan, checkInTwoDoors]

    static let checkInScan = Scenario(
        name: "checkin-scan", summary: "Door: verify and record one scan over HTTP, 5,300-person plan (≤ 20 ms)",
        prepare: {
            let door = try await DoorBench()
            let counter = Counter()
            _ = try await door.scan(door.codes[door.codes.count - 1], door: "预热")  // opens the desk
            return {
                let answer = try await door.scan(door.codes[counter.next()], door: "东门")
                guard answer == "admitted" else { throw BenchmarkFailure("a genuine pass was answered \(answer)") }
                return "admitted"
            }
        }, minimumRuns: 500)

    static let checkInTwoDoors = Scenario(
        name: "checkin-two-doors", summary: "Door: two doors × 5 scans/s for 60 s, 20 % repeats or forged, none lost"
    ) {
        let door = try await DoorBench()
        let counter = Counter()
        return {
            let round = counter.next()
            let before = try door.storeCounts()
            let fresh = Array(door.codes[(round * 480)..<(round * 480 + 480)])
            let latencies = LatencyLog()
            let answers = try await withThrowingTaskGroup(of: [String].self) { group in
                for (index, name) in ["东门", "西门"].enumerated() {
                    let own = fresh.enumerated().filter { $0.offset % 2 == index }.map(\.element)
                    let client = door.client
                    group.addTask { try await client.run(door: name, fresh: own, latencies: latencies) }
                }
                return try await group.reduce(into: [String]()) { $0 += $1 }
            }
            let after = try door.storeCounts()
            let counts = Dictionary(grouping: answers, by: { $0 }).mapValues(\.count)
            let scans = after.scans - before.scans
            let checkIns = after.checkIns - before.checkIns
            guard answers.count == 600, scans == 600, checkIns == 480, counts["admitted"] == 480,
                counts["already"] == 60, counts["refused"] == 60
            else {
                throw BenchmarkFailure(
                    "lost or wrong: \(answers.count) answers \(counts), store +\(scans) scans +\(checkIns) check-ins")
            }
            let (median, p95) = latencies.summary()
            return String(
                format: "600 scans: 480 in, 60 already, 60 forged; store +600 scans +480 check-ins; %.1f / %.1f ms",
                median, p95)
        }
    }
}

/// A served great hall with an office key, and a signed pass code for every seated person.
final class DoorBench {
    /// Kept for the scenario's life (the server stops when it goes).
    let server: WorkbenchServerProcess
    let client: DoorClient
    let codes: [String]

    init() async throws {
        let server = try await WorkbenchServerProcess(officeKey: true)
        guard let key = server.officeKey else { throw BenchmarkFailure("the bench store has no office key") }
        codes = try server.people.map {
            try PassCode(meeting: MeetingID(rawValue: 1), planVersion: 1, attendee: $0.attendee, seat: $0.seat)
                .text(signedBy: key)
        }
        client = DoorClient(
            base: server.base, cookie: server.session.cookie, csrf: server.session.csrf, storePath: server.storePath)
        self.server = server
    }

    func scan(_ code: String, door: String) async throws -> String {
        try await client.scan(code, door: door)
    }

    func storeCounts() throws -> (scans: Int, checkIns: Int) {
        (try client.count("door_scans"), try client.count("checkins"))
    }
}

/// What a door needs to scan through the API (shared by the two doors' tasks).
struct DoorClient: Sendable {
    let base: URL
    let cookie: String
    let csrf: String
    let storePath: String

    /// One scan through the API; its state.
    func scan(_ code: String, door: String) async throws -> String {
        guard let url = URL(string: "api/meetings/1/checkins", relativeTo: base) else {
            throw BenchmarkFailure("no check-in URL")
        }
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.httpBody = try JSONSerialization.data(
            withJSONObject: ["code": code, "door": door, "scan_id": UUID().uuidString])
        request.setValue("1", forHTTPHeaderField: "X-SeatPlan-Request")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue(cookie, forHTTPHeaderField: "Cookie")
        request.setValue(csrf, forHTTPHeaderField: "X-CSRF-Token")
        let (data, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else {
            throw BenchmarkFailure("a scan was answered \(String(decoding: data, as: UTF8.self))")
        }
        return ((try JSONSerialization.jsonObject(with: data)) as? [String: Any])?["state"] as? String ?? "?"
    }

    /// One door for 60 s at 5 scans a second: its `fresh` passes (240), and after every fourth
    /// one either a repeat of an earlier pass or a forged one (60 in all).
    func run(door: String, fresh: [String], latencies: LatencyLog) async throws -> [String] {
        var plan: [String] = []
        for (index, code) in fresh.enumerated() {
            plan.append(code)
            if index % 4 == 3 { plan.append(index % 8 == 3 ? fresh[index - 2] : Self.forged(like: code)) }
        }
        let clock = ContinuousClock()
        let start = clock.now
        var answers: [String] = []
        for (index, code) in plan.enumerated() {
            try await clock.sleep(until: start + .milliseconds(200 * index))
            let sent = clock.now
            answers.append(try await scan(code, door: door))
            latencies.add((clock.now - sent).milliseconds)
        }
        return answers
    }

    /// A pass code with one character of its signature changed.
    static func forged(like code: String) -> String {
        var characters = Array(code)
        let index = characters.count - 20
        characters[index] = characters[index] == "A" ? "B" : "A"
        return String(characters)
    }

    /// The rows of `table` in the store, counted with the sqlite3 tool.
    func count(_ table: String) throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", storePath, "SELECT count(*) FROM \(table)"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let value = Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        else { throw BenchmarkFailure("counting \(table) needs the sqlite3 tool") }
        return value
    }
}

/// Latencies of the scans, collected from both doors.
final class LatencyLog: Sendable {
    private let values = Mutex<[Double]>([])

    func add(_ milliseconds: Double) { values.withLock { $0.append(milliseconds) } }

    /// Median and 95th percentile.
    func summary() -> (Double, Double) {
        let sorted = values.withLock { $0 }.sorted()
        return (sorted.percentile(0.5), sorted.percentile(0.95))
    }
}
