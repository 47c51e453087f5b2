import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Delivers messages to an HTTP SMS gateway: one request per message, rendered from the body
/// template, with the message's idempotency key in an `Idempotency-Key` header (the same on
/// every attempt, so a gateway that deduplicates by it never sends twice) and the credential
/// in the configured header.
///
/// A 2xx answer means sent; 408, 429 and 5xx, timeouts and connection errors are passing
/// failures (retried); any other answer is permanent. Answers' bodies are read and dropped,
/// never logged: a gateway may echo the number.
///
/// The transport uses the `HTTPClient` it is given and does not shut it down: by default the
/// process-wide `HTTPClient.shared`, which lives as long as the process; a caller that passes
/// its own client owns it and shuts it down after the worker has stopped.
public struct HTTPGatewayTransport: MessageTransport {
    /// `http`.
    public let name = "http"
    /// The gateway settings (validated).
    public let settings: GatewaySettings
    private let credential: String?
    private let client: HTTPClient

    /// Creates the transport; `credential` is what ``GatewaySettings/readCredential(environment:)``
    /// read.
    ///
    /// - Throws: ``OutboxSettingsError`` when the settings are invalid.
    public init(settings: GatewaySettings, credential: String?, client: HTTPClient = .shared)
        throws(OutboxSettingsError)
    {
        try settings.validate()
        self.settings = settings
        self.credential = credential
        self.client = client
    }

    /// Sends one request for `message` and classifies the answer.
    public func deliver(_ message: OutboundMessage) async throws(TransportError) -> DeliveryReceipt {
        let request = makeRequest(message)
        let status: UInt
        do {
            let response = try await client.execute(request, timeout: Self.timeAmount(settings.timeout))
            status = response.status.code
            _ = try? await response.body.collect(upTo: 64 * 1024)
        } catch {
            throw Self.classify(error, timeout: settings.timeout)
        }
        switch status {
        case 200...299: return DeliveryReceipt(via: name)
        case 408, 429, 500...599: throw .retry("gateway answered HTTP \(status)")
        default: throw .permanent("gateway rejected the message with HTTP \(status)")
        }
    }

    /// The request for `message`: method, URL (with the query for GET), headers and body.
    func makeRequest(_ message: OutboundMessage) -> HTTPClientRequest {
        let values = [
            "to": message.mobile, "text": message.text, "key": message.idempotencyKey, "unit": message.unitName,
        ]
        let rendered = settings.template.render(values, escaping: settings.escaping)
        var request: HTTPClientRequest
        switch settings.method {
        case .get:
            request = HTTPClientRequest(url: settings.url + (settings.url.contains("?") ? "&" : "?") + rendered)
            request.method = .GET
        case .post:
            request = HTTPClientRequest(url: settings.url)
            request.method = .POST
            request.headers.add(name: "Content-Type", value: settings.contentType.mediaType)
            request.body = .bytes(ByteBuffer(string: rendered))
        }
        request.headers.add(name: "Idempotency-Key", value: message.idempotencyKey)
        request.headers.add(name: "User-Agent", value: "SeatPlan-outbox")
        if let credential {
            let isAuthorization = settings.credentialHeader.lowercased() == "authorization"
            request.headers.add(
                name: settings.credentialHeader, value: isAuthorization ? "Bearer \(credential)" : credential)
        }
        return request
    }

    /// A thrown client error as a retryable transport error, described without personal data.
    static func classify(_ error: any Error, timeout: Duration) -> TransportError {
        if let clientError = error as? HTTPClientError {
            switch clientError {
            case .deadlineExceeded, .readTimeout, .writeTimeout:
                return .retry("no answer from the gateway within \(timeout)")
            case .connectTimeout:
                return .retry("could not connect to the gateway within \(timeout)")
            default:
                return .retry("gateway request failed (\(clientError))")
            }
        }
        return .retry("could not reach the gateway (\(String(describing: type(of: error))))")
    }

    static func timeAmount(_ duration: Duration) -> TimeAmount {
        let parts = duration.components
        return .nanoseconds(parts.seconds * 1_000_000_000 + parts.attoseconds / 1_000_000_000)
    }
}
