import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// HTTP/1.1 over a plain loopback socket, one request per connection, for chromedriver and for
/// load generators that must cost the machine little (a blocking socket on a thread each).
///
/// Why not URLSession: chromedriver writes its headers without a space after the colon
/// (`Content-Length:252`), which RFC 9110 allows but swift-corelibs-foundation's response
/// parser (Swift 6.3.1) rejects, failing every request with `NSURLErrorDomain -1 "Failed
/// writing header"` (fixed upstream by swiftlang/swift-corelibs-foundation#5527). The workbench
/// itself is reached with URLSession (``LoopbackHTTP``).
///
/// Blocking socket work runs on a thread of its own (see ``OwnThread``), never on the
/// cooperative pool.
public struct PlainHTTP: Sendable {
    /// The server's port on 127.0.0.1.
    public let port: Int

    public init(port: Int) {
        self.port = port
    }

    /// Sends one request and returns the answer whatever its status.
    public func send(
        _ method: String, _ path: String, body: Data? = nil, contentType: String = "application/json; charset=utf-8",
        headers: [String: String] = [:], timeout: TimeInterval = 60
    ) async throws -> HTTPReply {
        try await withCheckedThrowingContinuation { continuation in
            OwnThread.start {
                continuation.resume(
                    with: Result {
                        try sendBlocking(
                            method, path, body: body, contentType: contentType, headers: headers, timeout: timeout)
                    })
            }
        }
    }

    /// The same, on the calling thread (for `close()` in a `defer`).
    public func sendBlocking(
        _ method: String, _ path: String, body: Data? = nil, contentType: String = "application/json; charset=utf-8",
        headers: [String: String] = [:], timeout: TimeInterval = 20
    ) throws -> HTTPReply {
        let what = "\(method) http://127.0.0.1:\(port)\(path)"
        let fd: Int32
        do {
            fd = try LoopbackSocket.connect(port: port)
        } catch {
            throw HTTPError(description: "\(what): \(error)")
        }
        defer { _ = close(fd) }
        var limit = timeval(tv_sec: Int(timeout.rounded(.up)), tv_usec: 0)
        let limitSize = socklen_t(MemoryLayout<timeval>.size)
        _ = setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, limitSize)
        _ = setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, limitSize)

        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        head += "Accept: application/json\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
        if let body {
            head += "Content-Type: \(contentType)\r\nContent-Length: \(body.count)\r\n"
        } else if method == "POST" {
            head += "Content-Length: 0\r\n"
        }
        head += "\r\n"
        var request = Data(head.utf8)
        if let body { request.append(body) }
        try request.withUnsafeBytes { raw in
            var sent = 0
            while sent < raw.count {
                guard let base = raw.baseAddress else { return }
                let count = write(fd, base + sent, raw.count - sent)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { throw HTTPError(description: "\(what): write failed, errno \(errno)") }
                sent += count
            }
        }

        var answer = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count < 0 {
                throw HTTPError(description: "\(what): no complete answer within \(Int(timeout)) s (errno \(errno))")
            }
            if count == 0 { break }
            answer.append(contentsOf: buffer[0..<count])
            if let reply = try? Self.parse(answer), reply.complete { return reply.reply }
        }
        let parsed = try Self.parse(answer)
        guard parsed.complete else { throw HTTPError(description: "\(what): the answer was cut short") }
        return parsed.reply
    }

    /// Parses an answer read so far; `complete` says whether its whole body is there.
    static func parse(_ data: Data) throws -> (reply: HTTPReply, complete: Bool) {
        let separator = Data("\r\n\r\n".utf8)
        guard let end = data.range(of: separator) else {
            throw HTTPError(description: "no end of headers in \(data.count) bytes")
        }
        let head = String(decoding: data[data.startIndex..<end.lowerBound], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst()
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, let status = Int(parts[1]) else {
            throw HTTPError(description: "not an HTTP status line: \(statusLine)")
        }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Data(data[end.upperBound...])
        var complete = true
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true {
            (body, complete) = dechunk(body)
        } else if let length = headers["content-length"].flatMap({ Int($0) }) {
            complete = body.count >= length
            body = body.prefix(length)
        } else {
            complete = false  // read to the end of the connection
        }
        return (HTTPReply(status: status, headers: headers, body: body), complete)
    }

    /// A chunked body decoded, and whether its last chunk has arrived.
    static func dechunk(_ data: Data) -> (Data, Bool) {
        var body = Data()
        var index = data.startIndex
        let crlf = Data("\r\n".utf8)
        while let lineEnd = data.range(of: crlf, in: index..<data.endIndex) {
            let sizeText = String(decoding: data[index..<lineEnd.lowerBound], as: UTF8.self)
            guard let size = Int(sizeText.split(separator: ";").first.map(String.init) ?? "", radix: 16) else {
                return (body, false)
            }
            if size == 0 { return (body, true) }
            let start = lineEnd.upperBound
            guard data.distance(from: start, to: data.endIndex) >= size + 2 else { return (body, false) }
            let stop = data.index(start, offsetBy: size)
            body.append(data[start..<stop])
            index = data.index(stop, offsetBy: 2)
        }
        return (body, false)
    }
}
