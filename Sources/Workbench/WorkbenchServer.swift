import ExchangeBridge
import ExchangePostgres
import Foundation
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import Logging
import NIOCore
import NIOSSL
import OfficeKeys
import ServiceLifecycle
import UnixSignals

/// The web workbench: the staff console, the units' portal, the JSON API and live events,
/// over the engine and one exchange store.
///
/// ```swift
/// let server = try await WorkbenchServer(
///     configuration: .init(store: "seatplan-data/exchange.sqlite", host: "127.0.0.1", port: 8080))
/// try await server.run { url in print("SeatPlan workbench: \(url)") }
/// ```
public struct WorkbenchServer: Sendable {
    /// A certificate chain and its private key, as PEM files.
    public struct TLSFiles: Sendable {
        /// The certificate chain (PEM).
        public var certificate: String
        /// The private key (PEM).
        public var key: String

        /// Names the two files.
        public init(certificate: String, key: String) {
            self.certificate = certificate
            self.key = key
        }
    }

    /// Where and how the server runs.
    public struct Configuration: Sendable {
        /// The exchange store: an SQLite file or a `postgres://` URL.
        public var store: String
        /// The PostgreSQL store's password (from `PGPASSWORD` or a password file); `nil` for SQLite.
        public var databasePassword: String?
        /// The office key unlocked with its passphrase (`--key-passphrase-file`): the server then
        /// signs what it publishes and reads sealed contact details; `nil` without one.
        public var officeKey: UnlockedOfficeKey?
        /// The address to bind (loopback by default).
        public var host: String
        /// The port (0 picks a free one).
        public var port: Int
        /// Who the store's audit log names for writes made outside a signed-in request.
        public var actor: String
        /// HTTPS with these files; plain HTTP when `nil`.
        public var tls: TLSFiles?
        /// PBKDF2 rounds of new password hashes; never below 600,000 in a served workbench
        /// (tests of the routes may go lower).
        public var passwordIterations: Int
        /// Runs inside each late change's store transaction just before it commits: crash
        /// tests hold the transaction open there (`SEATPLAN_TEST_PUSH_DELAY_MS`); `nil` normally.
        public var beforeCommit: (@Sendable () -> Void)?
        /// Services that run beside the server in its service group and stop with it (e.g. the
        /// outbox worker); none by default.
        public var services: [any Service] = []
        /// The clock of sign-in throttling, sessions and the store's stamps; tests pass a
        /// fixed one.
        public var now: @Sendable () -> Date = { Date() }

        /// Creates a configuration.
        public init(
            store: String, host: String = "127.0.0.1", port: Int = 8080, actor: String = "workbench",
            tls: TLSFiles? = nil, passwordIterations: Int = 600_000
        ) {
            self.store = store
            self.host = host
            self.port = port
            self.actor = actor
            self.tls = tls
            self.passwordIterations = passwordIterations
        }

        /// Whether `host` is a loopback address.
        public var isLoopback: Bool { AccessGuard.isLoopbackHost(host) }

        /// The file the first staff account's one-time activation link is written to (beside
        /// an SQLite store, in the working folder for a PostgreSQL one; readable by its owner
        /// only) when the store has no staff who can sign in.
        public var firstStaffLinkFile: URL {
            let folder =
                PostgresLocation.isPostgres(store)
                ? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
                : URL(fileURLWithPath: store).deletingLastPathComponent()
            return folder.appendingPathComponent("first-staff-activation.txt")
        }
    }

    let configuration: Configuration
    let desk: MeetingDesk
    let signIn: SignInDesk
    let pages: PageRoutes

    /// Opens the store and reads the pages; a store that cannot be opened fails here.
    public init(configuration: Configuration) async throws {
        self.configuration = configuration
        let store = try await ExchangeStorageFactory.open(
            configuration.store,
            options: ExchangeStoreOptions(
                actor: configuration.actor, now: configuration.now, databasePassword: configuration.databasePassword,
                signer: configuration.officeKey?.signer, fieldSealer: configuration.officeKey?.fieldSealer))
        desk = MeetingDesk(store: store, officeKey: configuration.officeKey, beforeCommit: configuration.beforeCommit)
        signIn = SignInDesk(
            store: store, hasher: PasswordHasher(iterations: configuration.passwordIterations),
            firstStaffLinkFile: configuration.firstStaffLinkFile, now: configuration.now)
        pages = try PageRoutes()
    }

