import Foundation

/// Locates and runs the built `seatplan` executable for end-to-end tests.
public enum SeatPlanBinary {
    /// The package's root folder (where Package.swift is).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary was not built: the end-to-end tests say so rather than run something else.
    public struct MissingBinary: Error, CustomStringConvertible {
        /// Where it was looked for.
        public let searched: [String]

        public var description: String {
            "the seatplan binary is missing (looked in \(searched.joined(separator: ", "))); "
                + "build it first (`swift build`, which `make test` runs) or set SEATPLAN_BIN to it"
        }
    }

    /// The binary: `$SEATPLAN_BIN` if set, else `seatplan` beside the test bundle in the build
    /// folder (the same configuration the tests were built in).
    ///
    /// - Throws: ``MissingBinary`` when there is none, naming where it looked.
    public static func path() throws -> String {
        if let override = ProcessInfo.processInfo.environment["SEATPLAN_BIN"] {
            guard FileManager.default.isExecutableFile(atPath: override) else {
                throw MissingBinary(searched: [override])
            }
            return override
        }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var searched: [String] = []
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("seatplan").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            searched.append(candidate)
            folder = folder.deletingLastPathComponent()
        }
        throw MissingBinary(searched: searched)
    }

    /// Runs `seatplan` with the given arguments.
    public static func run(_ arguments: [String], in directory: URL? = nil) throws -> ProcessOutput {
        try ProcessRunner.run(try path(), arguments, currentDirectory: directory)
    }
}
