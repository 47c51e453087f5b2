import ExchangeBridge
import ExchangePostgres
import Foundation
import OfficeKeys
import PlanningPipeline
import RosterGenerator
import SeatPlanCore
import TestSupport
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
    /// The store's office key (with `officeKey: true`), for signing pass codes; the server itself
    /// needs only its public half to check them.
    private(set) var officeKey: UnlockedOfficeKey?
    /// The store's file (SQLite).
    private(set) var storePath = ""
    /// The staff session's cookie and CSRF token (the first staff account, activated at start).
    private(set) var session = (cookie: "", csrf: "")
    /// The password the benchmark gives the first staff account.
    static let staffPassword = "benchmark-staff-password"

    /// Builds the store (units, their rosters, the setup, plan version 1) and starts the server.
    /// `extraVersions` more versions are stored (each a re-plan after one cancellation).
    /// With `officeKey`, the store gets an office key (few PBKDF2 rounds) before the server starts.
    convenience init(extraVersions: Int = 0, officeKey: Bool = false) async throws {
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
        var key: UnlockedOfficeKey?
        if officeKey {
            let passphrase = "benchmark office passphrase"
            let record = try OfficeKeyMaker.make(
                passphrase: passphrase, createdBy: "bench", at: Date(), iterations: 1_000)
            try await store.saveOfficeKey(record)
            key = try UnlockedOfficeKey(record, passphrase: passphrase)
        }
        try await self.init(storePath: store.path, people: plan.assignments.sorted { $0.precedence < $1.precedence })
        self.officeKey = key
        self.storePath = store.path
    }

    /// Starts `seatplan serve` over the store at `storePath` and activates its first staff account.
    init(storePath: String, people: [SeatAssignment] = []) async throws {
        self.people = people
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("seatplan")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw BenchmarkFailure("build the seatplan tool beside seatplan-bench first (make bench does)")
        }
        process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--db", storePath, "--port", "0"]
        // The first staff link is written beside an SQLite store, in the working folder for a
        // PostgreSQL one (whose password the process finds in PGPASSWORD, inherited).
        let linkFolder: URL
        if PostgresLocation.isPostgres(storePath) {
            linkFolder = FileManager.default.temporaryDirectory.appendingPathComponent("seatplan-bench-\(UUID())")
            try FileManager.default.createDirectory(at: linkFolder, withIntermediateDirectories: true)
            process.currentDirectoryURL = linkFolder
        } else {
            linkFolder = URL(fileURLWithPath: storePath).deletingLastPathComponent()
        }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        base = try Self.address(from: output)
        session = try await activateFirstStaff(storeFolder: linkFolder)
    }

    /// Activates the first staff account with the one-time link the server wrote beside the store.
    private func activateFirstStaff(storeFolder: URL) async throws -> (cookie: String, csrf: String) {
        let file = storeFolder.appendingPathComponent("first-staff-activation.txt")
        var link = ""
        for _ in 0..<200 where link.isEmpty {
            link = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            if link.isEmpty { try await Task.sleep(for: .milliseconds(25)) }
        }
        guard
            let code = URLComponents(string: link.trimmingCharacters(in: .whitespacesAndNewlines))?
                .queryItems?.first(where: { $0.name == "code" })?.value
        else { throw BenchmarkFailure("seatplan serve wrote no first staff link in \(file.path)") }
        var request = URLRequest(url: try url("/api/activate"))
        request.httpMethod = "POST"
        request.httpBody = try JSONSerialization.data(withJSONObject: ["code": code, "password": Self.staffPassword])
        request.setValue("1", forHTTPHeaderField: "X-SeatPlan-Request")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let (_, response) = try await URLSession.shared.data(for: request)
        let cookies = ((response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Set-Cookie") ?? "")
            .split(separator: ",").compactMap { $0.split(separator: ";").first?.trimmingCharacters(in: .whitespaces) }
        func value(_ name: String) -> String {
            cookies.first { $0.hasPrefix(name + "=") }.map { String($0.dropFirst(name.count + 1)) } ?? ""
        }
        guard !value("seatplan_session").isEmpty else { throw BenchmarkFailure("the first staff activation failed") }
        return ("seatplan_session=" + value("seatplan_session"), value("seatplan_csrf"))
    }

    /// Signs a browser page in as the staff account (the page's own fetch keeps the cookies).
    func signIn(_ page: BrowserSession) async throws {
        try await page.navigate(to: try url("sign-in"))
        let status = try await page.executeAsync(
            """
            const response = await fetch('/api/session', {
              method: 'POST', headers: { 'Content-Type': 'application/json', 'X-SeatPlan-Request': '1' },
              body: JSON.stringify({ login: 'admin', password: args[0] }) });
            return response.status;
            """, [.string(Self.staffPassword)])
        guard status.int == 200 else { throw BenchmarkFailure("the browser could not sign in: \(status)") }
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

    /// The CPU time the server has used so far, in seconds (user + system, from /proc).
    func cpuSeconds() -> Double {
        let stat = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8)) ?? ""
        // Fields after the command's closing parenthesis; utime and stime are the 12th and 13th of them.
        guard let end = stat.lastIndex(of: ")") else { return 0 }
        let fields = stat[stat.index(after: end)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// A GET; the body, or a failure naming the status.
    func get(_ path: String) async throws -> Data {
        var request = URLRequest(url: try url(path))
        request.setValue(session.cookie, forHTTPHeaderField: "Cookie")
        return try await send(request)
    }

    /// A POST of a JSON body as the pages send it.
    func post(_ path: String, json: [String: Any]) async throws -> Data {
        var request = URLRequest(url: try url(path))
        request.httpMethod = "POST"
        request.httpBody = try JSONSerialization.data(withJSONObject: json)
        request.setValue("1", forHTTPHeaderField: "X-SeatPlan-Request")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue(session.cookie, forHTTPHeaderField: "Cookie")
        request.setValue(session.csrf, forHTTPHeaderField: "X-CSRF-Token")
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
