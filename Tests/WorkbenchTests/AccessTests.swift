import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import Workbench

@Suite("Workbench: who may ask")
struct AccessTests {
    @Test("Writes without the pages' request header are refused, and nothing is written")
    func forgedWrite() async throws {
        let fixture = try await WorkbenchFixture.demo()
        try await fixture.test { client in
            let (status, _) = try await client.postJSON(
                "/api/meetings/1/changes/apply",
                ["baseVersion": 1, "operations": [["op": "cancel", "attendee": "A00001"]]], pageHeader: false)
            #expect(status == .forbidden)
            let (plan, _) = try await client.postJSON("/api/meetings/1/plan", [:], pageHeader: false)
            #expect(plan == .forbidden)
            #expect(try await client.getJSON("/api/meetings/1/versions").1.list("versions").count == 1)
        }
    }

    @Test(
        "On loopback only loopback host names are answered (a page cannot rebind its own name to us)",
        arguments: [
            ("127.0.0.1:8080", true), ("localhost:8080", true), ("[::1]:8080", true), ("localhost", true),
            ("127.0.0.1", true), ("evil.example:8080", false), ("evil.example", false), ("", false),
            ("127.0.0.1.evil.example", false), ("127.0.0.300", false), ("10.0.0.5:8080", false),
        ])
    func loopbackHosts(host: String, answered: Bool) {
        #expect(AccessGuard.isLoopbackHost(host) == answered)
    }

    @Test("Every answer carries the security headers")
    func securityHeaders() async throws {
        let fixture = try await WorkbenchFixture.demo()
        try await fixture.test { client in
            for path in ["/", "/api/meetings", "/api/nothing"] {
                try await client.execute(uri: path, method: .get) { response in
                    let policy = response.headers[HTTPField.Name("Content-Security-Policy")!] ?? ""
                    #expect(policy.contains("default-src 'self'") && policy.contains("frame-ancestors 'none'"))
                    #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
                }
            }
        }
    }
}
