import Foundation
import TestSupport
import Testing

/// `seatplan serve --tls-cert --tls-key`: HTTPS with the given certificate, Secure cookies.
@Suite("seatplan serve: HTTPS")
struct ServeTLSTests {
    @Test("The workbench serves HTTPS with the given certificate, and its session cookies are Secure")
    func https() async throws {
        let folder = try ProcessRunner.temporaryDirectory("seatplan-tls")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pair = try SelfSignedCertificate.make(in: folder)
        let server = try await WorkbenchProcess.start(arguments: [
            "--tls-cert", pair.certificate, "--tls-key", pair.key,
        ])
        defer { server.close() }
        #expect(server.baseURL.scheme == "https")
        let page = try ProcessRunner.run(
            "/usr/bin/curl",
            [
                "-sS", "--cacert", pair.certificate, "-o", "/dev/null", "-w", "%{http_code}",
                server.baseURL.appendingPathComponent("sign-in").absoluteString,
            ])
        #expect(page.stdout == "200", "\(page.stderr)")
        let code = try #require(server.firstStaffCode())
        let activation = try ProcessRunner.run(
            "/usr/bin/curl",
            [
                "-sS", "--cacert", pair.certificate, "-D", "-", "-o", "/dev/null", "-H", "X-SeatPlan-Request: 1",
                "-H", "Content-Type: application/json", "--data",
                "{\"code\":\"\(code)\",\"password\":\"https-password-1\"}",
                server.baseURL.appendingPathComponent("api/activate").absoluteString,
            ])
        let cookies = activation.stdout.split(separator: "\r\n").filter { $0.lowercased().hasPrefix("set-cookie:") }
        #expect(cookies.count == 2 && cookies.allSatisfy { $0.contains("; Secure") }, "\(activation.stdout)")
        let plain = try ProcessRunner.run(
            "/usr/bin/curl",
            [
                "-sS", "-o", "/dev/null", "-w", "%{http_code}",
                "http://127.0.0.1:\(server.baseURL.port ?? 0)/sign-in",
            ])
        #expect(plain.stdout != "200", "plain HTTP on the HTTPS port is not served")
    }
}
