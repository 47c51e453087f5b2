import ExchangeBridge
import Foundation
import TestSupport
import Testing

/// `seatplan serve` as a process: killed in the middle of an apply, restarted, and what it writes.
@Suite("seatplan serve: faults and its own output", .serialized)
struct ServeFaultTests {
    /// The fourth hall member of the demo plan and an apply that cancels them.
    private static func cancellation(on server: WorkbenchProcess, requestID: String) async throws -> JSONValue {
        let map = try await server.getJSON("/api/meetings/1/map")
        let member = try #require(map["people"].array?.filter { $0["role"].string == "member" }.dropFirst(3).first)
        return [
            "baseVersion": 1, "operations": [["op": "cancel", "attendee": member["attendee"]]],
            "requestId": .string(requestID),
        ]
    }

    @Test("kill -9 in the middle of Apply leaves the old version; after a restart the page learns it did not land")
    func killedDuringApply() async throws {
        let first = try await WorkbenchProcess.start(environment: ["SEATPLAN_TEST_PUSH_DELAY_MS": "60000"])
        let folder = first.directory
        let requestID = UUID().uuidString
        let change = try await Self.cancellation(on: first, requestID: requestID)
        let body = try change.jsonData()
        let pending = Task { try? await first.post("/api/meetings/1/changes/apply", body: body, timeout: 90) }
        try await Waiting.until("the apply holds its transaction open", timeout: .seconds(60)) {
            first.log.contains("holding the transaction open") ? true : nil
        }
        first.kill9()
        _ = await pending.value

        let second = try await WorkbenchProcess.start(directory: folder)
        defer { second.close() }
        #expect(try await second.getJSON("/api/meetings/1/changes/\(requestID)")["applied"].bool == false)
        #expect(try await second.getJSON("/api/meetings/1/versions")["versions"].array?.count == 1)

        // Made again, the change lands, and the server says so after another kill.
        let applied = try await second.postJSON("/api/meetings/1/changes/apply", change)
        #expect(applied["version"].int == 2)
        second.kill9()
        let third = try await WorkbenchProcess.start(directory: folder)
        defer { third.close() }
        let answer = try await third.getJSON("/api/meetings/1/changes/\(requestID)")
        #expect(answer["applied"].bool == true && answer["version"].int == 2)
        #expect(try await third.getJSON("/api/meetings/1/versions")["versions"].array?.count == 2)
    }

    @Test("Names, ids and uploaded rows never reach the server's output, even when requests fail")
    func nothingPersonalInTheOutput() async throws {
        let server = try await WorkbenchProcess.start()
        defer { server.close() }
        let code = try #require(server.firstStaffCode(), "the first staff link is written before the address")
        let map = try await server.getJSON("/api/meetings/1/map")
        #expect(!FileManager.default.fileExists(atPath: server.firstStaffLinkFile.path), "the used link is removed")
        let people = try #require(map["people"].array)
        let member = try #require(people.first { $0["role"].string == "member" })
        let name = try #require(member["name"].string)
        let id = try #require(member["attendee"].string)

        _ = try await server.get(
            "/api/meetings/1/search?q=\(name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")")
        let substitute: JSONValue = [
            "baseVersion": 1,
            "operations": [["op": "substitute", "attendee": .string(id), "by": ["id": "Q77001", "name": "欧阳明远"]]],
        ]
        _ = try await server.post("/api/meetings/1/changes/preview", body: try substitute.jsonData())
        _ = try await server.post("/api/meetings/1/changes/apply", body: try substitute.jsonData())
        _ = try await server.post("/api/meetings/1/changes/apply", body: try substitute.jsonData())  // stale: 409
        _ = try await server.post("/api/meetings/1/changes/preview", body: Data("{\"baseVersion\": 2, \"op".utf8))
        let roster = "id,name,unit,unit_order,precedence,role,title,gender,tags\nQ77002,司马清风,市委,1,x,member,,,\n"
        _ = try await server.post(
            "/api/meetings/1/rosters?unit=%E5%B8%82%E5%A7%94", body: Data(roster.utf8), contentType: "text/csv")
        _ = try await server.get("/api/meetings/1/print/changed-cards?version=2")

        let session = try await server.signedIn()
        _ = try await server.post(
            "/api/session",
            body: try JSONValue.object(["login": "admin", "password": "wrong-password-typed"]).jsonData())

        // Nothing personal and no secret in the server's output, the outbox's log or the audit log.
        let outboxLog =
            (try? String(
                contentsOf: server.directory.appendingPathComponent("seatplan-data/outbox.log"), encoding: .utf8)) ?? ""
        let store = try ExchangeStore(
            path: server.directory.appendingPathComponent("seatplan-data/exchange.sqlite").path)
        let audit = try store.auditLog(limit: 100_000).map { "\($0.actor) \($0.action) \($0.subject) \($0.detail)" }
        let secrets = [
            WorkbenchProcess.staffPassword, "wrong-password-typed", session.session, session.csrf, "1380000", "0571-8",
            code, code.replacingOccurrences(of: "-", with: ""),
        ]
        let personal = [name, id, "欧阳明远", "Q77001", "Q77002", "司马清风"]
        for (place, text) in [("output", server.log), ("audit log", audit.joined())] {
            for secret in secrets + personal { #expect(!text.contains(secret), "the \(place) holds '\(secret)'") }
        }
        // The outbox's log is the text the units receive (a seat notice names their people), with
        // the numbers masked: no phone number, password or token.
        #expect(outboxLog.contains("138****"))
        for secret in secrets { #expect(!outboxLog.contains(secret), "the outbox log holds '\(secret)'") }
        #expect(audit.contains { $0.contains("session.start") })
    }
}
