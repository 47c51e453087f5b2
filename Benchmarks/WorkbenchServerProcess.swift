import ExchangeBridge
import Foundation
import PlanningPipeline
import RosterGenerator
import SeatPlanCore
import VenueLibrary

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A real `seatplan serve` process (the release binary beside this one) over a store holding
/// the great hall's 5,300-person meeting, planned: what the workbench benchmarks measure against.
final class WorkbenchServerProcess {
    let process: Process
    let base: URL
    /// The meeting's people, in precedence order, for choosing whom to change.
    let people: [SeatAssignment]

    /// Builds the store (units, their rosters, the setup, plan version 1) and starts the server.
    /// `extraVersions` more versions are stored (each a re-plan after one cancellation).
    init(extraVersions: Int = 0) async throws {
        let roster = RosterGenerator.generate(.greatHall)
        let (store, meeting, _) = try await Scenarios.benchStore(roster, submit: true)
        guard let url = VenueLibrary.url(forVenue: "great-hall") else { throw BenchmarkFailure("no great-hall.yaml") }
        let venueText = try String(contentsOf: url, encoding: .utf8)
        try await store.saveMeetingSetup(
            MeetingSetup(venueName: "great-hall", venueYAML: venueText, date: "2026-12-03"), meeting: meeting.id)
        let pipeline = MeetingPipeline(venue: try VenueFile.parse(venueText, file: "great-hall.yaml"))
        var plan = try await pipeline.plan(
            Roster(attendees: try await store.mergedRoster(meeting: meeting.id).attendees, source: "pull"),
            meeting: meeting.name
        ).plan
        _ = try await store.push(
            planJSON: try plan.jsonData(), fileName: "plan.json", documents: [], meeting: meeting.id,
            beforeCommit: nil)
        let members = plan.assignments.filter { $0.area == .hall }.sorted { $0.precedence > $1.precedence }
        for person in members.prefix(extraVersions) {
            plan = try await pipeline.reseat(plan, changes: [.cancel(attendee: person.attendee)]).plan
            _ = try await store.push(
                planJSON: try plan.jsonData(), fileName: "plan.json", documents: [], meeting: meeting.id,
                beforeCommit: nil)
        }
        people = plan.assignments.sorted { $0.precedence < $1.precedence }

        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("seatplan")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw BenchmarkFailure("build the seatplan tool beside seatplan-bench first (make bench does)")
        }
        process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--db", store.path, "--port", "0"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        base = try Self.address(from: output)
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    /// Reads the server's first line, `SeatPlan workbench: http://127.0.0.1:PORT/`.
    private static func address(from pipe: Pipe) throws -> URL {
        var text = ""
        while !text.contains("\n") {
            let chunk = pipe.fileHandleForReading.availableData
            if chunk.isEmpty { throw BenchmarkFailure("seatplan serve stopped before it listened") }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let line = text.split(separator: "\n").first(where: { $0.contains("http://") }),
            let start = line.range(of: "http://"), let url = URL(string: String(line[start.lowerBound...]))
        else { throw BenchmarkFailure("seatplan serve printed no address: \(text)") }
        return url
    }

    /// The server's resident memory now and at its peak, in MiB (from /proc).
    func memoryMiB() -> (now: Double, peak: Double) {
        let status = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)) ?? ""
        func field(_ name: String) -> Double {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name) }) else { return 0 }
            return (Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) / 1024
        }
        return (field("VmRSS:"), field("VmHWM:"))
    }

    /// A GET; the body, or a failure naming the status.
    func get(_ path: String) async throws -> Data {
        try await send(URLRequest(url: try url(path)))
    }

    /// A POST of a JSON body as the pages send it.
    func post(_ path: String, json: [String: Any]) async throws -> Data {
        var request = URLRequest(url: try url(path))
        request.httpMethod = "POST"
        request.httpBody = try JSONSerialization.data(withJSONObject: json)
        request.setValue("1", forHTTPHeaderField: "X-SeatPlan-Request")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        return try await send(request)
    }

    /// `path` (with its query) on the server.
    func url(_ path: String) throws -> URL {
        guard let url = URL(string: path, relativeTo: base) else { throw BenchmarkFailure("bad path \(path)") }
        return url
    }

    private func send(_ request: URLRequest) async throws -> Data {
        let (data, response) = try await URLSession.shared.data(for: request)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard (200..<300).contains(status) else {
            throw BenchmarkFailure(
                "\(request.url?.path ?? "") answered \(status): \(String(decoding: data, as: UTF8.self))")
        }
        return data
    }
}
