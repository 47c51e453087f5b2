import ArgumentParser
import ExchangeBridge
import ExchangePostgres
import Foundation
import OutboxDelivery

/// The outbox worker's options (`seatplan serve`): which transport delivers reminders and seat
/// notices, and how to reach an SMS gateway. Credentials never come from the command line.
struct OutboxOptions: ParsableArguments {
    @Option(
        name: .customLong("outbox-transport"),
        help: ArgumentHelp(
            "How queued notices are delivered: log (a masked log file) or http (an SMS gateway).",
            valueName: "log|http"))
    var transport = "log"

    @Option(
        name: .customLong("outbox-log"),
        help: ArgumentHelp("The log transport's file (default: outbox.log next to the store).", valueName: "FILE"))
    var logPath: String?

    @Option(name: .customLong("sms-gateway-url"), help: ArgumentHelp("The SMS gateway's URL.", valueName: "URL"))
    var gatewayURL: String?

    @Option(
        name: .customLong("sms-gateway-method"),
        help: ArgumentHelp("POST (template as body) or GET (template as query).", valueName: "POST|GET"))
    var gatewayMethod = "POST"

    @Option(
        name: .customLong("sms-gateway-body"),
        help: ArgumentHelp(
            "The request template with {{to}}, {{text}}, {{key}}, {{unit}} (default per content type).",
            valueName: "TEMPLATE"))
    var gatewayBody: String?

    @Option(
        name: .customLong("sms-gateway-content-type"),
        help: ArgumentHelp("How template values are escaped: json or form.", valueName: "json|form"))
    var gatewayContentType = "json"

    @Option(
        name: .customLong("sms-gateway-timeout"),
        help: ArgumentHelp("Seconds one gateway request may take.", valueName: "SECONDS"))
    var gatewayTimeout = 10.0

    @Option(
        name: .customLong("sms-credential-env"),
        help: ArgumentHelp("The environment variable holding the gateway's credential.", valueName: "NAME"))
    var credentialEnv: String?

    @Option(
        name: .customLong("sms-credential-file"),
        help: ArgumentHelp("A file holding the gateway's credential.", valueName: "FILE"))
    var credentialFile: String?

    @Option(
        name: .customLong("sms-credential-header"),
        help: ArgumentHelp(
            "The header carrying the credential (Authorization sends 'Bearer <credential>').", valueName: "NAME"))
    var credentialHeader = "Authorization"

    @Option(
        name: .customLong("outbox-max-attempts"),
        help: ArgumentHelp("Delivery attempts before a notice is marked failed.", valueName: "N"))
    var maxAttempts = 8

    func validate() throws {
        if credentialEnv != nil, credentialFile != nil {
            throw ValidationError("--sms-credential-env and --sms-credential-file: give one, not both")
        }
    }

    /// The worker's settings for the store at `storePath`.
    ///
    /// - Throws: ``OutboxSettingsError`` naming the option that is wrong.
    func settings(storePath: String) throws(OutboxSettingsError) -> OutboxSettings {
        guard let choice = OutboxSettings.TransportChoice(rawValue: transport.lowercased()) else {
            throw OutboxSettingsError(option: "--outbox-transport", "must be log or http, not '\(transport)'")
        }
        // Beside an SQLite store; in the working folder for a PostgreSQL one.
        let folder =
            PostgresLocation.isPostgres(storePath)
            ? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            : URL(fileURLWithPath: storePath).deletingLastPathComponent()
        let defaultLog = folder.appendingPathComponent("outbox.log").path
        var settings = OutboxSettings(
            transport: choice, logPath: logPath ?? defaultLog, retry: RetryPolicy(maxAttempts: maxAttempts))
        if choice == .http {
            let gateway = try gateway()
            settings.gateway = gateway
            settings.lease = max(settings.lease, gateway.timeout * 4)
        }
        try settings.validate()
        return settings
    }

    private func gateway() throws(OutboxSettingsError) -> GatewaySettings {
        guard let gatewayURL else {
            throw OutboxSettingsError(option: "--sms-gateway-url", "is required with --outbox-transport http")
        }
        guard let method = GatewaySettings.Method(rawValue: gatewayMethod.uppercased()) else {
            throw OutboxSettingsError(option: "--sms-gateway-method", "must be POST or GET, not '\(gatewayMethod)'")
        }
        guard let contentType = GatewaySettings.ContentType(rawValue: gatewayContentType.lowercased()) else {
            throw OutboxSettingsError(
                option: "--sms-gateway-content-type", "must be json or form, not '\(gatewayContentType)'")
        }
        guard gatewayTimeout > 0, gatewayTimeout <= 300 else {
            throw OutboxSettingsError(option: "--sms-gateway-timeout", "must be more than 0 and at most 300 seconds")
        }
        var credential = GatewaySettings.Credential.none
        if let credentialEnv { credential = .environment(credentialEnv) }
        if let credentialFile { credential = .file(credentialFile) }
        return GatewaySettings(
            url: gatewayURL, method: method, bodyTemplate: gatewayBody, contentType: contentType,
            credential: credential, credentialHeader: credentialHeader,
            timeout: .milliseconds(Int64((gatewayTimeout * 1000).rounded())))
    }
}
