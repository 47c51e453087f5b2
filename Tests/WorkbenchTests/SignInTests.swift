import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import TestSupport
import Testing

@testable import Workbench

/// Sign-in, sessions, CSRF, throttling and activation, through the routes.
@Suite("Workbench: accounts and sessions")
struct SignInTests {
    static let pageHeader: HTTPFields = [.contentType: "application/json", HTTPField.Name("X-SeatPlan-Request")!: "1"]

    @Test("Without a session pages go to the sign-in page and the API answers 401; assets stay open")
    func signedOut() async throws {
        let fixture = try await WorkbenchFixture.demo()
        try await fixture.test(as: .some(nil)) { client async throws in
            for path in ["/", "/meetings/1/map", "/portal", "/accounts"] {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == .seeOther, "\(path)")
                    #expect(response.headers[.location]?.hasPrefix("/sign-in") == true, "\(path)")
                }
            }
            for path in [
                "/api/meetings", "/api/meetings/1/map", "/api/accounts", "/api/portal/meetings", "/api/session",
            ] {
                #expect(try await client.getJSON(path).0 == .unauthorized, "\(path)")
            }
            for path in ["/sign-in", "/activate", "/assets/app.css", "/assets/common.js"] {
                #expect(try await client.getJSON(path).0 == .ok, "\(path)")
            }
        }
    }

    @Test(
        "A good password signs in with HttpOnly, SameSite=Strict cookies; a wrong one or an unknown login says the same"
    )
    func signIn() async throws {
        let fixture = try await WorkbenchFixture.demo()
        try await fixture.test(as: .some(nil)) { client async throws in
            let wrong = try await client.postJSON("/api/session", ["login": "admin", "password": "not-the-password"])
            let unknown = try await client.postJSON("/api/session", ["login": "nobody", "password": "whatever-it-is"])
            #expect(wrong.0 == .unauthorized && unknown.0 == .unauthorized)
            #expect(wrong.1.object("error").text("message") == unknown.1.object("error").text("message"))
            let body = try JSONSerialization.data(
                withJSONObject: ["login": "ADMIN", "password": WorkbenchFixture.staffPassword])
            try await client.execute(
                uri: "/api/session", method: .post, headers: Self.pageHeader, body: ByteBuffer(bytes: body)
            ) { response in
                #expect(response.status == .ok)
                let cookies = response.headers[values: .setCookie]
                let session = try #require(cookies.first { $0.hasPrefix("seatplan_session=") })
                #expect(
                    session.contains("HttpOnly") && session.contains("SameSite=Strict") && !session.contains("Secure"))
                #expect(cookies.contains { $0.hasPrefix("seatplan_csrf=") && $0.contains("SameSite=Strict") })
            }
        }
    }

    @Test("Under TLS the session cookies are Secure")
    func secureCookies() async throws {
        let folder = try ProcessRunner.temporaryDirectory("tls")
        let tls = try TLSFixture.selfSigned(in: folder)
        let fixture = try await WorkbenchFixture.demo(tls: tls)
        try await fixture.test(as: .some(nil)) { client async throws in
            let body = try JSONSerialization.data(
                withJSONObject: ["login": "admin", "password": WorkbenchFixture.staffPassword])
            try await client.execute(
                uri: "/api/session", method: .post, headers: Self.pageHeader, body: ByteBuffer(bytes: body)
            ) { response in
                #expect(response.headers[values: .setCookie].allSatisfy { $0.contains("; Secure") })
            }
        }
    }

    @Test("A signed-in write without its CSRF token, or with another, is refused and writes nothing")
    func csrf() async throws {
        let fixture = try await WorkbenchFixture.demo()
        try await fixture.test { client async throws in
            let apply = try JSONSerialization.data(
                withJSONObject: ["baseVersion": 1, "operations": [["op": "cancel", "attendee": "A00001"]]])
            for token in ["", String(repeating: "0", count: 64)] {
                var headers = Self.pageHeader
                headers[HTTPField.Name("X-CSRF-Token")!] = token
                try await client.execute(
                    uri: "/api/meetings/1/changes/apply", method: .post, headers: headers,
                    body: ByteBuffer(bytes: apply)
                ) { response in #expect(response.status == .forbidden) }
            }
            #expect(try await client.getJSON("/api/meetings/1/versions").1.list("versions").count == 1)
        }
    }

    @Test("Signing out ends the session on the server, not only in the browser")
    func signOut() async throws {
        let fixture = try await WorkbenchFixture.demo()
        try await fixture.test { client async throws in
            #expect(try await client.getJSON("/api/session").0 == .ok)
            #expect(try await client.postJSON("/api/session/sign-out", [:]).0 == .ok)
            #expect(try await client.getJSON("/api/session").0 == .unauthorized)
        }
    }

    @Test("Repeated failures are slowed (429) even with the right password next, then the account locks")
    func throttling() async throws {
        let frozen = Date()
        let fixture = try await WorkbenchFixture.demo(now: { frozen })
        try await fixture.test(as: .some(nil)) { client async throws in
            // The clock stands still: the free failures are 401, then every attempt must wait (429).
            var answers: [HTTPResponse.Status] = []
            for _ in 0..<(SignInThrottle.freeFailures + 3) {
                answers.append(
                    try await client.postJSON("/api/session", ["login": "admin", "password": "guess-guess"]).0)
            }
            #expect(answers.prefix(SignInThrottle.freeFailures).allSatisfy { $0 == .unauthorized })
            #expect(answers.suffix(3).allSatisfy { $0 == .tooManyRequests }, "\(answers.map(\.code))")
            let right = ["login": "admin", "password": WorkbenchFixture.staffPassword]
            #expect(try await client.postJSON("/api/session", right).0 == .tooManyRequests)
        }
        let now = Date()
        #expect(SignInThrottle.wait(for: (3, now, nil), now: now) == nil)
        #expect(SignInThrottle.wait(for: (6, now, nil), now: now) == 4)
        #expect(SignInThrottle.wait(for: (6, now.addingTimeInterval(-5), nil), now: now) == nil)
        #expect(SignInThrottle.lockUntil(afterFailures: SignInThrottle.lockAfter - 1, now: now) != nil)
        #expect(SignInThrottle.wait(for: (0, nil, now.addingTimeInterval(600)), now: now) == 600)
    }

    @Test("An activation code works once; a short password is refused; codes are typed loosely")
    func activation() async throws {
        let fixture = try await WorkbenchFixture.demo()
        let code = try await fixture.test { client async throws in
            let (status, issued) = try await client.postJSON(
                "/api/accounts", ["login": "yuquan", "kind": "unit", "unit": "玉泉县人民政府"])
            #expect(status == .created)
            return try #require(issued.text("code"))
        }
        try await fixture.test(as: .some(nil)) { client async throws in
            #expect(try await client.postJSON("/api/activate", ["code": code, "password": "short"]).0 == .badRequest)
            let typed = code.lowercased().replacingOccurrences(of: "-", with: " ")
            #expect(try await client.postJSON("/api/activate", ["code": typed, "password": "long-enough-1"]).0 == .ok)
            #expect(
                try await client.postJSON("/api/activate", ["code": code, "password": "long-enough-2"]).0 == .badRequest
            )
        }
    }

    @Test("Password hashes are PBKDF2-SHA256 with at least 600,000 rounds by default, salted and verifiable")
    func passwordHashes() throws {
        #expect(WorkbenchServer.Configuration(store: "x").passwordIterations >= 600_000)
        let hasher = PasswordHasher()
        let first = try hasher.hash("correct horse battery")
        let second = try hasher.hash("correct horse battery")
        #expect(first.hasPrefix("pbkdf2-sha256$600000$") && first != second)
        #expect(hasher.verify("correct horse battery", against: first))
        #expect(!hasher.verify("correct horse batterz", against: first))
        #expect(!hasher.verify("anything", against: "garbage"))
    }

    @Test("Staff pages and API refuse unit accounts; the portal refuses staff")
    func kinds() async throws {
        let fixture = try await WorkbenchFixture.demo()
        let unit = try await fixture.unitSession(login: "dongqiao", unit: "东桥镇人民政府")
        try await fixture.test(as: .some(unit)) { client async throws in
            #expect(try await client.getJSON("/api/meetings").0 == .forbidden)
            #expect(try await client.getJSON("/api/accounts").0 == .forbidden)
            try await client.execute(uri: "/meetings/1/map", method: .get) { response in
                #expect(response.status == .seeOther && response.headers[.location] == "/portal")
            }
            #expect(try await client.getJSON("/api/portal/meetings").0 == .ok)
        }
        try await fixture.test { client async throws in
            #expect(try await client.getJSON("/api/portal/meetings").0 == .forbidden)
        }
    }
}
