import ExchangeBridge
import Foundation
import Logging
import NIOSSL
import PostgresNIO

/// The one owner of a PostgreSQL connection pool: it runs the pool while any copy of the store
/// holds it, and stops it when the last copy goes away. Every operation of the store is one
/// transaction on one pooled connection through ``transaction(_:_:)``.
final class PostgresDatabase: Sendable {
    /// How a transaction reads and writes.
    enum Access {
        /// SERIALIZABLE, retried from the start when PostgreSQL reports a serialization failure
        /// or a deadlock: the whole operation's outcome is as if it had run alone.
        case write
        /// A consistent snapshot, read only.
        case read
    }

    let location: PostgresLocation
    let client: PostgresClient
    private let runner: Task<Void, Never>
    /// This process's write transactions, one at a time (see ``WriterTurns``).
    private let writers = WriterTurns()
    /// How many times a write is tried when PostgreSQL cannot serialize it with others.
    static let serializationAttempts = 12
    /// Logs nothing below errors, and never a query's parameters (they hold personal data).
    static let logger: Logger = {
        var logger = Logger(label: "seatplan.postgres")
        logger.logLevel = .critical
        return logger
    }()

    /// Starts a pool of at most `maximumConnections` connections to `location`.
    init(location: PostgresLocation, password: String?, maximumConnections: Int) throws(ExchangeStoreError) {
        var configuration: PostgresClient.Configuration
        if let socket = location.unixSocketPath {
            configuration = PostgresClient.Configuration(
                unixSocketPath: socket, username: location.user, password: password, database: location.database)
        } else {
            let tls: PostgresClient.Configuration.TLS =
                switch location.tls {
                case .disable: .disable
                case .prefer: .prefer(.makeClientConfiguration())
                case .require: .require(.makeClientConfiguration())
                }
            configuration = PostgresClient.Configuration(
                host: location.host, port: location.port, username: location.user, password: password,
                database: location.database, tls: tls)
        }
        configuration.options.maximumConnections = max(1, maximumConnections)
        configuration.options.connectTimeout = .seconds(5)
        direct = try Self.connectionConfiguration(location, password: password)
        self.location = location
        let client = PostgresClient(configuration: configuration, backgroundLogger: Self.logger)
        self.client = client
        runner = Task { await client.run() }
    }

    deinit { runner.cancel() }

    /// How one connection outside the pool reaches the store (to migrate, to listen).
    private let direct: PostgresConnection.Configuration

    /// A connection of its own, outside the pool; the caller closes it. Fails at once (rather
    /// than after the pool's retries) when the server is unreachable or refuses the sign-in.
    func connectDirectly() async throws(ExchangeStoreError) -> PostgresConnection {
        do {
            return try await PostgresConnection.connect(configuration: direct, id: 0, logger: Self.logger)
        } catch {
            throw ExchangeStoreError(translatingPostgres: error, store: location.description)
        }
    }

