import ExchangeBridge
import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import UnixSignals

/// The web workbench: the staff console's pages, the JSON API and live events, over the engine
/// and one exchange store.
///
/// ```swift
/// let server = try await WorkbenchServer(
///     configuration: .init(store: "seatplan-data/exchange.sqlite", host: "127.0.0.1", port: 8080))
/// try await server.run { url in print("SeatPlan workbench: \(url)") }
/// ```
public struct WorkbenchServer: Sendable {
    /// Where and how the server runs.
    public struct Configuration: Sendable {
        /// The exchange store (a SQLite file).
        public var store: String
        /// The address to bind (loopback by default).
        public var host: String
        /// The port (0 picks a free one).
        public var port: Int
        /// The access token; required (and generated when `nil`) unless `host` is loopback.
        public var accessToken: String?
        /// Who the store's audit log names for the console's writes.
        public var actor: String
        /// Runs inside each late change's store transaction just before it commits: crash
        /// tests hold the transaction open there (`SEATPLAN_TEST_PUSH_DELAY_MS`); `nil` normally.
        public var beforeCommit: (@Sendable () -> Void)?
        /// Services that run beside the server in its service group and stop with it (e.g. the
        /// outbox worker); none by default.
        public var services: [any Service] = []

        /// Creates a configuration.
        public init(
            store: String, host: String = "127.0.0.1", port: Int = 8080, accessToken: String? = nil,
            actor: String = "workbench"
        ) {
            self.store = store
            self.host = host
            self.port = port
            self.accessToken = accessToken
            self.actor = actor
        }

        /// Whether `host` is a loopback address (no token needed).
        public var isLoopback: Bool { AccessGuard<BasicRequestContext>.isLoopbackHost(host) }
    }

    let configuration: Configuration
    /// The token the console needs, or `nil` on loopback.
    public let accessToken: String?
    let desk: MeetingDesk
    let pages: PageRoutes

    /// Opens the store and reads the pages; a store that cannot be opened fails here.
    public init(configuration: Configuration) async throws {
        self.configuration = configuration
        accessToken = configuration.isLoopback ? nil : (configuration.accessToken ?? Self.newToken())
        let store = try await ExchangeStorageFactory.open(
            configuration.store, options: ExchangeStoreOptions(actor: configuration.actor))
        desk = MeetingDesk(store: store, beforeCommit: configuration.beforeCommit)
        pages = try PageRoutes()
    }

    /// The router with every page and API route behind the access guard.
    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: ErrorMiddleware())
        router.add(middleware: AccessGuard(token: accessToken))
        pages.register(on: router)
        router.get("api/openapi.json") { _, _ in
            JSONReply.bytes(try APICatalog.document(), contentType: "application/json; charset=utf-8")
        }
        MeetingRoutes(desk: desk).register(on: router)
        MapRoutes(desk: desk).register(on: router)
        ChangeRoutes(desk: desk).register(on: router)
        VersionRoutes(desk: desk).register(on: router)
        PrintRoutes(desk: desk).register(on: router)
        GroupRoutes(desk: desk).register(on: router)
        EventRoutes(desk: desk).register(on: router)
        return router
    }

    /// The application serving ``router()`` on the configured address; `started` gets the URL
    /// to open (with the token when one is needed) once the port is bound.
    public func application(started: @escaping @Sendable (URL) async -> Void = { _ in }) -> some ApplicationProtocol {
        var logger = Logger(label: "seatplan.workbench")
        logger.logLevel = .warning
        let host = configuration.host
        let token = accessToken
        return Application(
            router: router(),
            configuration: ApplicationConfiguration(
                address: .hostname(host, port: configuration.port), serverName: "SeatPlan"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                let shownHost = host.contains(":") ? "[\(host)]" : host
                let query = token.map { "?token=\($0)" } ?? ""
                if let url = URL(string: "http://\(shownHost):\(port)/\(query)") { await started(url) }
            },
            logger: logger)
    }

    /// Serves until the process is stopped.
    public func run(started: @escaping @Sendable (URL) async -> Void = { _ in }) async throws {
        let application = application(started: started)
        guard !configuration.services.isEmpty else { return try await application.runService() }
        let group = ServiceGroup(
            configuration: .init(
                services: [application as any Service] + configuration.services,
                gracefulShutdownSignals: [.sigterm, .sigint], logger: Logger(label: "seatplan.workbench")))
        try await group.run()
    }

    /// 32 random bytes as lowercase hex.
    static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }
}
