import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import TestSupport
import Workbench

/// A workbench over a fresh store holding the demo meeting (planned, version 1), tested through
/// Hummingbird's router test client (no socket).
struct WorkbenchFixture {
    let server: WorkbenchServer
    let folder: URL

    /// A server over a new demo store; `host` other than loopback makes it need a token.
    static func demo(host: String = "127.0.0.1", token: String? = nil) async throws -> WorkbenchFixture {
        let folder = try ProcessRunner.temporaryDirectory("workbench")
        let store = folder.appendingPathComponent("exchange.sqlite").path
        try await DemoSeed.loadIfEmpty(storePath: store)
        let server = try await WorkbenchServer(
            configuration: .init(store: store, host: host, port: 0, accessToken: token))
        return WorkbenchFixture(server: server, folder: folder)
    }

    /// Runs `body` with a client of the server's router.
    func test<Value: Sendable>(_ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        try await server.application().test(.router, body)
    }
}

/// Requests as the workbench's pages make them.
extension TestClientProtocol {
    /// A GET; the body decoded as a JSON object (or `[:]`).
    func getJSON(_ uri: String) async throws -> (HTTPResponse.Status, [String: Any]) {
        try await execute(uri: uri, method: .get) { response in (response.status, Self.object(response.body)) }
    }

    /// A POST of `body` as JSON with the pages' request header.
    func postJSON(_ uri: String, _ body: Any, pageHeader: Bool = true) async throws -> (
        HTTPResponse.Status, [String: Any]
    ) {
        let data = try JSONSerialization.data(withJSONObject: body)
        return try await post(uri, data, pageHeader: pageHeader)
    }

    /// A POST of raw bytes with the pages' request header.
    func post(_ uri: String, _ data: Data, pageHeader: Bool = true) async throws -> (HTTPResponse.Status, [String: Any])
    {
        var headers: HTTPFields = [.contentType: "application/json"]
        if pageHeader, let name = HTTPField.Name("X-SeatPlan-Request") { headers[name] = "1" }
        return try await execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(bytes: data)) { response in
            (response.status, Self.object(response.body))
        }
    }

    static func object(_ buffer: ByteBuffer) -> [String: Any] {
        let data = Data(buffer.readableBytesView)
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }
}

/// Reading JSON values in tests.
extension Dictionary where Key == String, Value == Any {
    func list(_ key: String) -> [[String: Any]] { self[key] as? [[String: Any]] ?? [] }
    func object(_ key: String) -> [String: Any] { self[key] as? [String: Any] ?? [:] }
    func text(_ key: String) -> String? { self[key] as? String }
    func int(_ key: String) -> Int? { self[key] as? Int }
}

/// The demo meeting's map, read once per test.
struct DemoMap {
    let people: [[String: Any]]

    init(_ map: [String: Any]) {
        people = map.list("people")
    }

    /// The rostrum members in precedence order.
    var rostrum: [[String: Any]] {
        people.filter { $0.text("area") == "rostrum" }.sorted {
            ($0.int("precedence") ?? 0) < ($1.int("precedence") ?? 0)
        }
    }

    /// The hall's members (role `member`).
    var members: [[String: Any]] { people.filter { $0.text("role") == "member" } }
}
