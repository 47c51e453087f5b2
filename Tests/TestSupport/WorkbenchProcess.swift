import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The built `seatplan` binary serving the workbench (`seatplan serve --port 0`) in a fresh
/// temporary folder, so the embedded default store is created with the planned demo meeting.
///
/// ```swift
/// let server = try await WorkbenchProcess.start()
/// defer { server.close() }
/// let map = try await server.getJSON("/api/meetings/1/map")
/// ```
public final class WorkbenchProcess: Sendable {
    /// The workbench's root, e.g. `http://127.0.0.1:40123/`.
    public let baseURL: URL
    /// The folder it runs in (holds `seatplan-data/exchange.sqlite`); removed by `close()`.
    public let directory: URL
    /// The server's process id.
    public let pid: Int32
    private let process: Mutex<Process?>
    private let output: SharedText
    private let http = LoopbackHTTP()
    private let cookies = Mutex<(session: String, csrf: String)?>(nil)

    /// The first staff account's login, and the password the tests give it on activation.
    public static let staffLogin = "admin"
    /// The staff password the tests set (the server's real PBKDF2 cost applies).
    public static let staffPassword = "workbench-test-password"

    private init(baseURL: URL, directory: URL, pid: Int32, process: sending Process?, output: SharedText) {
        self.baseURL = baseURL
        self.directory = directory
        self.pid = pid
        self.process = Mutex(process)
        self.output = output
    }

    /// What the server wrote to standard output and error so far.
    public var log: String { output.text }

    /// Starts `seatplan serve --port 0` (plus `arguments`) and waits for its
    /// `SeatPlan workbench: http://127.0.0.1:PORT/` line.
    ///
    /// - Parameters:
    ///   - directory: the folder to run in (a restart after `kill9()` passes the old one); a new
    ///     temporary folder when `nil`.
    ///   - environment: more environment variables (e.g. `SEATPLAN_TEST_PUSH_DELAY_MS`).
    public static func start(
        arguments: [String] = [], directory: URL? = nil, environment: [String: String] = [:],
        timeout: Duration = .seconds(180)
    ) async throws -> WorkbenchProcess {
        let binary = try SeatPlanBinary.path()
        let directory = try directory ?? ProcessRunner.temporaryDirectory("seatplan-workbench")
        let text = SharedText()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["serve", "--port", "0"] + arguments
        process.currentDirectoryURL = directory
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        let outPipe = Pipe()
        let errPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = FileHandle.nullDevice
        try ChildExit.run(process)
        let pid = process.processIdentifier
        // Pipes are read on threads of their own, to the end, so the server never blocks on a full pipe.
        for handle in [outPipe.fileHandleForReading, errPipe.fileHandleForReading] {
            OwnThread.start {
                while true {
                    let chunk = handle.availableData
                    if chunk.isEmpty { break }
                    text.append(String(decoding: chunk, as: UTF8.self))
                }
            }
        }
        // The probe's errors count as "not yet", so an early exit is an answer, not a throw.
        let found: URL?
        do {
            found = try await Waiting.until("the workbench's address line", timeout: timeout, every: .milliseconds(50))
            { () -> URL?? in
                if let url = address(in: text.text) { return .some(url) }
                return ChildExit.hasExited(pid) ? .some(nil) : nil
            }
        } catch {
            found = nil
        }
        guard let found else {
            ChildExit.stop(pid, signal: SIGKILL)
            try? FileManager.default.removeItem(at: directory)
            throw HTTPError(
                description: "seatplan serve did not print its address (exited, or not within \(timeout)); output:\n"
                    + text.text.suffix(3000))
        }
        return WorkbenchProcess(baseURL: found, directory: directory, pid: pid, process: process, output: text)
    }

    /// The URL in `SeatPlan workbench: http://127.0.0.1:PORT/`, once the line is complete.
    static func address(in output: String) -> URL? {
        for line in output.split(separator: "\n", omittingEmptySubsequences: true) {
            guard let range = line.range(of: "SeatPlan workbench: ") else { continue }
            let rest = line[range.upperBound...].trimmingCharacters(in: .whitespaces)
            if rest.hasPrefix("http://") || rest.hasPrefix("https://"), rest.hasSuffix("/"),
                output.contains(line + "\n")
            {
                return URL(string: rest)
            }
        }
        return nil
    }

    /// Stops the server (SIGTERM, SIGKILL after `grace`) and removes its folder. Idempotent.
    ///
    /// The server ends its event streams on SIGTERM, so it stops at once; the grace is a bound.
    public func close(grace: TimeInterval = 5) {
        stop(signal: SIGTERM, grace: grace)
        try? FileManager.default.removeItem(at: directory)
    }

    /// Kills the server at once (SIGKILL), keeping its folder, for fault tests.
    public func kill9() {
        stop(signal: SIGKILL, grace: 5)
    }