    /// The router with every page and API route behind the access guard.
    func router() -> Router<WorkbenchContext> {
        let router = Router(context: WorkbenchContext.self)
        router.add(middleware: ErrorMiddleware())
        router.add(middleware: AccessGuard(signIn: signIn, loopbackOnly: configuration.isLoopback))
        pages.register(on: router)
        router.get("api/openapi.json") { _, _ in
            JSONReply.bytes(try APICatalog.document(), contentType: "application/json; charset=utf-8")
        }
        AccountRoutes(signIn: signIn, secureCookies: configuration.tls != nil).register(on: router)
        MeetingRoutes(desk: desk).register(on: router)
        MapRoutes(desk: desk).register(on: router)
        ChangeRoutes(desk: desk).register(on: router)
        VersionRoutes(desk: desk).register(on: router)
        PrintRoutes(desk: desk).register(on: router)
        GroupRoutes(desk: desk).register(on: router)
        EventRoutes(desk: desk).register(on: router)
        NoticeRoutes(desk: desk).register(on: router)
        PortalRoutes(desk: desk).register(on: router)
        DirectoryRoutes(desk: desk).register(on: router)
        CheckInRoutes(desk: desk).register(on: router)
        return router
    }

    /// The one-time activation code of the first staff account (`admin`) when the store has no
    /// staff who can sign in yet; `nil` otherwise.
    public func firstStaffActivationCode() async throws -> String? {
        try await signIn.firstStaffCode()
    }

    /// Connections the listening socket queues before the server accepts them (the system caps
    /// it at `net.core.somaxconn`, 4096 on Debian 12): room for every unit at once.
    static let connectionBacklog = 2048

    /// The application serving ``router()`` on the configured address; `started` gets the URL
    /// to open once the port is bound.
    ///
    /// The listening socket queues up to ``connectionBacklog`` connections not yet accepted:
    /// with the default 256, the 700 units connecting in one instant at a deadline would see
    /// most connections dropped and retried by their systems a second later.
    public func application(
        started: @escaping @Sendable (URL) async -> Void = { _ in }
    ) throws -> some ApplicationProtocol {
        var logger = Logger(label: "seatplan.workbench")
        logger.logLevel = .warning
        let host = configuration.host
        let scheme = configuration.tls == nil ? "http" : "https"
        return Application(
            router: router(),
            server: try serverBuilder(),
            configuration: ApplicationConfiguration(
                address: .hostname(host, port: configuration.port), serverName: "SeatPlan",
                backlog: Self.connectionBacklog),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                let shownHost = host.contains(":") ? "[\(host)]" : host
                if let url = URL(string: "\(scheme)://\(shownHost):\(port)/") { await started(url) }
            },
            logger: logger)
    }

    private func serverBuilder() throws -> HTTPServerBuilder {
        guard let files = configuration.tls else { return .http1() }
        do {
            let chain = try NIOSSLCertificate.fromPEMFile(files.certificate).map {
                NIOSSLCertificateSource.certificate($0)
            }
            let key = try NIOSSLPrivateKey(file: files.key, format: .pem)
            let tls = TLSConfiguration.makeServerConfiguration(certificateChain: chain, privateKey: .privateKey(key))
            return try .tls(.http1(), tlsConfiguration: tls)
        } catch {
            throw WorkbenchError(
                "cannot serve HTTPS with --tls-cert \(files.certificate) and --tls-key \(files.key): \(error)")
        }
    }

    /// Serves until the process is stopped.
    public func run(started: @escaping @Sendable (URL) async -> Void = { _ in }) async throws {
        let application = try application(started: started)
        var services = configuration.services
        if desk.store is any StoreChangeFeed { services.append(ChangeFeedRelay(events: desk.events)) }
        guard !services.isEmpty else { return try await application.runService() }
        let group = ServiceGroup(
            configuration: .init(
                services: [application as any Service] + services,
                gracefulShutdownSignals: [.sigterm, .sigint], logger: Logger(label: "seatplan.workbench")))
        try await group.run()
    }
}