    /// The configuration of a single connection to `location`.
    private static func connectionConfiguration(
        _ location: PostgresLocation, password: String?
    ) throws(ExchangeStoreError) -> PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        if let socket = location.unixSocketPath {
            configuration = PostgresConnection.Configuration(
                unixSocketPath: socket, username: location.user, password: password, database: location.database)
        } else {
            let tls: PostgresConnection.Configuration.TLS
            do {
                switch location.tls {
                case .disable: tls = .disable
                case .prefer: tls = .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
                case .require: tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
                }
            } catch {
                throw ExchangeStoreError(.cannotOpen, store: location.description, "TLS cannot be set up: \(error)")
            }
            configuration = PostgresConnection.Configuration(
                host: location.host, port: location.port, username: location.user, password: password,
                database: location.database, tls: tls)
        }
        configuration.options.connectTimeout = .seconds(5)
        return configuration
    }

    /// Runs `body` as one transaction: committed whole, or rolled back and the error thrown.
    /// A write that PostgreSQL cannot serialize with a concurrent one runs again from the start.
    func transaction<T: Sendable>(
        _ access: Access = .write, isolation: isolated (any Actor)? = #isolation,
        _ body: (PostgresConnection) async throws -> T
    ) async throws(ExchangeStoreError) -> T {
        var attempt = 0
        while true {
            attempt += 1
            do {
                let reach = UnitReach.current
                if access == .write { await writers.begin() }
                defer { if access == .write { writers.end() } }
                return try await client.withConnection { connection in
                    try await Self.transaction(on: connection, access, reach: reach, body)
                }
            } catch {
                if Self.mustRetry(error), attempt < Self.serializationAttempts {
                    let pause = Double.random(in: 0.002...0.02) * Double(attempt)
                    try? await Task.sleep(for: .seconds(pause))
                    continue
                }
                throw ExchangeStoreError(translatingPostgres: error, store: location.description)
            }
        }
    }

    /// Runs `body` as one transaction on `connection` (no retry), within `reach` (see ``UnitReach``).
    static func transaction<T: Sendable>(
        on connection: PostgresConnection, _ access: Access, reach: String?,
        isolation: isolated (any Actor)? = #isolation, _ body: (PostgresConnection) async throws -> T
    ) async throws -> T {
        let begin: PostgresQuery =
            switch access {
            case .write: "BEGIN ISOLATION LEVEL SERIALIZABLE"
            case .read: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
            }
        try await connection.query(begin, logger: Self.logger)
        do {
            if reach != nil { try await enter(reach, on: connection) }
            let value = try await body(connection)
            try await connection.query("COMMIT", logger: Self.logger)
            return value
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: Self.logger)
            throw error
        }
    }

    /// Makes the rest of the transaction (or savepoint) see only `reach`'s units through the
    /// row-level security policies (`pg-v2-row-security`); `nil` returns to the store's own role.
    static func enter(_ reach: String?, on connection: PostgresConnection) async throws {
        if let reach {
            // One round trip: `set_config('role', …, true)` is SET LOCAL ROLE.
            try await connection.query(
                """
                SELECT set_config('role', \(PostgresSchemaV2RowSecurity.role), true),
                    set_config('seatplan.reach_unit', \(reach), true)
                """, logger: Self.logger)
        } else {
            try await connection.query("SET LOCAL ROLE NONE", logger: Self.logger)
        }
    }

    /// Serialization failures (40001) and deadlocks (40P01) are retried; anything else is final.
    static func mustRetry(_ error: any Error) -> Bool {
        guard let state = (error as? PSQLError)?.serverInfo?[.sqlState] else { return false }
        return state == "40001" || state == "40P01"
    }
}

extension ExchangeStoreError {
    /// Translates an error from PostgreSQL (or the connection to it) into an
    /// ``ExchangeStoreError`` naming the store, keeping ours as they are. Never includes a
    /// query's parameters.
    init(translatingPostgres error: any Error, store: String) {
        if let error = error as? ExchangeStoreError {
            self = error
            return
        }
        guard let error = error as? PSQLError else {
            self.init(.database, store: store, "\(error)")
            return
        }
        let state = error.serverInfo?[.sqlState] ?? ""
        let message = error.serverInfo?[.message] ?? ""
        switch (error.code, state) {
        case (.server, "23000"), (.server, "23505"), (.server, "23503"), (.server, "23514"), (.server, "23502"):
            self.init(.conflict, store: store, "refused the change: \(message)")
        case (.server, "28P01"), (.server, "28000"):
            self.init(
                .cannotOpen, store: store,
                "refused the sign-in: \(message) (give the password in PGPASSWORD or with --db-password-file)")
        case (.server, "3D000"):
            self.init(.cannotOpen, store: store, "cannot be opened: \(message)")
        case (.server, "42501"):
            self.init(.readOnly, store: store, "cannot be written: \(message)")
        case (.server, "40001"), (.server, "40P01"), (.server, "55P03"):
            self.init(.busy, store: store, "is busy: \(message); try again")
        case (.server, _):
            self.init(.database, store: store, "PostgreSQL error \(state): \(message)")
        case (.connectionError, _), (.serverClosedConnection, _), (.uncleanShutdown, _), (.poolClosed, _):
            self.init(
                .cannotOpen, store: store,
                "cannot be reached: is PostgreSQL running there, and does it accept this user? (\(error.code))")
        case (.authMechanismRequiresPassword, _):
            self.init(
                .cannotOpen, store: store,
                "asks for a password: give it in PGPASSWORD or with --db-password-file")
        default:
            self.init(.database, store: store, "PostgreSQL: \(error.code)")
        }
    }
}