    /// Sends SIGTERM (Ctrl-C's graceful stop) and returns whether the server exited within
    /// `grace`; if not, it is killed. The folder stays.
    public func terminate(within grace: TimeInterval) -> Bool {
        guard process.withLock({ $0.take() }) != nil else { return ChildExit.hasExited(pid) }
        kill(pid, SIGTERM)
        let exited = ChildExit.waitForExit(pid, timeout: grace)
        if !exited { ChildExit.stop(pid, signal: SIGKILL) }
        return exited
    }

    private func stop(signal: Int32, grace: TimeInterval) {
        // Taken out once: a second close() (or deinit after kill9()) finds nothing to stop.
        guard process.withLock({ $0.take() }) != nil else { return }
        ChildExit.stop(pid, signal: signal, grace: grace)
    }

    deinit { close() }

    // ---- the API ----------------------------------------------------------------------------

    /// `path` (e.g. `/meetings/1/map`) on this server.
    public func url(_ path: String) throws -> URL {
        guard let url = URL(string: path, relativeTo: baseURL)?.absoluteURL else {
            throw HTTPError(description: "not a path: \(path)")
        }
        return url
    }

    /// A GET as the staff account, whatever the status.
    public func get(_ path: String, timeout: TimeInterval = 60) async throws -> HTTPReply {
        let session = try await signedIn()
        return try await http.send(
            "GET", try url(path), headers: ["Cookie": "seatplan_session=\(session.session)"], timeout: timeout)
    }

    /// A POST as the staff account with the write header (`X-SeatPlan-Request: 1`) and the
    /// session's CSRF token, whatever the status.
    public func post(
        _ path: String, body: Data, contentType: String = "application/json", timeout: TimeInterval = 300
    ) async throws -> HTTPReply {
        let session = try await signedIn()
        return try await http.send(
            "POST", try url(path), body: body,
            headers: [
                "Content-Type": contentType, "X-SeatPlan-Request": "1", "X-CSRF-Token": session.csrf,
                "Cookie": "seatplan_session=\(session.session)",
            ],
            timeout: timeout)
    }

    /// The file `seatplan serve` writes the first staff account's one-time link to.
    public var firstStaffLinkFile: URL {
        directory.appendingPathComponent("seatplan-data/first-staff-activation.txt")
    }

    /// The one-time activation code in the first staff link, while the account waits for it.
    public func firstStaffCode() -> String? {
        guard let text = try? String(contentsOf: firstStaffLinkFile, encoding: .utf8),
            let link = URLComponents(string: text.trimmingCharacters(in: .whitespacesAndNewlines))
        else { return nil }
        return link.queryItems?.first { $0.name == "code" }?.value
    }

    /// The staff session's cookies: activates the first staff account (with ``staffPassword``)
    /// when its link is waiting, else signs in.
    public func signedIn() async throws -> (session: String, csrf: String) {
        if let known = cookies.withLock({ $0 }) { return known }
        let reply: HTTPReply
        let headers = ["Content-Type": "application/json", "X-SeatPlan-Request": "1"]
        if let code = firstStaffCode() {
            let body = try JSONValue.object(["code": .string(code), "password": .string(Self.staffPassword)]).jsonData()
            reply = try await http.send("POST", try url("/api/activate"), body: body, headers: headers)
        } else {
            let body = try JSONValue.object([
                "login": .string(Self.staffLogin), "password": .string(Self.staffPassword),
            ]).jsonData()
            reply = try await http.send("POST", try url("/api/session"), body: body, headers: headers)
        }
        guard reply.status == 200, let found = Self.sessionCookies(reply.headers["set-cookie"] ?? "") else {
            throw HTTPError(description: "staff sign-in failed: \(reply.status) \(reply.text)")
        }
        cookies.withLock { $0 = found }
        return found
    }

    /// The session and CSRF cookies in a (possibly folded) `Set-Cookie` header.
    static func sessionCookies(_ header: String) -> (session: String, csrf: String)? {
        var values: [String: String] = [:]
        for part in header.split(separator: ",") {
            let pair = part.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            let nameValue = pair.split(separator: "=", maxSplits: 1).map(String.init)
            if nameValue.count == 2 { values[nameValue[0]] = nameValue[1] }
        }
        guard let session = values["seatplan_session"], let csrf = values["seatplan_csrf"] else { return nil }
        return (session, csrf)
    }

    /// A GET that must answer 200 with JSON.
    public func getJSON(_ path: String) async throws -> JSONValue {
        let reply = try await get(path)
        guard reply.status == 200 else { throw HTTPError(description: "GET \(path) → \(reply.status): \(reply.text)") }
        return try reply.json()
    }

    /// A POST of JSON that must answer 2xx with JSON.
    public func postJSON(_ path: String, _ body: JSONValue, timeout: TimeInterval = 300) async throws -> JSONValue {
        let reply = try await post(path, body: try body.jsonData(), timeout: timeout)
        guard (200..<300).contains(reply.status) else {
            throw HTTPError(description: "POST \(path) \(body) → \(reply.status): \(reply.text)")
        }
        return try reply.json()
    }
}

/// Text appended by reader threads and read by the test.
final class SharedText: Sendable {
    private let storage = Mutex<String>("")

    var text: String { storage.withLock { $0 } }

    func append(_ more: String) {
        storage.withLock { $0 += more }
    }
}
