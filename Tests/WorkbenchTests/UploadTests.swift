import ExchangeBridge
import ExchangePostgres
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

    @Test("Uploads arriving together are committed together, each answered with its own version")
    func simultaneousUploads() async throws {
        let fixture = try await WorkbenchFixture.demo()
        let units = ["市委", "市人大常委会", "市政协"]
        let store = try await ExchangeStorageFactory.open(fixture.folder.appendingPathComponent("exchange.sqlite").path)
        let earlier = try await store.submissions(meeting: MeetingID(rawValue: 1), unitNamed: nil)
        let answers = try await fixture.test { client in
            try await withThrowingTaskGroup(of: (String, HTTPResponse.Status, Int?).self) { group in
                for round in 1...8 {
                    for unit in units {
                        group.addTask {
                            let csv =
                                "id,name,unit,unit_order,precedence,role,title,gender,tags\n"
                                + "\(unit)-\(round),名\(round),\(unit),1,\(round),member,,,\n"
                            let query = unit.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                            let (status, answer) = try await client.post(
                                "/api/meetings/1/rosters?unit=\(query)&file=r\(round).csv", Data(csv.utf8))
                            return (unit, status, answer.int("version"))
                        }
                    }
                }
                var all: [(String, HTTPResponse.Status, Int?)] = []
                for try await answer in group { all.append(answer) }
                return all
            }
        }
        #expect(answers.allSatisfy { $0.1 == .created })
        for unit in units {
            let before = earlier.count { $0.unitName == unit }
            let expected = Array(before + 1...before + 8)
            #expect(Set(answers.filter { $0.0 == unit }.compactMap(\.2)) == Set(expected), "\(unit)")
            let submissions = try await store.submissions(meeting: MeetingID(rawValue: 1), unitNamed: unit)
            #expect(submissions.map(\.version) == Array(1...before + 8))
            #expect(submissions.filter(\.isCurrent).map(\.version) == [before + 8])
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
