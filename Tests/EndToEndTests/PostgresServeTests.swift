import ExchangeBridge
import ExchangePostgres
import Foundation
import Synchronization
import TestSupport
import Testing

/// Several `seatplan serve` processes on one PostgreSQL store: changes reach the consoles of the
/// other server, conflicting applies have one winner, and kills and a database restart lose
/// nothing that was acknowledged.
@Suite(
    "seatplan serve on PostgreSQL: several servers, faults", .serialized,
    .enabled(if: PostgresTestServer.isAvailable, "no PostgreSQL test cluster: run `make test`"))
struct PostgresServeTests {
    /// A PostgreSQL database holding the demo meeting: made by a server on SQLite (its staff
    /// account activated), then copied with `seatplan store migrate`; and the environment that
    /// gives servers on it the demo office key's passphrase (the demo store signs what it publishes).
    static func demoDatabase() async throws -> (url: String, key: [String: String]) {
        let seed = try await WorkbenchProcess.start()
        _ = try await seed.signedIn()
        let sqlite = seed.directory.appendingPathComponent("seatplan-data/exchange.sqlite").path
        let passphrase = try String(
            contentsOf: seed.directory.appendingPathComponent("seatplan-data/office-key-passphrase.txt"),
            encoding: .utf8
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        _ = seed.terminate(within: 10)
        defer { try? FileManager.default.removeItem(at: seed.directory) }
        let url = try PostgresTestServer.freshDatabase()
        let copy = try ProcessRunner.run(
            try SeatPlanBinary.path(), ["store", "migrate", "--from", sqlite, "--to", url])
        try #require(copy.status == 0, "store migrate: \(copy.stderr)")
        return (url, ["SEATPLAN_KEY_PASSPHRASE": passphrase])
    }

    /// The fourth hall member of the version-1 plan cancelled, as an apply body.
    static func cancellation(
        on server: WorkbenchProcess, skipping: Int, requestID: String, baseVersion: Int = 1
    ) async throws -> JSONValue {
        let map = try await server.getJSON("/api/meetings/1/map")
        let members = try #require(map["people"].array?.filter { $0["role"].string == "member" })
        let member = try #require(members.dropFirst(skipping).first)
        return [
            "baseVersion": .number(Double(baseVersion)),
            "operations": [["op": "cancel", "attendee": member["attendee"]]],
            "requestId": .string(requestID),
        ]
    }

    @Test("A change applied on one server is on the other's consoles within 1 s; of two at once, one wins")
    func twoServers() async throws {
        let (url, key) = try await Self.demoDatabase()
        let first = try await WorkbenchProcess.start(arguments: ["--db", url], environment: key)
        defer { first.close() }
        let second = try await WorkbenchProcess.start(arguments: ["--db", url], environment: key)
        defer { second.close() }
        let session = try await second.signedIn()
        let console = try EventStreamRecorder(
            port: second.baseURL.port ?? 0, meeting: 1, cookie: "seatplan_session=\(session.session)")
        try await Task.sleep(for: .milliseconds(500))

        let change = try await Self.cancellation(on: first, skipping: 3, requestID: UUID().uuidString)
        let start = ContinuousClock.now
        let applied = try await first.postJSON("/api/meetings/1/changes/apply", change)
        #expect(applied["version"].int == 2)
        let heard = try await Waiting.until("the other server's console hears of version 2", timeout: .seconds(5)) {
            console.events.first { $0.name == "plan" && $0.data.contains("\"version\":2") }?.at
        }
        #expect(heard - start < .seconds(1), "heard after \(heard - start)")
        #expect(try await second.getJSON("/api/meetings/1/versions")["versions"].array?.count == 2)

        // Both servers apply a change on version 2 at the same moment: exactly one lands.
        let left = try await Self.cancellation(on: first, skipping: 5, requestID: UUID().uuidString, baseVersion: 2)
        let right = try await Self.cancellation(on: second, skipping: 6, requestID: UUID().uuidString, baseVersion: 2)
        async let fromFirst = first.post("/api/meetings/1/changes/apply", body: try left.jsonData())
        async let fromSecond = second.post("/api/meetings/1/changes/apply", body: try right.jsonData())
        let statuses = [try await fromFirst.status, try await fromSecond.status].sorted()
        #expect(statuses == [201, 409], "\(statuses)")
        #expect(try await first.getJSON("/api/meetings/1/versions")["versions"].array?.count == 3)
    }

    @Test("kill -9 while Apply holds its PostgreSQL transaction: nothing lands; made again on another server, it does")
    func killedDuringApply() async throws {
        let (url, key) = try await Self.demoDatabase()
        let first = try await WorkbenchProcess.start(
            arguments: ["--db", url], environment: key.merging(["SEATPLAN_TEST_PUSH_DELAY_MS": "60000"]) { $1 })
        let requestID = UUID().uuidString
        let change = try await Self.cancellation(on: first, skipping: 3, requestID: requestID)
        let body = try change.jsonData()
        let pending = Task { try? await first.post("/api/meetings/1/changes/apply", body: body, timeout: 90) }
        try await Waiting.until("the apply holds its transaction open", timeout: .seconds(60)) {
            first.log.contains("holding the transaction open") ? true : nil
        }
        first.kill9()
        _ = await pending.value
        try? FileManager.default.removeItem(at: first.directory)

        let second = try await WorkbenchProcess.start(arguments: ["--db", url], environment: key)
        defer { second.close() }
        #expect(try await second.getJSON("/api/meetings/1/changes/\(requestID)")["applied"].bool == false)
        #expect(try await second.getJSON("/api/meetings/1/versions")["versions"].array?.count == 1)
        let applied = try await second.postJSON("/api/meetings/1/changes/apply", change)
        #expect(applied["version"].int == 2)
        #expect(try await second.getJSON("/api/meetings/1/changes/\(requestID)")["applied"].bool == true)
    }

    @Test("kill -9 during uploads on PostgreSQL loses nothing acknowledged; a database outage is survived")
    func killAndRestart() async throws {
        let (url, key) = try await Self.demoDatabase()
        let server = try await WorkbenchProcess.start(arguments: ["--db", url], environment: key)
        let units = ["市委", "市人大常委会", "市人民政府", "市政协"]
        let acknowledged = AcknowledgedUploads()
        _ = try await server.signedIn()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (lane, unit) in units.enumerated() {
                group.addTask {
                    for round in 0..<200 {
                        let csv =
                            "id,name,unit,unit_order,precedence,role,title,gender,tags\n"
                            + "P\(lane)-\(round),测试,\(unit),\(lane + 1),1,member,,,\n"
                        let name = unit.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                        guard
                            let reply = try? await server.post(
                                "/api/meetings/1/rosters?unit=\(name)", body: Data(csv.utf8), contentType: "text/csv"),
                            reply.status == 201, let version = try? reply.json()["version"].int
                        else { return }
                        acknowledged.list.withLock { $0.append((unit, version)) }
                    }
                }
            }
            try await Waiting.until("uploads acknowledged", timeout: .seconds(120), every: .milliseconds(5)) {
                acknowledged.list.withLock { $0.count >= 40 } ? true : nil
            }
            server.kill9()
            try await group.waitForAll()
        }
        try? FileManager.default.removeItem(at: server.directory)
        let password = ProcessInfo.processInfo.environment["PGPASSWORD"]
        let store = try await ExchangeStorageFactory.open(
            url, options: ExchangeStoreOptions(databasePassword: password))
        let stored = try await store.submissions(meeting: MeetingID(rawValue: 1), unitNamed: nil)
        let kept = Set(stored.filter { $0.status == .parsed }.map { "\($0.unitName)/\($0.version)" })
        for ack in acknowledged.list.withLock({ $0 }) {
            #expect(kept.contains("\(ack.unit)/\(ack.version)"), "\(ack.unit) v\(ack.version)")
        }

        // The database goes away under a running server (connections refused for 2 s, every
        // connection killed: a restart as the server sees it, without cutting the other tests'
        // databases of the shared cluster): it answers again, and its consoles are told to read
        // the board again.
        let restarted = try await WorkbenchProcess.start(arguments: ["--db", url], environment: key)
        defer { restarted.close() }
        let session = try await restarted.signedIn()
        let console = try EventStreamRecorder(
            port: restarted.baseURL.port ?? 0, meeting: 1, cookie: "seatplan_session=\(session.session)")
        try await Task.sleep(for: .milliseconds(500))
        try PostgresTestServer.interrupt(url)
        let board = try await Waiting.until("the board answers after the restart", timeout: .seconds(30)) {
            (try? await restarted.get("/api/meetings/1/board"))?.status == 200 ? true : nil
        }
        #expect(board)
        _ = try await Waiting.until("the console hears the feed is back", timeout: .seconds(30)) {
            console.events.contains { $0.name == "board" && $0.data.contains("reconnected") } ? true : nil
        }
    }
}

/// The uploads a server answered 201, shared by the uploading tasks.
private final class AcknowledgedUploads: Sendable {
    let list = Mutex<[(unit: String, version: Int)]>([])
}
