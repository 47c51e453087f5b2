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

    @Test("Off loopback the console needs the token: 401 without it, a cookie from the token URL")
    func token() async throws {
        let fixture = try await WorkbenchFixture.demo(host: "0.0.0.0", token: "s3cret-token")
        #expect(fixture.server.accessToken == "s3cret-token")
        try await fixture.test { client in
            for path in ["/", "/api/meetings", "/meetings/1/map", "/api/meetings/1/map", "/assets/app.css"] {
                #expect(try await client.getJSON(path).0 == .unauthorized, "\(path)")
            }
            let (wrong, _) = try await client.getJSON("/?token=guess")
            #expect(wrong == .unauthorized)
            try await client.execute(uri: "/meetings/1/map?token=s3cret-token", method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/meetings/1/map")
                let cookie = response.headers[.setCookie] ?? ""
                #expect(cookie.contains("seatplan_token=s3cret-token"))
                #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
            }
            try await client.execute(
                uri: "/api/meetings", method: .get, headers: [.cookie: "seatplan_token=s3cret-token"]
            ) { response in #expect(response.status == .ok) }
            try await client.execute(
                uri: "/api/meetings", method: .get, headers: [.authorization: "Bearer s3cret-token"]
            ) { response in #expect(response.status == .ok) }
        }
    }

    @Test("A server bound off loopback without a given token makes a long random one")
    func generatedToken() async throws {
        let fixture = try await WorkbenchFixture.demo(host: "0.0.0.0")
        let token = try #require(fixture.server.accessToken)
        #expect(token.count == 64)
        let other = try await WorkbenchFixture.demo(host: "0.0.0.0")
        #expect(other.server.accessToken != token)
        #expect(try await WorkbenchFixture.demo().server.accessToken == nil)
    }

    @Test(
        "On loopback only loopback host names are answered (a page cannot rebind its own name to us)",
        arguments: [
            ("127.0.0.1:8080", true), ("localhost:8080", true), ("[::1]:8080", true), ("localhost", true),
            ("127.0.0.1", true), ("evil.example:8080", false), ("evil.example", false), ("", false),
            ("127.0.0.1.evil.example", false), ("127.0.0.300", false), ("10.0.0.5:8080", false),
        ])
    func loopbackHosts(host: String, answered: Bool) {
        #expect(AccessGuard<BasicRequestContext>.isLoopbackHost(host) == answered)
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
