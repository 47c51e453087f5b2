import Foundation
import Synchronization
import TestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// One open console of the seat map, as far as live events go: a raw HTTP connection to the
/// server's event stream, read on a thread of its own, remembering the newest plan version it
/// was told of.
final class EventConsole: Sendable {
    private let socket: Int32
    private let newest = NewestVersion()

    /// The newest version heard, shared with the reading thread (which must not keep the console alive).
    private final class NewestVersion: Sendable {
        let value = Mutex(0)
    }

    /// Connects to `127.0.0.1:port` and subscribes to meeting `meeting`'s events.
    init(port: Int, meeting: Int, cookie: String) throws {
        let descriptor = try LoopbackSocket.connect(port: port)
        let request =
            "GET /api/meetings/\(meeting)/events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nCookie: \(cookie)\r\n\r\n"
        _ = request.withCString { send(descriptor, $0, strlen($0), 0) }
        socket = descriptor
        let newest = newest
        Thread { Self.readEvents(socket: descriptor, into: newest) }.start()
    }

    deinit {
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
    }

    /// The newest plan version announced on this console (the greeting counts).
    var newestVersion: Int { newest.value.withLock { $0 } }

    private static func readEvents(socket: Int32, into newest: NewestVersion) {
        var buffer = [UInt8](repeating: 0, count: 16_384)
        var text = ""
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { return }
            text += String(decoding: buffer[0..<count], as: UTF8.self)
            while let range = text.range(of: "\"version\":") {
                let digits = text[range.upperBound...].prefix { $0.isNumber }
                if let version = Int(digits) { newest.value.withLock { $0 = max($0, version) } }
                text = String(text[range.upperBound...])
            }
        }
    }
}
