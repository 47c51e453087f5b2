import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file so that readers see either the old file or the complete new one, never a
/// partial one: the bytes go to a temporary file in the same directory, which is then renamed.
enum AtomicFileWriter {
    /// Writes `data` to `url` atomically.
    ///
    /// - Throws: ``RenderError/cannotWrite(path:reason:)`` naming `url`'s path and the system's
    ///   reason; no temporary file is left behind.
    static func write(_ data: Data, to url: URL) throws(RenderError) {
        let path = url.path
        let directory = url.deletingLastPathComponent().path
        let temporaryPath = "\(directory)/.\(url.lastPathComponent).\(UUID().uuidString).partial"

        let descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw cannotWrite(path) }
        var succeeded = false
        defer { if !succeeded { unlink(temporaryPath) } }

        let wroteAll = data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Bool in
            var offset = 0
            while offset < buffer.count {
                guard let base = buffer.baseAddress else { return false }
                let written = posixWrite(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
        let writeError = wroteAll ? nil : cannotWrite(path)
        let synced = wroteAll && fsync(descriptor) == 0
        let syncError = wroteAll && !synced ? cannotWrite(path) : nil
        close(descriptor)
        if let error = writeError ?? syncError { throw error }

        guard rename(temporaryPath, path) == 0 else { throw cannotWrite(path) }
        succeeded = true
    }

    /// The current `errno` as a ``RenderError`` for `path`.
    private static func cannotWrite(_ path: String) -> RenderError {
        .cannotWrite(path: path, reason: String(cString: strerror(errno)))
    }
}

/// `write(2)`, named apart from ``AtomicFileWriter/write(_:to:)``.
private func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        return Glibc.write(descriptor, bytes, count)
    #else
        return Darwin.write(descriptor, bytes, count)
    #endif
}
