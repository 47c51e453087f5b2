import Crypto
import ExchangeBridge
import ExchangePostgres
import Foundation
import RosterGenerator
import SeatPlanCore
import Synchronization
import TestSupport

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `portal-upload-700` (and `-postgres`): 700 units upload their rosters through the units' portal at once (the
/// great hall's 5,300 people split by unit), each as its own signed-in unit on a connection of
/// its own (700 sockets, each on a thread, so the load generator costs the machine little), over
/// loopback to a real `seatplan serve`, while staff poll the delivery board every 100 ms. Targets: no lost and
/// no duplicated submission, each upload's p95 ≤ 1 s, and the board answering throughout. The
/// percentiles are over every upload of every run (warm-up runs included), not one run's.
///
/// The 700 unit sessions are made in the store beforehand (as 700 sign-ins would make them):
/// signing in costs a deliberately slow password hash, which is not what this measures.
extension Scenarios {
    static func portalUpload(_ backend: StoreBackend) -> Scenario {
        Scenario(
            name: "portal-upload-700" + backend.suffix,
            summary: "Portal\(backend.label): 700 units upload at once (p95 ≤ 1 s, none lost)"
        ) { try await portalUploadRun(on: backend) }
    }

    private static func portalUploadRun(on backend: StoreBackend) async throws -> () async throws -> String {
        let (store, meeting, files) = try await benchStore(
            RosterGenerator.generate(.greatHall), submit: false, on: backend)
        let units = try await store.units(meeting: meeting.id)
        let unitIDs = Dictionary(uniqueKeysWithValues: units.map { ($0.details.name, $0.id.rawValue) })
        var uploads: [PortalUpload] = []
        for (index, (unit, csv)) in files.enumerated() {
            let token = PortalUpload.randomToken()
            let account = try await store.createAccount(
                NewAccount(login: "unit\(index)", kind: .unit, unitName: unit, displayName: unit),
                activation: ActivationHash(hash: PortalUpload.sha256("unused-\(index)"), expiresAt: Date() + 3600))
            _ = try await store.activateAccount(
                codeHash: PortalUpload.sha256("unused-\(index)"), passwordHash: "pbkdf2-sha256$1$AA==$AA==")
            try await store.startSession(
                tokenHash: PortalUpload.sha256(token), account: account.id, expiresAt: Date() + 3600)
            uploads.append(
                PortalUpload(unit: unit, unitID: unitIDs[unit] ?? 0, csv: csv, token: token))
        }
        let server = try await WorkbenchServerProcess(storePath: store.path)
        let client = PortalUpload.client(connections: 4)
        let path = store.path
        // Every run's latencies (warm-up runs too), so that the percentiles cover them all.
        let history = Mutex<(uploads: [Double], board: [Double], runs: Int)>(([], [], 0))
        return {
            let before = try await PortalUpload.submissionCounts(path: path, meeting: meeting.id)
            let serverCPU = server.cpuSeconds()
            let clientCPU = Harness.cpuSeconds()
            let board = BoardPoller(
                board: try server.url("api/meetings/1/board"), cookie: server.session.cookie, client: client)
            let polling = Task { await board.run() }
            let latencies = try await withThrowingTaskGroup(of: Double.self) { group in
                let http = PlainHTTP(port: server.base.port ?? 0)
                for upload in uploads {
                    group.addTask { try await upload.send(through: http) }
                }
                var all: [Double] = []
                for try await latency in group { all.append(latency) }
                return all.sorted()
            }
            board.stop()
            let cpu = (server: server.cpuSeconds() - serverCPU, client: Harness.cpuSeconds() - clientCPU)
            let boardLatencies = await polling.value.sorted()
            let after = try await PortalUpload.submissionCounts(path: path, meeting: meeting.id)
            let lost = uploads.filter { (after[$0.unit] ?? 0) - (before[$0.unit] ?? 0) < 1 }.count
            let doubled = uploads.filter { (after[$0.unit] ?? 0) - (before[$0.unit] ?? 0) > 1 }.count
            guard lost == 0, doubled == 0 else {
                throw BenchmarkFailure("\(lost) submissions lost, \(doubled) duplicated")
            }
            withExtendedLifetime(server) {}
            let all = history.withLock { history in
                history.uploads += latencies
                history.board += boardLatencies
                history.runs += 1
                return (uploads: history.uploads.sorted(), board: history.board.sorted(), runs: history.runs)
            }
            return "\(uploads.count) uploads × \(all.runs) runs: p50 \(Int(all.uploads.percentile(0.5))) ms, "
                + "p95 \(Int(all.uploads.percentile(0.95))) ms, max \(Int(all.uploads.last ?? 0)) ms; board p95 "
                + "\(Int(all.board.percentile(0.95))) ms over \(all.board.count) polls; 0 lost, 0 doubled; "
                + "CPU of the last run: server \(String(format: "%.2f", cpu.server)) s, "
                + "load generator \(String(format: "%.2f", cpu.client)) s"
        }
    }
}

/// One unit's upload through the portal as its own session.
struct PortalUpload: Sendable {
    let unit: String
    let unitID: Int64
    let csv: Data
    let token: String

    /// Sends the roster over a socket of its own and returns the answer's latency in
    /// milliseconds; any answer but 201 fails.
    func send(through http: PlainHTTP) async throws -> Double {
        let start = ContinuousClock.now
        let reply = try await http.send(
            "POST", "/api/portal/meetings/1/units/\(unitID)/rosters?file=roster.csv", body: csv,
            contentType: "application/octet-stream",
            headers: [
                "X-SeatPlan-Request": "1", "Cookie": "seatplan_session=\(token)",
                "X-CSRF-Token": Self.sha256("seatplan-csrf:" + token),
            ],
            timeout: 120)
        let elapsed = ContinuousClock.now - start
        guard reply.status == 201 else {
            throw BenchmarkFailure("\(unit): upload answered \(reply.status): \(reply.text.prefix(300))")
        }
        return elapsed.milliseconds
    }

    /// A session with room for every upload's connection at once.
    static func client(connections: Int) -> URLSession {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = connections
        configuration.timeoutIntervalForRequest = 120
        configuration.httpCookieStorage = nil
        return URLSession(configuration: configuration)
    }

    /// Submissions per unit name in the store now.
    static func submissionCounts(path: String, meeting: MeetingID) async throws -> [String: Int] {
        let store = try await ExchangeStorageFactory.open(path, options: StoreBackend.options)
        var counts: [String: Int] = [:]
        for submission in try await store.submissions(meeting: meeting, unitNamed: nil) {
            counts[submission.unitName, default: 0] += 1
        }
        return counts
    }

    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    static func sha256(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

/// Staff polling the delivery board every 100 ms while the uploads run.
final class BoardPoller: Sendable {
    let board: URL
    let cookie: String
    let client: URLSession
    private let stopped = Mutex(false)

    init(board: URL, cookie: String, client: URLSession) {
        self.board = board
        self.cookie = cookie
        self.client = client
    }

    func stop() { stopped.withLock { $0 = true } }

    /// Polls until stopped; the latency of each answered poll in milliseconds.
    func run() async -> [Double] {
        var latencies: [Double] = []
        while !stopped.withLock({ $0 }) {
            let start = ContinuousClock.now
            var request = URLRequest(url: board)
            request.setValue(cookie, forHTTPHeaderField: "Cookie")
            if let (_, response) = try? await client.data(for: request),
                (response as? HTTPURLResponse)?.statusCode == 200
            {
                latencies.append((ContinuousClock.now - start).milliseconds)
            }
            try? await Task.sleep(for: .milliseconds(100))
        }
        return latencies
    }
}
