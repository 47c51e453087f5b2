import AsyncHTTPClient
import Foundation

extension OutboxSettings {
    /// Validates the settings and builds the chosen transport: the log file (opened now) or the
    /// HTTP gateway with its credential read from the environment or its file.
    ///
    /// - Parameters:
    ///   - environment: where `--sms-credential-env` is looked up (the process's by default).
    ///   - httpClient: the client the gateway transport uses; its owner shuts it down.
    public func makeTransport(
        environment: [String: String] = ProcessInfo.processInfo.environment, httpClient: HTTPClient = .shared
    ) throws(OutboxSettingsError) -> any MessageTransport {
        try validate()
        switch transport {
        case .log:
            return try LogFileTransport(path: logPath)
        case .http:
            guard let gateway else {
                throw OutboxSettingsError(option: "--sms-gateway-url", "is required with --outbox-transport http")
            }
            let credential = try gateway.readCredential(environment: environment)
            return try HTTPGatewayTransport(settings: gateway, credential: credential, client: httpClient)
        }
    }
}
