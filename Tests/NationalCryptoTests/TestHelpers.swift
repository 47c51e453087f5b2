import Foundation
import TestSupport

/// Hex decoding and encoding for vectors.
enum Hex {
    /// The bytes of a hex string (spaces, colons and newlines ignored); `nil` if it is not hex.
    static func decode(_ text: String) -> Data? {
        let digits = text.filter { !" :\n".contains($0) }
        guard digits.count.isMultiple(of: 2) else { return nil }
        var bytes: [UInt8] = []
        var index = digits.startIndex
        while index < digits.endIndex {
            let next = digits.index(index, offsetBy: 2)
            guard let byte = UInt8(digits[index..<next], radix: 16) else { return nil }
            bytes.append(byte)
            index = next
        }
        return Data(bytes)
    }

    /// Lower-case hex.
    static func encode(_ data: Data) -> String {
        data.map { String(format: "%02x", $0) }.joined()
    }
}

/// Runs the `openssl` command line, an implementation independent of these Swift calls'
/// code paths, on files in a scratch directory.
struct OpenSSLCommand {
    let directory: URL
    let executable: String

    init() throws {
        guard let executable = ProcessRunner.which("openssl") else { throw CommandError("openssl is not installed") }
        self.executable = executable
        directory = try ProcessRunner.temporaryDirectory("nationalcrypto")
    }

    /// Writes `data` to a file in the scratch directory and returns its path.
    func write(_ data: Data, to name: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    /// Reads a file of the scratch directory.
    func read(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(name))
    }

    /// The path of a file in the scratch directory.
    func path(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }

    /// Runs openssl with `arguments`; returns its output and status.
    func run(_ arguments: [String]) throws -> ProcessOutput {
        try ProcessRunner.run(executable, arguments, currentDirectory: directory)
    }

    /// Runs openssl and throws unless it exits with 0; returns standard output.
    func succeed(_ arguments: [String]) throws -> String {
        let output = try run(arguments)
        guard output.status == 0, !output.crashed else {
            throw CommandError("openssl \(arguments.joined(separator: " ")) failed: \(output.stderr)")
        }
        return output.stdout
    }

    /// Removes the scratch directory.
    func cleanUp() {
        try? FileManager.default.removeItem(at: directory)
    }
}

/// A failed helper command.
struct CommandError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Deterministic pseudo-random bytes for inputs (a simple xorshift; not for keys).
func sampleBytes(_ count: Int, seed: UInt64) -> Data {
    var state = seed | 1
    return Data(
        (0..<count).map { _ in
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return UInt8(truncatingIfNeeded: state >> 24)
        })
}
