import ExchangeBridge
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The default transport: appends one JSON line per message to a file, for staff to read or
/// another system to pick up. The recipient's number appears masked (`138****5678`): the file
/// is a log, and no phone number may reach a log.
///
/// Each line is written with one `write(2)` on a descriptor opened with `O_APPEND`, then
/// `fsync(2)`ed, so a delivered message's line survives a crash and lines of concurrent
/// writers never interleave.
public final class LogFileTransport: MessageTransport {
    /// `log`.
    public let name = "log"
    /// The file appended to.
    public let path: String
    private let descriptor: Mutex<Int32>
    private let clock: @Sendable () -> Date

    /// Opens (creating, mode 0600) the file at `path` for appending.
    ///
    /// - Throws: ``OutboxSettingsError`` naming `--outbox-log` when the file cannot be opened.
    public init(path: String, now: @escaping @Sendable () -> Date = { Date() }) throws(OutboxSettingsError) {
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            throw OutboxSettingsError(option: "--outbox-log", "cannot open \(path) for appending: \(reason)")
        }
        self.path = path
        self.descriptor = Mutex(fd)
        self.clock = now
    }

    deinit {
        descriptor.withLock { fd in _ = close(fd) }
    }

    /// One line of the file.
    struct Line: Encodable {
        var time: String
        var message: Int64
        var unitID: Int64
        var unit: String
        var kind: String
        var key: String
        var attempt: Int
        var to: String
        var text: String

        enum CodingKeys: String, CodingKey {
            case time, message, unit, kind, key, attempt, to, text
            case unitID = "unit_id"
        }
    }

    /// Appends the message's line and syncs it to disk.
    public func deliver(_ message: OutboundMessage) async throws(TransportError) -> DeliveryReceipt {
        let line = Line(
            time: clock().formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true)),
            message: message.id.rawValue, unitID: message.unitID.rawValue, unit: message.unitName,
            kind: message.kind, key: message.idempotencyKey, attempt: message.attempt,
            to: PhoneMask.mask(message.mobile), text: message.text)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var bytes: Data
        do {
            bytes = try encoder.encode(line)
        } catch {
            throw .permanent("the message could not be encoded as JSON")
        }
        bytes.append(0x0A)
        let failure: String? = descriptor.withLock { fd in
            let written = bytes.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                var done = 0
                while done < raw.count {
                    let count = write(fd, base + done, raw.count - done)
                    if count < 0, errno == EINTR { continue }
                    if count <= 0 { return -1 }
                    done += count
                }
                return done
            }
            if written < 0 { return "cannot append to the outbox log: \(String(cString: strerror(errno)))" }
            if fsync(fd) != 0 { return "cannot sync the outbox log: \(String(cString: strerror(errno)))" }
            return nil
        }
        if let failure { throw .retry(failure) }
        return DeliveryReceipt(via: name)
    }
}
