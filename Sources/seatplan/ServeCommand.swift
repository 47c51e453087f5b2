import ArgumentParser
import ExchangeBridge
import Foundation
import Logging
import OutboxDelivery
import Workbench

/// `seatplan serve`: the web workbench for staff, with a live seat map.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the web workbench: meeting overview, live seat map, late changes, prints, versions, groups.",
        discussion: """
            Without --db the workbench uses seatplan-data/exchange.sqlite, created on first start \
            with the shipped demo meeting planned, so there is a real plan to look at at once. \
            The server listens on loopback (127.0.0.1) unless --host says otherwise; on any other \
            address it prints a URL with a random access token, and the console refuses \
            requests without it (401). For crash tests only: SEATPLAN_TEST_PUSH_DELAY_MS=N holds \
            each late change's store transaction open N ms before it commits. Beside the server \
            the outbox worker delivers queued reminders and seat notices: by default one masked \
            JSON line each in outbox.log next to the store, or to an SMS gateway with \
            --outbox-transport http (credentials from --sms-credential-env or --sms-credential-file).
            """)

    /// The embedded default store.
    static let defaultStore = "seatplan-data/exchange.sqlite"

    @Option(name: .long, help: ArgumentHelp("The exchange store (an SQLite file).", valueName: "FILE"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("The address to listen on.", valueName: "ADDRESS"))
    var host = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("The port to listen on (0 picks a free one).", valueName: "PORT"))
    var port = 8080

    @Flag(name: .long, help: "Open the workbench in the default browser once it is listening.")
    var open = false

    @OptionGroup(title: "Outbox delivery") var outbox: OutboxOptions

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be 0 to 65535, not \(port)") }
        guard !host.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--host is empty") }
        do {
            _ = try outbox.settings(storePath: db ?? Self.defaultStore)
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() async throws {
        let store = try prepareStore()
        if db == nil, let meeting = try await DemoSeed.loadIfEmpty(storePath: store) {
            Self.say("Created \(store) with the demo meeting \(meeting), planned")
        }
        var configuration = WorkbenchServer.Configuration(store: store, host: host, port: port)
        if let hold = PushCommand.testDelay() { configuration.beforeCommit = { hold() } }
        let worker = try await outboxWorker(store: store)
        configuration.services = [worker.worker]
        let server = try await WorkbenchServer(configuration: configuration)
        let open = open
        let guarded = server.accessToken != nil
        try await server.run { url in
            Self.say("SeatPlan workbench: \(url.absoluteString)")
            Self.say("  store \(store)")
            Self.say("  outbox: \(worker.summary)")
            if guarded { Self.say("  not on loopback: the console needs the token in this URL; keep it to yourself") }
            Self.say("  stop with Ctrl-C")
            if open { Self.openInBrowser(url) }
        }
    }

    /// The outbox worker beside the server, over its own connections to the store, and a line
    /// saying where notices go.
    private func outboxWorker(store: String) async throws -> (worker: OutboxWorker, summary: String) {
        let settings: OutboxSettings
        let transport: any MessageTransport
        do {
            settings = try outbox.settings(storePath: store)
            transport = try settings.makeTransport()
        } catch {
            throw ValidationError(error.description)
        }
        let storage = try await ExchangeStorageFactory.open(store, options: ExchangeStoreOptions(actor: "outbox"))
        var logger = Logger(label: "seatplan.outbox")
        logger.logLevel = .notice
        let worker = try OutboxWorker(store: storage, transport: transport, settings: settings, logger: logger)
        let summary =
            settings.transport == .log
            ? "notices logged (numbers masked) to \(settings.logPath)"
            : "notices sent through the SMS gateway (\(settings.gateway?.method.rawValue ?? "POST"))"
        return (worker, summary)
    }

    /// The store to serve; the embedded default is created with the demo meeting on first start.
    private func prepareStore() throws -> String {
        if let db { return db }
        let folder = URL(fileURLWithPath: Self.defaultStore).deletingLastPathComponent()
        try CommandFiles.createFolder(folder)
        return Self.defaultStore
    }

    private static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    private static func openInBrowser(_ url: URL) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            say("  could not open a browser (\(error.localizedDescription)); open the URL above yourself")
        }
    }
}
