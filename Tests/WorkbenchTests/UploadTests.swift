import Foundation
import HTTPTypes
import Testing

@Suite("Workbench: uploads and Plan now")
struct UploadTests {
    @Test("A roster with a bad row is stored; the answer names the file, line and field of the rejected row")
    func rosterWithBadRow() async throws {
        let fixture = try await WorkbenchFixture.demo()
        try await fixture.test { client in
            let csv = """
                id,name,unit,unit_order,precedence,role,title,gender,tags
                Z1,甲一,市委,1,900,member,,,
                Z2,乙二,市委,1,zero,member,,,

                """
            let (status, answer) = try await client.post(
                "/api/meetings/1/rosters?unit=%E5%B8%82%E5%A7%94&file=shiwei.csv", Data(csv.utf8))
            #expect(status == .created)
            #expect(answer.int("accepted") == 1)
            #expect(answer.int("rejected") == 1)
            let problem = try #require(answer.list("problems").first)
            #expect(problem.text("file") == "shiwei.csv")
            #expect(problem.int("line") == 3)
            #expect(problem.text("field") == "precedence")
            let (_, overview) = try await client.getJSON("/api/meetings/1")
            #expect(overview.list("units").first { $0.text("name") == "市委" }?.text("status") == "rejected-rows")
        }
    }

    @Test("An unreadable roster, an unknown unit or a missing unit is refused with a message")
    func refusedUploads() async throws {
        let fixture = try await WorkbenchFixture.demo()
        try await fixture.test { client in
            let (binary, failure) = try await client.post(
                "/api/meetings/1/rosters?unit=%E5%B8%82%E5%A7%94", Data([0, 1, 2, 0xFF]))
            #expect(binary == .unprocessableContent)
            #expect(!(failure.object("error").text("message") ?? "").isEmpty)
            #expect(try await client.post("/api/meetings/1/rosters?unit=NOPE", Data("id\n".utf8)).0 == .notFound)
            #expect(try await client.post("/api/meetings/1/rosters", Data("id\n".utf8)).0 == .badRequest)
        }
    }

    @Test("units.csv with a bad line is refused with its line and field, and no unit is added")
    func badUnits() async throws {
        let fixture = try await WorkbenchFixture.demo()
        try await fixture.test { client in
            let (status, answer) = try await client.post(
                "/api/meetings/1/units", Data("unit,unit_order\n新单位,first\n".utf8))
            #expect(status == .unprocessableContent)
            let problem = try #require(answer.object("error").list("problems").first)
            #expect(problem.int("line") == 2)
            #expect(problem.text("field") == "unit_order")
            #expect(try await client.getJSON("/api/meetings/1").1.list("units").count == 40)
        }
    }

    @Test("Plan now plans the pulled rosters as the next version and answers with the summary")
    func planNow() async throws {
        let fixture = try await WorkbenchFixture.demo()
        try await fixture.test { client in
            let (status, answer) = try await client.postJSON("/api/meetings/1/plan", [:])
            #expect(status == .created)
            #expect(answer.int("version") == 2)
            let summary = (answer["summary"] as? [String] ?? []).joined(separator: "\n")
            #expect(summary.contains("Planned 350 people from 40 units"))
            #expect(summary.contains("violations  0"))
        }
    }
}
