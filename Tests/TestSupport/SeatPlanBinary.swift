import Foundation

/// Locates and runs the built `seatplan` executable for end-to-end tests.
public enum SeatPlanBinary {
    /// The package's root folder (where Package.swift is).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary: `$SEATPLAN_BIN` if set, else `seatplan` beside the test bundle in the build
    /// folder (the same configuration the tests were built in).
    public static var path: String {
        if let override = ProcessInfo.processInfo.environment["SEATPLAN_BIN"] { return override }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("seatplan").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/seatplan").path
    }

    /// Runs `seatplan` with the given arguments.
    public static func run(_ arguments: [String], in directory: URL? = nil) throws -> ProcessOutput {
        try ProcessRunner.run(path, arguments, currentDirectory: directory)
    }
}
