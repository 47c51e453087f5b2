import ExchangeBridge
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import OfficeKeys
import SeatPlanCore
import TestSupport
import Testing

@testable import Workbench

@Suite("Workbench: the door (check-in and attendance)")
struct CheckInRouteTests {
    /// A scan as the door page sends it.
    static func scan(
        _ client: some TestClientProtocol, _ code: String, door: String = "东门", scanID: String = UUID().uuidString
    ) async throws -> (HTTPResponse.Status, [String: Any]) {
        try await client.postJSON("/api/meetings/1/checkins", ["code": code, "door": door, "scan_id": scanID])
    }

    /// The signed pass code of a person of the map (meeting 1, version 1 unless given).
    static func code(_ person: [String: Any], key: UnlockedOfficeKey, meeting: Int64 = 1, version: Int = 1) throws
        -> String
    {
        try PassCode(
            meeting: MeetingID(rawValue: meeting), planVersion: version, attendee: person.text("attendee") ?? "",
            seat: person.text("seat") ?? ""
        ).text(signedBy: key)
    }

    /// A number the store's SQLite file answers (`sqlite3`).
    static func count(_ sql: String, in fixture: WorkbenchFixture) throws -> Int {
        let tool = try #require(ProcessRunner.which("sqlite3"), "the sqlite3 tool is needed to count rows")
        let output = try ProcessRunner.run(tool, [fixture.storePath, sql])
        return Int(output.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    @Test("A genuine pass is admitted with the seat; the second scan says already; a retried scan id records once")
    func admittedThenAlready() async throws {
        let fixture = try await WorkbenchFixture.demo(officeKey: true)
        let key = try #require(fixture.officeKey)
        try await fixture.test { client in
            let map = DemoMap(try await client.getJSON("/api/meetings/1/map").1)
            let person = try #require(map.members.first)
            let code = try Self.code(person, key: key)
            let scanID = UUID().uuidString
            let (status, first) = try await Self.scan(client, code, scanID: scanID)
            #expect(status == .ok, "\(first)")
            #expect(first.text("state") == "admitted")
            #expect(first.text("name") == person.text("name"))
            #expect(first.text("unit") == person.text("unit"))
            #expect(first.text("seat_label") == person.text("label"))
            #expect(first.text("checked_in_at") != nil)
            #expect(first.int("plan_version") == 1)
            #expect(first.text("message")?.contains(person.text("label") ?? "?") == true)

            // The page lost the answer and sends the same scan again: recorded once, answered the same.
            let (_, retried) = try await Self.scan(client, code, scanID: scanID)
            #expect(retried.text("state") == "admitted")
            #expect(retried.text("checked_in_at") == first.text("checked_in_at"))

            let (_, again) = try await Self.scan(client, code, door: "西门")
            #expect(again.text("state") == "already")
            #expect(again.text("reason") == "already")
            #expect(again.text("checked_in_at") == first.text("checked_in_at"))
            #expect(again.text("message")?.contains("已签到") == true)
        }
        #expect(try Self.count("SELECT count(*) FROM door_scans", in: fixture) == 2)
        #expect(try Self.count("SELECT count(*) FROM checkins", in: fixture) == 1)
        // No code text is kept, only its hash; no audit entry per scan.
        #expect(try Self.count("SELECT count(*) FROM door_scans WHERE length(code_sha256) = 64", in: fixture) == 2)
        #expect(try Self.count("SELECT count(*) FROM audit_log WHERE detail LIKE '%SP1%'", in: fixture) == 0)
    }

    @Test("Forged, altered, foreign, unreadable passes are refused with their reason, and nobody checks in")
    func refused() async throws {
        let fixture = try await WorkbenchFixture.demo(officeKey: true)
        let key = try #require(fixture.officeKey)
        let stranger = try UnlockedOfficeKey(
            try OfficeKeyMaker.make(passphrase: "another office's key", createdBy: "x", at: Date(), iterations: 1_000),
            passphrase: "another office's key")
        try await fixture.test { client in
            let map = DemoMap(try await client.getJSON("/api/meetings/1/map").1)
            let person = try #require(map.members.first)
            let genuine = try Self.code(person, key: key)
            var altered = Array(genuine)
            let index = altered.count - 20
            altered[index] = altered[index] == "A" ? "B" : "A"
            let cases: [(String, String)] = [
                (try Self.code(person, key: stranger), "forged"),
                (String(altered), "forged"),
                (try Self.code(person, key: key, meeting: 99), "other-meeting"),
                ("HELLO-WORLD", "unreadable"),
            ]
            for (code, reason) in cases {
                let (status, answer) = try await Self.scan(client, code)
                #expect(status == .ok)
                #expect(answer.text("state") == "refused", "\(reason): \(answer)")
                #expect(answer.text("reason") == reason, "\(answer)")
                #expect(answer.text("name") == nil && answer.text("checked_in_at") == nil)
                #expect(!(answer.text("message") ?? "").isEmpty)
            }
            let (_, attendance) = try await client.getJSON("/api/meetings/1/attendance")
            #expect(attendance.object("total").int("arrived") == 0)
        }
        #expect(try Self.count("SELECT count(*) FROM door_scans WHERE verdict = 'refused'", in: fixture) == 4)
        #expect(try Self.count("SELECT count(*) FROM checkins", in: fixture) == 0)
    }

    @Test("After a late change, a moved person's old pass is superseded (with the new seat), a cancelled one's refused")
    func supersededAndNotSeated() async throws {
        let fixture = try await WorkbenchFixture.demo(officeKey: true)
        let key = try #require(fixture.officeKey)
        try await fixture.test { client in
            let map = DemoMap(try await client.getJSON("/api/meetings/1/map").1)
            let members = map.members
            try #require(members.count >= 3)
            let (moved, other, cancelled) = (members[0], members[members.count - 1], members[1])
            // A pass printed from version 1, scanned while version 1 is current: the desk opens now.
            let (_, before) = try await Self.scan(client, try Self.code(cancelled, key: key), scanID: UUID().uuidString)
            #expect(before.text("state") == "admitted")
            let (status, applied) = try await client.postJSON(
                "/api/meetings/1/changes/apply",
                [
                    "baseVersion": 1, "confirm": true,
                    "operations": [
                        ["op": "swap", "attendee": moved.text("attendee") ?? "", "with": other.text("attendee") ?? ""],
                        ["op": "cancel", "attendee": cancelled.text("attendee") ?? ""],
                    ],
                ])
            try #require(status == .created, "\(applied)")
            let (_, superseded) = try await Self.scan(client, try Self.code(moved, key: key))
            #expect(superseded.text("state") == "refused")
            #expect(superseded.text("reason") == "superseded")
            #expect(superseded.text("seat_label") == other.text("label"), "\(superseded)")
            #expect(superseded.text("message")?.contains("现座位 \(other.text("label") ?? "?")") == true)
            #expect(superseded.int("plan_version") == 2)
            let (_, notSeated) = try await Self.scan(client, try Self.code(cancelled, key: key))
            #expect(notSeated.text("state") == "refused")
            #expect(notSeated.text("reason") == "not-seated", "\(notSeated)")
            // A pass reprinted from version 2 is admitted.
            let reprinted = try PassCode(
                meeting: MeetingID(rawValue: 1), planVersion: 2, attendee: moved.text("attendee") ?? "",
                seat: other.text("seat") ?? ""
            ).text(signedBy: key)
            #expect(try await Self.scan(client, reprinted).1.text("state") == "admitted")
        }
    }

    @Test("A unit account may not scan or read attendance; a scan without the CSRF token records nothing")
    func access() async throws {
        let fixture = try await WorkbenchFixture.demo(officeKey: true)
        let key = try #require(fixture.officeKey)
        let code = try await fixture.test { client in
            let person = try #require(DemoMap(try await client.getJSON("/api/meetings/1/map").1).members.first)
            return try Self.code(person, key: key)
        }
        let unit = try await fixture.unitSession(login: "dongqiao", unit: PortalTests.town)
        try await fixture.test(as: unit) { client in
            let scanned = try await Self.scan(client, code).0
            #expect(scanned == .forbidden)
            let read = try await client.getJSON("/api/meetings/1/attendance").0
            #expect(read == .forbidden)
        }
        let staff = fixture.staff
        try await fixture.test(as: .some(nil)) { client in
            let body = try JSONSerialization.data(withJSONObject: ["code": code, "door": "东门", "scan_id": "x-1"])
            var headers: HTTPFields = [.contentType: "application/json", .cookie: "seatplan_session=\(staff.session)"]
            headers[try #require(HTTPField.Name("X-SeatPlan-Request"))] = "1"
            let status = try await client.execute(
                uri: "/api/meetings/1/checkins", method: .post, headers: headers, body: ByteBuffer(bytes: body)
            ) { $0.status }
            #expect(status == .forbidden)
            let anonymous = try await Self.scan(client, code).0
            #expect(anonymous == .unauthorized)
        }
        #expect(try Self.count("SELECT count(*) FROM door_scans", in: fixture) == 0)
    }

    @Test("Two doors scanning 40 different people at once check in all 40; attendance counts them")
    func twoDoors() async throws {
        let fixture = try await WorkbenchFixture.demo(officeKey: true)
        let key = try #require(fixture.officeKey)
        try await fixture.test { client in
            let map = DemoMap(try await client.getJSON("/api/meetings/1/map").1)
            let rostrum = map.rostrum
            let people = Array((rostrum.prefix(1) + map.members).prefix(40))
            try #require(people.count == 40)
            let codes = try people.map { try Self.code($0, key: key) }
            let states = try await withThrowingTaskGroup(of: String.self) { group in
                for (index, code) in codes.enumerated() {
                    group.addTask {
                        try await Self.scan(client, code, door: index % 2 == 0 ? "东门" : "西门").1.text("state") ?? ""
                    }
                }
                return try await group.reduce(into: [String]()) { $0.append($1) }
            }
            #expect(states.filter { $0 == "admitted" }.count == 40, "\(states)")
            let (status, attendance) = try await client.getJSON("/api/meetings/1/attendance")
            #expect(status == .ok)
            #expect(attendance.object("total").int("arrived") == 40)
            #expect(Set(attendance["arrived"] as? [String] ?? []) == Set(people.compactMap { $0.text("attendee") }))
            let roles = attendance.list("roles")
            #expect(roles.first?.text("role") == "rostrum")
            #expect(roles.first?.int("arrived") == 1)
            #expect(roles.first?.int("expected") == rostrum.count)
            let members = roles.first { $0.text("role") == "member" }
            #expect(members?.int("arrived") == 39)
            let units = attendance.list("units")
            #expect(units.reduce(0) { $0 + ($1.int("arrived") ?? 0) } == 40)
            #expect(units.reduce(0) { $0 + ($1.int("expected") ?? 0) } == map.people.count)
            // The rostrum's missing: everyone but the first, in precedence order.
            let missing = attendance.list("rostrum_missing").compactMap { $0.text("attendee") }
            #expect(missing == rostrum.dropFirst().compactMap { $0.text("attendee") })
            #expect(attendance.text("office_key") == key.publicKey.fingerprint)
        }
        #expect(try Self.count("SELECT count(*) FROM door_scans", in: fixture) == 40)
        #expect(try Self.count("SELECT count(*) FROM checkins", in: fixture) == 40)
    }

    @Test("Without an office key the door answers 409 saying to run keys init, and records nothing")
    func noOfficeKey() async throws {
        let fixture = try await WorkbenchFixture.demo()
        try await fixture.test { client in
            let (status, answer) = try await Self.scan(client, "SP1AAAA")
            #expect(status == .conflict)
            #expect(answer.object("error").text("message")?.contains("seatplan keys init") == true)
            let (_, attendance) = try await client.getJSON("/api/meetings/1/attendance")
            #expect(attendance["office_key"] == nil)
            #expect(attendance.object("total").int("arrived") == 0)
            let (bad, problem) = try await client.postJSON(
                "/api/meetings/1/checkins", ["code": "x", "door": "东门", "scan_id": "not a uuid!"])
            #expect(bad == .unprocessableContent)
            #expect(problem.object("error").text("field") == "scan_id")
        }
        #expect(try Self.count("SELECT count(*) FROM door_scans", in: fixture) == 0)
    }

    @Test("Passes print as a PDF when the server holds the office key, and answer 409 without one")
    func passesPrint() async throws {
        let fixture = try await WorkbenchFixture.demo(officeKey: true)
        try await fixture.test { client in
            let (status, type, size) = try await client.execute(uri: "/api/meetings/1/print/passes", method: .get) {
                ($0.status, $0.headers[.contentType], $0.body.readableBytes)
            }
            #expect(status == .ok)
            #expect(type == "application/pdf")
            #expect(size > 10_000)
        }
        let plain = try await WorkbenchFixture.demo()
        try await plain.test { client in
            let (status, answer) = try await client.getJSON("/api/meetings/1/print/passes")
            #expect(status == .conflict)
            #expect(answer.object("error").text("message")?.contains("seatplan keys init") == true)
        }
    }
}
