import Foundation
import HTTPTypes
import Testing

@Suite("Workbench: late changes from the map")
struct ChangeRouteTests {
    @Test("Cancelling the fourth-ranked rostrum member proposes moves, checked, within the bound")
    func previewCancel() async throws {
        let fixture = try await WorkbenchFixture.demo()
        try await fixture.test { client in
            let map = DemoMap(try await client.getJSON("/api/meetings/1/map").1)
            let fourth = try #require(map.rostrum.dropFirst(3).first?.text("attendee"))
            let (status, preview) = try await client.postJSON(
                "/api/meetings/1/changes/preview",
                ["baseVersion": 1, "operations": [["op": "cancel", "attendee": fourth]]])
            #expect(status == .ok)
            let moves = preview.list("moves")
            #expect(!moves.isEmpty)
            #expect(moves.allSatisfy { $0.text("fromLabel")?.hasPrefix("主席台") == true })
            let cost = try #require(preview["moveCost"] as? Double)
            let bound = try #require(preview["moveBound"] as? Double)
            #expect(bound <= cost)
            #expect(preview.object("check").int("violations") == 0)
            #expect(preview["needsConfirmation"] as? Bool == false)
            #expect(preview.list("unseated").map { $0.text("attendee") } == [fourth])
            // A preview stores nothing.
            #expect(try await client.getJSON("/api/meetings/1/versions").1.list("versions").count == 1)
        }
    }

    @Test("Apply stores the next version; a change on the old version is refused and changes nothing")
    func applyThenStale() async throws {
        let fixture = try await WorkbenchFixture.demo()
        try await fixture.test { client in
            let map = DemoMap(try await client.getJSON("/api/meetings/1/map").1)
            let first = try #require(map.members.first?.text("attendee"))
            let second = try #require(map.members.last?.text("attendee"))
            let (applied, answer) = try await client.postJSON(
                "/api/meetings/1/changes/apply",
                ["baseVersion": 1, "operations": [["op": "cancel", "attendee": first]], "requestId": "req-1"])
            #expect(applied == .created)
            #expect(answer.int("version") == 2)

            let (stale, error) = try await client.postJSON(
                "/api/meetings/1/changes/apply",
                ["baseVersion": 1, "operations": [["op": "cancel", "attendee": second]], "requestId": "req-2"])
            #expect(stale == .conflict)
            #expect(error.object("error").int("latestVersion") == 2)
            #expect(try await client.getJSON("/api/meetings/1/versions").1.list("versions").count == 2)

            #expect(try await client.getJSON("/api/meetings/1/changes/req-1").1["applied"] as? Bool == true)
            #expect(try await client.getJSON("/api/meetings/1/changes/req-1").1.int("version") == 2)
            #expect(try await client.getJSON("/api/meetings/1/changes/req-2").1["applied"] as? Bool == false)

            let (_, diff) = try await client.getJSON("/api/meetings/1/versions/diff?from=1&to=2")
            #expect(diff.list("unseated").map { $0.text("attendee") } == [first])
        }
    }

