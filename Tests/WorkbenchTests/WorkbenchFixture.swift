import ExchangeBridge
import ExchangePostgres
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import OfficeKeys
import TestSupport
import Testing
import Workbench

/// A workbench over a fresh store holding the demo meeting (planned, version 1), tested through
/// Hummingbird's router test client (no socket), with the first staff account activated.
struct WorkbenchFixture {
    let server: WorkbenchServer
    let folder: URL
    /// The staff account's session (`admin`).
    let staff: SessionCookiesPair
    /// The office key the server was started with (`demo(officeKey: true)`), for signing passes.
    var officeKey: UnlockedOfficeKey?
    /// The staff account's password.
    static let staffPassword = "staff-password-1"

    /// A server over a new demo store, its staff account `admin` activated and signed in.
    /// Password hashes use few rounds here, to keep the tests fast (the served workbench uses
    /// 600,000; a test checks that default).
    /// With `officeKey`, the store gets an office key after the demo is seeded (its version 1
    /// stays unsigned) and the server starts with it unlocked.
    static func demo(
        host: String = "127.0.0.1", tls: WorkbenchServer.TLSFiles? = nil, now: (@Sendable () -> Date)? = nil,
        officeKey: Bool = false
    ) async throws -> WorkbenchFixture {
        let folder = try ProcessRunner.temporaryDirectory("workbench")
        let store = folder.appendingPathComponent("exchange.sqlite").path
        try await DemoSeed.loadIfEmpty(storePath: store)
        var configuration = WorkbenchServer.Configuration(
            store: store, host: host, port: 0, tls: tls, passwordIterations: 1_000)
        if let now { configuration.now = now }
        if officeKey { configuration.officeKey = try await Self.makeOfficeKey(store: store) }
        let server = try await WorkbenchServer(configuration: configuration)
        let code = try #require(try await server.firstStaffActivationCode())
        let staff = try await server.application().test(.router) { client in
            try await client.activate(code: code, password: staffPassword)
        }
        return WorkbenchFixture(server: server, folder: folder, staff: staff, officeKey: configuration.officeKey)
    }

    /// An office key (few PBKDF2 rounds) saved in the store at `store`, unlocked.
    static func makeOfficeKey(store: String) async throws -> UnlockedOfficeKey {
        let passphrase = "fixture office passphrase"
        let record = try OfficeKeyMaker.make(passphrase: passphrase, createdBy: "test", at: Date(), iterations: 1_000)
        let storage = try await ExchangeStorageFactory.open(store, options: ExchangeStoreOptions(actor: "test"))
        try await storage.saveOfficeKey(record)
        return try UnlockedOfficeKey(record, passphrase: passphrase)
    }

    /// The store's file.
    var storePath: String { folder.appendingPathComponent("exchange.sqlite").path }

    /// Runs `body` with a client of the server's router signed in as `session` (staff by
    /// default; `nil` for nobody).
    func test<Value: Sendable>(
        as session: SessionCookiesPair?? = .none, _ body: @Sendable (any TestClientProtocol) async throws -> Value
    ) async throws -> Value {
        let chosen: SessionCookiesPair? =
            switch session {
            case .none: staff
            case .some(let given): given
            }
        return try await server.application().test(.router) { client in
            try await body(SignedInClient(base: client, session: chosen))
        }
    }

    /// Makes a unit account for `unit` as staff and activates it; returns its session.
    func unitSession(login: String, unit: String, password: String = "unit-password-1") async throws
        -> SessionCookiesPair
    {
        let code = try await test { client in
            let (status, issued) = try await client.postJSON(
                "/api/accounts", ["login": login, "kind": "unit", "unit": unit, "displayName": unit])
            try #require(status == .created, "account for \(unit): \(issued)")
            return try #require(issued.text("code"))
        }
        return try await test(as: .some(nil)) { client in try await client.activate(code: code, password: password) }
    }
}

/// The two cookies of a signed-in client.
struct SessionCookiesPair: Sendable, Equatable {
    let session: String
    let csrf: String

    /// The cookies in a `Set-Cookie` answer, or `nil` when it signs nobody in.
    init?(_ headers: HTTPFields) {
        var values: [String: String] = [:]
        for field in headers[values: .setCookie] {
            let pair = field.split(separator: ";").first.map(String.init) ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { values[parts[0]] = parts[1] }
        }
        guard let session = values["seatplan_session"], let csrf = values["seatplan_csrf"], !session.isEmpty else {
            return nil
        }
        self.session = session
        self.csrf = csrf
    }
}

/// A test client that sends a session's cookie, and its CSRF token on writes.
struct SignedInClient: TestClientProtocol {
    let base: any TestClientProtocol
    let session: SessionCookiesPair?

    var port: Int? { base.port }

    func executeRequest(
        uri: String, method: HTTPRequest.Method, headers: HTTPFields, body: ByteBuffer?
    ) async throws -> TestResponse {
        var headers = headers
        if let session {
            if headers[.cookie] == nil { headers[.cookie] = "seatplan_session=\(session.session)" }
            if method != .get, method != .head, let name = HTTPField.Name("X-CSRF-Token"), headers[name] == nil {
                headers[name] = session.csrf
            }
        }
        return try await base.executeRequest(uri: uri, method: method, headers: headers, body: body)
    }
}

extension TestClientProtocol {
    /// Uses an activation code to set `password`; returns the session it starts.
    func activate(code: String, password: String) async throws -> SessionCookiesPair {
        let data = try JSONSerialization.data(withJSONObject: ["code": code, "password": password])
        var headers: HTTPFields = [.contentType: "application/json"]
        if let name = HTTPField.Name("X-SeatPlan-Request") { headers[name] = "1" }
        return try await execute(uri: "/api/activate", method: .post, headers: headers, body: ByteBuffer(bytes: data)) {
            response in
            try #require(response.status == .ok, "activation: \(response.status)")
            return try #require(SessionCookiesPair(response.headers))
        }
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
