import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// An HTTP answer: status, headers and body.
public struct HTTPReply: Sendable {
    public let status: Int
    /// Header fields, names lower-cased.
    public let headers: [String: String]
    public let body: Data

    /// The body as UTF-8 text.
    public var text: String { String(decoding: body, as: UTF8.self) }

    /// The body parsed as JSON.
    public func json() throws -> JSONValue {
        do {
            return try JSONValue.parse(body)
        } catch {
            throw HTTPError(description: "HTTP \(status): the body is not JSON: \(text.prefix(500))")
        }
    }
}

/// A transport failure or an answer that is not what the caller needed.
public struct HTTPError: Error, CustomStringConvertible {
    public let description: String

    public init(description: String) {
        self.description = description
    }
}

/// A small HTTP client over URLSession for the workbench on this machine (chromedriver: ``PlainHTTP``).
public struct LoopbackHTTP: Sendable {
    let session: URLSession

    public init() {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        configuration.timeoutIntervalForRequest = 300
        session = URLSession(configuration: configuration)
    }

    /// Sends one request and returns the answer whatever its status.
    public func send(
        _ method: String, _ url: URL, body: Data? = nil, headers: [String: String] = [:], timeout: TimeInterval = 60
    ) async throws -> HTTPReply {
        let request = Self.request(method, url, body: body, headers: headers, timeout: timeout)
        let (data, response) = try await session.data(for: request)
        return try Self.reply(data, response, url: url)
    }

    private static func request(
        _ method: String, _ url: URL, body: Data?, headers: [String: String], timeout: TimeInterval
    ) -> URLRequest {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.httpMethod = method
        request.httpBody = body
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        return request
    }

    private static func reply(_ data: Data, _ response: URLResponse, url: URL) throws -> HTTPReply {
        guard let http = response as? HTTPURLResponse else {
            throw HTTPError(description: "\(url.absoluteString): not an HTTP response")
        }
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
        }
        return HTTPReply(status: http.statusCode, headers: headers, body: data)
    }
}
