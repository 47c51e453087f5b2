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

    /// An outage of one database, as a restart looks to its clients: new connections are refused
    /// for `seconds`, and every open connection is killed. Other tests' databases in the shared
    /// cluster go on undisturbed (a cluster restart would cut them too).
    public static func interrupt(_ database: String, seconds: Int = 2) throws {
        guard let url, let name = URL(string: database)?.lastPathComponent else {
            throw TestSupportError("no PostgreSQL test cluster (SEATPLAN_TEST_POSTGRES is not set)")
        }
        try psql(url, "ALTER DATABASE \(name) ALLOW_CONNECTIONS false")
        try psql(url, "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '\(name)'")
        sleep(UInt32(seconds))
        try psql(url, "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '\(name)'")
        try psql(url, "ALTER DATABASE \(name) ALLOW_CONNECTIONS true")
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
