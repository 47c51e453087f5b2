import Foundation

/// The outcome of running a program to completion.
public struct ProcessOutput: Sendable {
    /// The exit status (or the terminating signal number when ``crashed``).
    public let status: Int32
    /// Whether the process ended by a signal rather than an exit.
    public let crashed: Bool
    /// Everything written to standard output, decoded as UTF-8.
    public let stdout: String
    /// Everything written to standard error, decoded as UTF-8.
    public let stderr: String
}

/// Runs external programs for tests: the built `seatplan` binary, pdftotext, pdfinfo.
public enum ProcessRunner {
    /// Runs `executable` with `arguments` and waits for it; standard input is empty.
    public static func run(
        _ executable: String, _ arguments: [String], currentDirectory: URL? = nil
    ) throws -> ProcessOutput {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let outPipe = Pipe()
        let errPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes concurrently so a chatty child cannot block on a full pipe.
        nonisolated(unsafe) var errorData = Data()
        let done = DispatchSemaphore(value: 0)
        OwnThread.start {
            errorData = errPipe.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
        let outData = outPipe.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        process.waitUntilExit()
        return ProcessOutput(
            status: process.terminationStatus,
            crashed: process.terminationReason == .uncaughtSignal,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self))
    }

    /// Finds a program on the PATH (e.g. `pdftotext`), or `nil`.
    public static func which(_ program: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(program)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// A fresh empty directory under the system's temporary directory.
    public static func temporaryDirectory(_ prefix: String = "seatplan-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