    @Test("A manual move into another role's zone needs a confirmation, recorded as an exemption")
    func manualMoveNeedsConfirmation() async throws {
        let fixture = try await WorkbenchFixture.demo()
        try await fixture.test { client in
            let mapObject = try await client.getJSON("/api/meetings/1/map").1
            let map = DemoMap(mapObject)
            let member = try #require(map.members.first?.text("attendee"))
            let taken = Set(map.people.compactMap { $0.text("seat") })
            let pressSeat = try #require(
                mapObject.list("seats").first {
                    ($0["zones"] as? [String])?.contains("press") == true && !taken.contains($0.text("id") ?? "")
                        && $0["unavailable"] == nil
                }?.text("id"))
            let change: [String: Any] = [
                "baseVersion": 1, "operations": [["op": "pin", "attendee": member, "seat": pressSeat]],
            ]
            let (_, preview) = try await client.postJSON("/api/meetings/1/changes/preview", change)
            #expect(preview["needsConfirmation"] as? Bool == true)
            #expect(preview.object("check").list("findings").contains { $0.text("rule") == "H1" })
            #expect(preview["exemptions"] as? [String] == [member])

            let (refused, _) = try await client.postJSON("/api/meetings/1/changes/apply", change)
            #expect(refused == .preconditionRequired)
            var confirmed = change
            confirmed["confirm"] = true
            let (applied, answer) = try await client.postJSON("/api/meetings/1/changes/apply", confirmed)
            #expect(applied == .created)
            #expect(answer.int("version") == 2)
            let (_, moved) = try await client.getJSON("/api/meetings/1/map?version=2")
            #expect(DemoMap(moved).people.first { $0.text("attendee") == member }?.text("seat") == pressSeat)
        }
    }

    @Test("A swap pins each person to the other's seat")
    func swap() async throws {
        let fixture = try await WorkbenchFixture.demo()
        try await fixture.test { client in
            let map = DemoMap(try await client.getJSON("/api/meetings/1/map").1)
            let (a, b) = (try #require(map.members.first), try #require(map.members.dropFirst(1).first))
            let (_, preview) = try await client.postJSON(
                "/api/meetings/1/changes/preview",
                [
                    "baseVersion": 1,
                    "operations": [
                        ["op": "swap", "attendee": a.text("attendee") ?? "", "with": b.text("attendee") ?? ""]
                    ],
                ])
            let moves = preview.list("moves")
            #expect(moves.first { $0.text("attendee") == a.text("attendee") }?.text("to") == b.text("seat"))
            #expect(moves.first { $0.text("attendee") == b.text("attendee") }?.text("to") == a.text("seat"))
        }
    }

    @Test(
        "Bad changes name the field and change nothing",
        arguments: [
            (#"{"baseVersion": 1, "operations": [{"op": "cancel"}]}"#, "[1].attendee"),
            (#"{"baseVersion": 1, "operations": [{"op": "fly", "attendee": "A00001"}]}"#, "[1].op"),
            (#"{"operations": [{"op": "cancel", "attendee": "A00001"}]}"#, "baseVersion"),
            (#"{"baseVersion": 1, "operations": []}"#, "operations"),
            (#"{"baseVersion": 1, "operations": [{"op": "swap", "attendee": "A00001"}]}"#, "[1].with"),
        ])
    func badChanges(body: String, field: String) async throws {
        let fixture = try await WorkbenchFixture.demo()
        try await fixture.test { client in
            let (status, answer) = try await client.post("/api/meetings/1/changes/preview", Data(body.utf8))
            #expect(status == .unprocessableContent)
            #expect(answer.object("error").text("field") == field, "\(answer)")
            #expect(try await client.getJSON("/api/meetings/1/versions").1.list("versions").count == 1)
        }
    }

    @Test("A change naming someone who is not in the plan is 404 and changes nothing")
    func unknownAttendee() async throws {
        let fixture = try await WorkbenchFixture.demo()
        try await fixture.test { client in
            for operation: [String: Any] in [
                ["op": "cancel", "attendee": "NOPE"], ["op": "pin", "attendee": "NOPE", "seat": "h1-1-1"],
                ["op": "substitute", "attendee": "NOPE", "by": ["id": "X1", "name": "某某"]],
            ] {
                let (status, answer) = try await client.postJSON(
                    "/api/meetings/1/changes/apply", ["baseVersion": 1, "operations": [operation]])
                #expect(status == .notFound)
                #expect(answer.object("error").text("message")?.contains("NOPE") == true)
            }
            #expect(try await client.getJSON("/api/meetings/1/versions").1.list("versions").count == 1)
        }
    }

    @Test("Restoring an old version makes it the newest, with its seats")
    func restore() async throws {
        let fixture = try await WorkbenchFixture.demo()
        try await fixture.test { client in
            let map = DemoMap(try await client.getJSON("/api/meetings/1/map").1)
            let person = try #require(map.members.first?.text("attendee"))
            _ = try await client.postJSON(
                "/api/meetings/1/changes/apply",
                ["baseVersion": 1, "operations": [["op": "cancel", "attendee": person]]])
            let (stale, _) = try await client.postJSON("/api/meetings/1/versions/1/restore", ["baseVersion": 1])
            #expect(stale == .conflict)
            let (status, answer) = try await client.postJSON("/api/meetings/1/versions/1/restore", ["baseVersion": 2])
            #expect(status == .created)
            #expect(answer.int("version") == 3)
            let seats = { (version: Int) async throws -> [String] in
                DemoMap(try await client.getJSON("/api/meetings/1/map?version=\(version)").1).people.map { person in
                    "\(person.text("attendee") ?? "")@\(person.text("seat") ?? "")"
                }.sorted()
            }
            #expect(try await seats(3) == (try await seats(1)))
        }
    }
}
