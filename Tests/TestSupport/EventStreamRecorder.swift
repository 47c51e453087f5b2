import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// One open page's event stream (`/api/meetings/N/events`) over a raw loopback connection, read
/// on a thread of its own; keeps everything it heard, with the instant each event arrived.
public final class EventStreamRecorder: Sendable {
    private let socket: Int32
    private let heard = Heard()

    private final class Heard: Sendable {
        let events = Mutex<[(name: String, data: String, at: ContinuousClock.Instant)]>([])
    }

    /// Subscribes to meeting `meeting`'s events on `127.0.0.1:port` with the session `cookie`
    /// (`seatplan_session=…`).
    public init(port: Int, meeting: Int, cookie: String) throws {
        let descriptor = try LoopbackSocket.connect(port: port)
        let request =
            "GET /api/meetings/\(meeting)/events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nCookie: \(cookie)\r\n\r\n"
        _ = request.withCString { send(descriptor, $0, strlen($0), 0) }
        socket = descriptor
        let heard = heard
        Thread { Self.read(socket: descriptor, into: heard) }.start()
    }

    deinit {
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
    }

    /// The events heard so far, oldest first: name, data and when each arrived.
    public var events: [(name: String, data: String, at: ContinuousClock.Instant)] {
        heard.events.withLock { $0 }
    }

    private static func read(socket: Int32, into heard: Heard) {
        var buffer = [UInt8](repeating: 0, count: 16_384)
        var text = ""
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { return }
            // Chunked framing uses CRLF, which Swift reads as one Character: make every line end "\n".
            text = (text + String(decoding: buffer[0..<count], as: UTF8.self))
                .replacingOccurrences(of: "\r\n", with: "\n")
            while let end = text.range(of: "\n\n") {
                let block = text[..<end.lowerBound]
                text = String(text[end.upperBound...])
                var name = ""
                var data = ""
                for line in block.split(separator: "\n") {
                    if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
                    if line.hasPrefix("data: ") { data = String(line.dropFirst(6)) }
                }
                if !name.isEmpty {
                    let now = ContinuousClock.now
                    heard.events.withLock { $0.append((name, data, now)) }
                }
            }
        }
    }
}
