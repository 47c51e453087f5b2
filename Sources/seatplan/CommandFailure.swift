import Foundation

/// A failure the command reports in one message on standard error, exiting non-zero.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }

    /// A failure of a file-system step, e.g. "cannot create folder out/x: Not a directory".
    init(_ step: String, path: String, error: any Error) {
        self.init("cannot \(step) \(path): \(Self.reason(error))")
    }

    /// The operating system's own words for a Foundation file error, not its debug dump.
    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? any Error {
            let posix = underlying as NSError
            if posix.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(posix.code))) }
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        return String(describing: error)
    }
}

/// File steps of the commands, each failing with a ``CommandFailure`` that names the path.
enum CommandFiles {
    /// Creates a folder and its parents when missing.
    static func createFolder(_ url: URL) throws(CommandFailure) {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure("create folder", path: url.relativePath, error: error)
        }
    }

    /// Reads a whole file.
    static func read(_ url: URL) throws(CommandFailure) -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw CommandFailure("read", path: url.relativePath, error: error)
        }
    }

    /// Writes a file atomically (temporary file, then rename): never a partial file.
    static func write(_ data: Data, to url: URL) throws(CommandFailure) {
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw CommandFailure("write", path: url.relativePath, error: error)
        }
    }

    /// Removes a file if it exists.
    static func removeIfPresent(_ url: URL) throws(CommandFailure) {
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        do {
            try FileManager.default.removeItem(at: url)
        } catch {
            throw CommandFailure("remove", path: url.relativePath, error: error)
        }
    }
}
