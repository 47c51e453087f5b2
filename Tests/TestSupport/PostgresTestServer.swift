import Foundation

/// The throwaway PostgreSQL cluster `make test` starts (`scripts/with-postgres.sh`): its URL in
/// `SEATPLAN_TEST_POSTGRES`, its password in `PGPASSWORD`. Without it, PostgreSQL tests skip
/// (`.enabled(if: PostgresTestServer.isAvailable, "…")`) and say so.
public enum PostgresTestServer {
    /// The cluster's URL (`postgres://seatplan@127.0.0.1:PORT/postgres`), or `nil` without one.
    public static var url: String? {
        ProcessInfo.processInfo.environment["SEATPLAN_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether a cluster runs for these tests.
    public static var isAvailable: Bool { url != nil }

    /// The folder of PostgreSQL's programs (`initdb`, `pg_ctl`, `psql`).
    public static var binaries: String {
        ProcessInfo.processInfo.environment["SEATPLAN_TEST_POSTGRES_BIN"] ?? "/usr/lib/postgresql/15/bin"
    }

    /// The cluster's data folder (for restarting it with `pg_ctl`).
    public static var dataFolder: String? { ProcessInfo.processInfo.environment["SEATPLAN_TEST_POSTGRES_DATA"] }

    /// Restarts the cluster (`pg_ctl restart -m fast`): every connection is dropped.
    public static func restart() throws {
        guard let dataFolder else { throw TestSupportError("no PostgreSQL data folder (SEATPLAN_TEST_POSTGRES_DATA)") }
        // Output to the cluster's log, not to pipes: the restarted server must hold nothing of this process's.
        let log = URL(fileURLWithPath: dataFolder).deletingLastPathComponent().appendingPathComponent("server.log").path
        var arguments = ["\(binaries)/pg_ctl", "-D", dataFolder, "-l", log, "-m", "fast", "-w", "-t", "60", "restart"]
        if getuid() == 0 { arguments = ["runuser", "-u", "postgres", "--"] + arguments }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try ChildExit.run(process)
        // Reaped by polling (runuser's exit is not always seen by Foundation's own wait).
        guard ChildExit.waitForExit(process.processIdentifier, timeout: 90) else {
            throw TestSupportError("pg_ctl restart did not finish within 90 s; see \(log)")
        }
    }

    /// Creates an empty database of its own for one test and returns its URL.
    public static func freshDatabase() throws -> String {
        guard let url, let base = URL(string: url) else {
            throw TestSupportError("no PostgreSQL test cluster (SEATPLAN_TEST_POSTGRES is not set)")
        }
        let name = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try psql(url, "CREATE DATABASE \(name)")
        return base.deletingLastPathComponent().appendingPathComponent(name).absoluteString
    }

    /// Runs one SQL command with `psql` against `database` (a URL), as the cluster's superuser.
    @discardableResult
    public static func psql(_ database: String, _ sql: String) throws -> String {
        let result = try ProcessRunner.run(
            "\(binaries)/psql", ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", database, "-c", sql])
        guard result.status == 0 else { throw TestSupportError("psql \(sql): \(result.stderr)") }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// A test set-up step that failed, with what went wrong.
public struct TestSupportError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) { self.description = description }
}
