import AsyncHTTPClient
import ExchangeBridge
import Foundation
import OutboxDelivery
import Testing

/// The HTTP gateway transport against a fake gateway on loopback, driven by a worker.
struct GatewayTransportTests {
    /// A worker over a fresh one-unit store, delivering to a fake gateway through a client this
    /// test owns (and shuts down).
    private func withGateway(
        replies: [FakeGateway.Reply], maxAttempts: Int = 3, timeout: Duration = .seconds(1),
        gateway settings: (Int) -> GatewaySettings = { port in
            GatewaySettings(url: "http://127.0.0.1:\(port)/send", credential: .environment("SMS_TOKEN"))
        },
        _ body: (FakeGateway, OutboxWorker, ExchangeStore, Meeting) async throws -> Void
    ) async throws {
        let gateway = try await FakeGateway.start()
        gateway.script(replies)
        let client = HTTPClient()
        do {
            let (store, meeting) = try OutboxFixtures.store(path: OutboxFixtures.freshPath(), units: 1)
            var gatewaySettings = settings(gateway.port)
            gatewaySettings.timeout = timeout
            var outbox = OutboxFixtures.settings(maxAttempts: maxAttempts)
            outbox.transport = .http
            outbox.gateway = gatewaySettings
            let transport = try outbox.makeTransport(environment: ["SMS_TOKEN": "tok-123"], httpClient: client)
            let worker = try OutboxWorker(
                store: store, transport: transport, settings: outbox, logger: OutboxFixtures.logger)
            try await body(gateway, worker, store, meeting)
        } catch {
            try await client.shutdown()
            await gateway.stop()
            throw error
        }
        try await client.shutdown()
        await gateway.stop()
    }

    private func settled(_ store: ExchangeStore, _ meeting: Meeting) throws -> Bool {
        try store.outbox(meeting: meeting.id).allSatisfy { $0.state != .queued }
    }

    @Test func retriesServerErrorsWithTheSameKeyThenSends() async throws {
        try await withGateway(replies: [.status(500), .status(503)]) { gateway, worker, store, meeting in
            #expect(try await OutboxFixtures.drain(worker) { try settled(store, meeting) })
            let notice = try #require(store.outbox(meeting: meeting.id).first)
            #expect(notice.state == .sent && notice.attempts == 3)
            let received = gateway.received
            #expect(received.count == 3)
            #expect(Set(received.map(\.key)).count == 1 && received[0].key.hasPrefix("seatplan-\(notice.id)-"))
            #expect(received.allSatisfy { $0.headers["authorization"] == "Bearer tok-123" })
            #expect(received[0].headers["content-type"]?.hasPrefix("application/json") == true)
            let body = try #require(
                JSONSerialization.jsonObject(with: Data(received[0].body.utf8)) as? [String: String])
            #expect(body["to"] == OutboxFixtures.mobile(1) && body["text"] == notice.payload)
            #expect(gateway.sends == [received[0].key: 1])
        }
    }

    @Test func aRejectedRequestFailsAtOnce() async throws {
        try await withGateway(replies: [.status(400)]) { gateway, worker, store, meeting in
            #expect(try await OutboxFixtures.drain(worker) { try settled(store, meeting) })
            let notice = try #require(store.outbox(meeting: meeting.id).first)
            #expect(notice.state == .failed && notice.attempts == 1)
            #expect(notice.lastError == "gateway rejected the message with HTTP 400")
            #expect(gateway.received.count == 1)
        }
    }

    @Test func givesUpAfterMaxAttemptsWithTheLastError() async throws {
        try await withGateway(replies: Array(repeating: .status(500), count: 5), maxAttempts: 3) {
            gateway, worker, store, meeting in
            #expect(try await OutboxFixtures.drain(worker) { try settled(store, meeting) })
            let failed = try store.failedMessages(meeting: meeting.id)
            #expect(failed.count == 1 && failed[0].attempts == 3)
            #expect(failed[0].lastError == "gateway answered HTTP 500")
            #expect(gateway.received.count == 3)
            #expect(!(failed[0].lastError ?? "").contains(OutboxFixtures.mobile(1)))
        }
    }

    @Test func aTimeoutThenSuccessSendsOnce() async throws {
        try await withGateway(replies: [.hold, .status(429)], timeout: .milliseconds(300)) {
            gateway, worker, store, meeting in
            #expect(try await OutboxFixtures.drain(worker) { try settled(store, meeting) })
            let notice = try #require(store.outbox(meeting: meeting.id).first)
            #expect(notice.state == .sent && notice.attempts == 3)
            let keys = gateway.received.map(\.key)
            #expect(keys.count == 3 && Set(keys).count == 1)
            #expect(gateway.sends.values.reduce(0, +) == 1)
        }
    }

    @Test func getSendsAFormEscapedQuery() async throws {
        let form: (Int) -> GatewaySettings = { port in
            GatewaySettings(
                url: "http://127.0.0.1:\(port)/send?account=seatplan", method: .get,
                bodyTemplate: "mobile={{to}}&msg={{text}}&unit={{unit}}", contentType: .form,
                credential: .environment("SMS_TOKEN"), credentialHeader: "X-Api-Key")
        }
        try await withGateway(replies: [], gateway: form) { gateway, worker, store, meeting in
            #expect(try await OutboxFixtures.drain(worker) { try settled(store, meeting) })
            let request = try #require(gateway.received.first)
            #expect(request.method == "GET" && request.headers["x-api-key"] == "tok-123")
            #expect(request.uri.hasPrefix("/send?account=seatplan&mobile=\(OutboxFixtures.mobile(1))&msg=%"))
            #expect(request.uri.hasSuffix("&unit=%E5%8D%95%E4%BD%8D1"))
        }
    }
}
