import ArgumentParser
import ExchangeBridge
import ExchangePostgres
import Foundation
import Logging
import OfficeKeys
import OutboxDelivery
import Workbench

/// `seatplan serve`: the web workbench for staff, with a live seat map.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the workbench: the staff console with the live seat map, and the units' portal.",
        discussion: """
            Without --db the workbench uses seatplan-data/exchange.sqlite, created on first start \
            with the shipped demo meeting planned, so there is a real plan to look at at once. \
            Everyone signs in. While the store has no staff account that can sign in, the server \
            writes a one-time activation link for the staff account 'admin' to \
            first-staff-activation.txt beside the store (readable by its owner only; removed once \
            used). The demo store also gets an office key whose generated passphrase is written \
            beside it (office-key-passphrase.txt, owner-only) and used when no --key-passphrase-file \
            is given, so passes can be printed and checked in at once. The server listens on \
            loopback (127.0.0.1) unless --host says otherwise; \
            anywhere else serve HTTPS with --tls-cert and --tls-key. For crash tests only: \
            SEATPLAN_TEST_PUSH_DELAY_MS=N holds each late change's store transaction open N ms \
            before it commits. Beside the server \
            the outbox worker delivers queued reminders and seat notices: by default one masked \
            JSON line each in outbox.log next to the store, or to an SMS gateway with \
            --outbox-transport http (credentials from --sms-credential-env or --sms-credential-file).
            """)

    /// The embedded default store.
    static let defaultStore = "seatplan-data/exchange.sqlite"

    @Option(name: .long, help: StoreLocation.dbHelp)
    var db: String?

    @Option(name: .long, help: StoreLocation.passwordFileHelp)
    var dbPasswordFile: String?

    @Option(name: .long, help: StoreLocation.keyPassphraseFileHelp)
    var keyPassphraseFile: String?

    @Option(name: .long, help: ArgumentHelp("The address to listen on.", valueName: "ADDRESS"))
    var host = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("The port to listen on (0 picks a free one).", valueName: "PORT"))
    var port = 8080

    @Option(
        name: .customLong("tls-cert"),
        help: ArgumentHelp("Serve HTTPS with this certificate chain (PEM).", valueName: "FILE"))
    var tlsCertificate: String?

    @Option(name: .customLong("tls-key"), help: ArgumentHelp("The certificate's private key (PEM).", valueName: "FILE"))
    var tlsKey: String?

    @Flag(name: .long, help: "Open the workbench in the default browser once it is listening.")
    var open = false

    @OptionGroup(title: "Outbox delivery") var outbox: OutboxOptions

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be 0 to 65535, not \(port)") }
        guard !host.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--host is empty") }
        guard (tlsCertificate == nil) == (tlsKey == nil) else {
            throw ValidationError("--tls-cert and --tls-key go together: give both files or neither")
        }
        for file in [tlsCertificate, tlsKey].compactMap({ $0 }) where !FileManager.default.isReadableFile(atPath: file)
        {
            throw ValidationError("\(file): cannot be read (is the path right?)")
        }
        do {
            _ = try outbox.settings(storePath: db ?? Self.defaultStore)
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() async throws {
        let store = try prepareStore()
        let demoKeyFile = db == nil ? DemoOfficeKey.passphraseFile(besideStore: store) : nil
        if db == nil,
            let meeting = try await DemoSeed.loadIfEmpty(
                storePath: store, officeKeyPassphraseFile: keyPassphraseFile == nil ? demoKeyFile : nil)
        {
            Self.say("Created \(store) with the demo meeting \(meeting), planned")
        }
        // The demo's generated passphrase, beside the default store, when no other is given.
        let demoKeyPath = demoKeyFile.map(\.path).flatMap { FileManager.default.fileExists(atPath: $0) ? $0 : nil }
        let usesDemoKey = keyPassphraseFile == nil && demoKeyPath != nil
        let storeOptions = try StoreLocation.options(actor: "workbench", db: store, passwordFile: dbPasswordFile)
        var configuration = WorkbenchServer.Configuration(store: store, host: host, port: port)
        configuration.databasePassword = storeOptions.databasePassword
        configuration.officeKey =
            try await StoreLocation.open(
                store, options: storeOptions, keyPassphraseFile: usesDemoKey ? demoKeyPath : keyPassphraseFile
            ).key
        let keyLine = Self.keyLine(configuration.officeKey, demoFile: usesDemoKey ? demoKeyPath : nil)
        if let tlsCertificate, let tlsKey {
            configuration.tls = WorkbenchServer.TLSFiles(certificate: tlsCertificate, key: tlsKey)
        }
        if let hold = PushCommand.testDelay() { configuration.beforeCommit = { hold() } }
        let worker = try await outboxWorker(
            store: store, password: storeOptions.databasePassword, sealer: configuration.officeKey?.fieldSealer)
        configuration.services = [worker.worker]
        let server = try await WorkbenchServer(configuration: configuration)
        let firstStaffCode = try await server.firstStaffActivationCode()
        let linkFile = configuration.firstStaffLinkFile
        let open = open
        let exposed = !configuration.isLoopback && configuration.tls == nil
        try await server.run { url in
            // The link is written before the address line, so whoever waits for that line finds it.
            var linkWritten = false
            if let firstStaffCode {
                linkWritten = Self.writePrivately(
                    url.absoluteString + "activate?code=" + firstStaffCode + "\n", to: linkFile)
            }
            Self.say("SeatPlan workbench: \(url.absoluteString)")
            Self.say("  store \(store)")
            if linkWritten {
                Self.say("  first sign-in: open the one-time link in \(linkFile.path) (staff account 'admin')")
            }
            Self.say(keyLine)
            if exposed { Self.say("  warning: not on loopback and not HTTPS; passwords cross the network in clear") }
            Self.say("  outbox: \(worker.summary)")
            Self.say("  stop with Ctrl-C")
            if open { Self.openInBrowser(url) }
        }
    }

    /// The startup line about the office key: which passphrase unlocked it, or why there is none.
    private static func keyLine(_ key: UnlockedOfficeKey?, demoFile: String?) -> String {
        guard let key else {
            return "  office key: not unlocked (signing, passes and sealed contacts need `seatplan keys init` "
                + "and --key-passphrase-file)"
        }
        let fingerprint = key.publicKey.fingerprint.prefix(16)
        guard let demoFile else {
            return "  office key \(fingerprint)…: unlocked; plans, notices and passes are signed"
        }
        return "  office key \(fingerprint)…: the demo's, unlocked with the generated passphrase in \(demoFile) "
            + "(owner-only); print passes from the map's 打印 menu, check them in at 签到"
    }

    /// Writes `text` to `file` readable by its owner only; says why when it cannot.
    private static func writePrivately(_ text: String, to file: URL) -> Bool {
        let created = FileManager.default.createFile(
            atPath: file.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        if !created { say("  could not write \(file.path); create a staff account with the store's owner") }
        return created
    }

    /// The outbox worker beside the server, over its own connections to the store, and a line
    /// saying where notices go.
    private func outboxWorker(
        store: String, password: String?, sealer: (any FieldSealer)?
    ) async throws -> (worker: OutboxWorker, summary: String) {
        let settings: OutboxSettings
        let transport: any MessageTransport
        do {
            settings = try outbox.settings(storePath: store)
            transport = try settings.makeTransport()
        } catch {
            throw ValidationError(error.description)
        }
        let storage = try await ExchangeStorageFactory.open(
            store, options: ExchangeStoreOptions(actor: "outbox", databasePassword: password, fieldSealer: sealer))
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
