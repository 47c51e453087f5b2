import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import Workbench

@Suite("Workbench: the API's contract")
struct APIContractTests {
    @Test("The OpenAPI document describes every route, and every described route answers")
    func openAPI() async throws {
        let fixture = try await WorkbenchFixture.demo()
        try await fixture.test { client in
            let (status, document) = try await client.getJSON("/api/openapi.json")
            #expect(status == .ok)
            #expect(document.text("openapi") == "3.1.0")
            let paths = document.object("paths")
            for entry in APICatalog.entries {
                #expect((paths[entry.path] as? [String: Any])?[entry.method] != nil, "\(entry.method) \(entry.path)")
                let uri = APIContractTests.probe(entry.path)
                guard uri != "/api/meetings/1/events" else { continue }  // a stream: see the browser tests
                let (answer, body) =
                    entry.method == "get"
                    ? try await client.getJSON(uri) : try await client.post(uri, Data("{bad".utf8))
                // Each route exists: whatever its answer to this probe, it is not "no such route".
                #expect(body.object("error").text("message") != "no such page or API route", "\(uri)")
                #expect(answer.code < 500, "\(entry.method) \(uri) answered \(answer)")
            }
        }
    }

    /// A catalogue path with every parameter filled in (ids of the demo meeting).
    static func probe(_ path: String, ids: [String: String] = [:]) -> String {
        var uri = path
        let defaults = [
            "meeting": "1", "version": "1", "kind": "chart", "request": "none", "notice": "1", "attachment": "1",
            "unit": "1", "account": "1",
        ]
        for (name, value) in defaults.merging(ids, uniquingKeysWith: { _, given in given }) {
            uri = uri.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return uri
    }

    @Test(
        "Unknown ids are 404 with a message, malformed input 400, never a 500",
        arguments: [
            ("GET", "/api/meetings/99", 404), ("GET", "/api/meetings/abc", 404),
            ("GET", "/api/meetings/1/map?version=9", 404),
            ("GET", "/api/meetings/1/map?version=x", 400), ("GET", "/api/meetings/-1/map", 404),
            ("GET", "/api/meetings/1/print/poster", 404), ("GET", "/api/meetings/1/print/changed-cards", 404),
            ("GET", "/api/meetings/1/versions/diff?from=1", 400),
            ("GET", "/api/meetings/1/versions/diff?from=1&to=7", 404),
            ("GET", "/meetings/abc/map", 404), ("GET", "/assets/nothing.js", 404), ("GET", "/api/nothing", 404),
            ("POST", "/api/meetings", 400), ("POST", "/api/meetings/1/changes/preview", 400),
            ("POST", "/api/meetings/1/versions/1/restore", 400), ("POST", "/api/meetings/99/plan", 404),
        ])
    func errors(method: String, uri: String, expected: Int) async throws {
        let fixture = try await WorkbenchFixture.demo()
        try await fixture.test { client in
            let (status, body) =
                method == "GET" ? try await client.getJSON(uri) : try await client.post(uri, Data("{not json".utf8))
            #expect(status.code == expected, "\(method) \(uri): \(body)")
            let message = body.object("error").text("message") ?? ""
            #expect(!message.isEmpty)
            #expect(!message.contains("Swift") && !message.contains(".swift:"))
        }
    }
}
