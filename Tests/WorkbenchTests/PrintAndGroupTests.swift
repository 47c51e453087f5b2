import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import TestSupport
import Testing

@Suite("Workbench: prints and discussion groups")
struct PrintAndGroupTests {
    /// GETs a PDF: status, content type and bytes.
    private func pdf(_ client: any TestClientProtocol, _ uri: String) async throws -> (
        HTTPResponse.Status, String?, Data
    ) {
        try await client.execute(uri: uri, method: .get) { response in
            (response.status, response.headers[.contentType], Data(response.body.readableBytesView))
        }
    }

    @Test("Every print of a plan version downloads as a PDF holding its people")
    func prints() async throws {
        let fixture = try await WorkbenchFixture.demo()
        try await fixture.test { client in
            for kind in ["chart", "wall-chart", "rostrum-chart", "cards", "list", "labels"] {
                let (status, type, data) = try await pdf(client, "/api/meetings/1/print/\(kind)")
                #expect(status == .ok, "\(kind)")
                #expect(type == "application/pdf")
                #expect(data.starts(with: Data("%PDF".utf8)), "\(kind)")
            }
            let cards = try PDFInspection.text(of: try await pdf(client, "/api/meetings/1/print/cards").2)
            #expect(cards.contains("张明国"))
        }
    }

    @Test("After a substitution the changed cards hold the substitute's name and nobody unchanged")
    func changedCards() async throws {
        let fixture = try await WorkbenchFixture.demo()
        try await fixture.test { client in
            let map = DemoMap(try await client.getJSON("/api/meetings/1/map").1)
            let replaced = try #require(map.members.first?.text("attendee"))
            let (status, _) = try await client.postJSON(
                "/api/meetings/1/changes/apply",
                [
                    "baseVersion": 1,
                    "operations": [
                        ["op": "substitute", "attendee": replaced, "by": ["id": "B90001", "name": "欧阳明远"]]
                    ],
                ])
            #expect(status == .created)
            let (printed, _, data) = try await pdf(client, "/api/meetings/1/print/changed-cards?version=2")
            #expect(printed == .ok)
            let text = try PDFInspection.text(of: data)
            #expect(text.contains("欧阳明远"))
            #expect(!text.contains("张明国"))
        }
    }

    @Test("Groups are formed from the rosters, stored, shown and printed")
    func groups() async throws {
        let fixture = try await WorkbenchFixture.demo()
        try await fixture.test { client in
            #expect(try await client.getJSON("/api/meetings/1/groups").1.list("groups").isEmpty)
            #expect(try await pdf(client, "/api/meetings/1/print/groups").0 == .notFound)
            let (formed, plan) = try await client.postJSON("/api/meetings/1/groups", [:])
            #expect(formed == .created)
            let groups = plan.list("groups")
            #expect(groups.count >= 2)
            let people = groups.flatMap { $0["members"] as? [String] ?? [] }
            #expect(Set(people).count == people.count)
            #expect(try await client.getJSON("/api/meetings/1/groups").1.list("groups").count == groups.count)
            let (printed, _, data) = try await pdf(client, "/api/meetings/1/print/groups")
            #expect(printed == .ok)
            #expect(try PDFInspection.text(of: data).contains(groups.first?.text("name") ?? "?"))
        }
    }
}
