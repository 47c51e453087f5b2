import ExchangeBridge
import ExchangePostgres
import Foundation
import TestSupport
import Testing

/// Reading `postgres://` locations, and opening a PostgreSQL store (with the test cluster).
@Suite struct PostgresLocationTests {
    @Test func aURLIsReadIntoItsParts() throws {
        let location = try PostgresLocation("postgres://seatplan@db.example.org:6543/exchange?sslmode=require")
        #expect(location.user == "seatplan" && location.host == "db.example.org" && location.port == 6543)
        #expect(location.database == "exchange" && location.tls == .require)
        #expect(try PostgresLocation("postgresql://u@127.0.0.1/d").port == 5432)
        let socket = try PostgresLocation("postgres://u@%2Fvar%2Frun%2Fpostgresql:5433/d")
        #expect(socket.unixSocketPath == "/var/run/postgresql/.s.PGSQL.5433")
    }

    @Test func aPasswordInTheURLIsRefusedAndNeverRepeated() {
        do {
            _ = try PostgresLocation("postgres://u:s3cret@127.0.0.1/d")
            Issue.record("a URL with a password was accepted")
        } catch {
            #expect(error.message.contains("PGPASSWORD") && error.message.contains("--db-password-file"))
            #expect(!error.description.contains("s3cret"))
        }
    }

    @Test(arguments: [
        ("postgres://127.0.0.1/d", "user"), ("postgres://u@127.0.0.1/", "database"),
        ("postgres://u@127.0.0.1:70000/d", "port"), ("postgres://u@127.0.0.1/d?user=x", "option"),
    ])
    func badURLsAreRefusedWithTheirFault(url: String, fault: String) {
        #expect(throws: ExchangeStoreError.self) { try PostgresLocation(url) }
        #expect((try? PostgresLocation(url)) == nil)
        do { _ = try PostgresLocation(url) } catch { #expect(error.message.contains(fault), "\(error)") }
    }

    @Test func thePasswordComesFromTheFileBeforeTheEnvironment() throws {
        let folder = try ProcessRunner.temporaryDirectory("pgpass")
        let file = folder.appendingPathComponent("password")
        try Data("from-file\nignored\n".utf8).write(to: file)
        #expect(try PostgresPassword.resolve(file: file.path, environment: ["PGPASSWORD": "env"]) == "from-file")
        #expect(try PostgresPassword.resolve(file: nil, environment: ["PGPASSWORD": "env"]) == "env")
        #expect(try PostgresPassword.resolve(file: nil, environment: [:]) == nil)
        #expect(throws: ExchangeStoreError.self) {
            try PostgresPassword.resolve(file: folder.appendingPathComponent("missing").path, environment: [:])
        }
    }
}

@Suite(.enabled(if: PostgresTestServer.isAvailable, "no PostgreSQL test cluster: run `make test`"))
struct PostgresOpeningTests {
    @Test func aFreshDatabaseIsMigratedOnceAndReopenedAsIs() async throws {
        let url = try PostgresTestServer.freshDatabase()
        _ = try await PostgresExchangeStore(location: try PostgresLocation(url), options: Self.options())
        _ = try await PostgresExchangeStore(location: try PostgresLocation(url), options: Self.options())
        #expect(
            try PostgresTestServer.psql(url, "SELECT string_agg(name, ',' ORDER BY name) FROM schema_migrations")
                == "pg-v1,pg-v2-row-security,pg-v3-keys-scans")
    }

    @Test func aWrongPasswordIsAClearErrorWithoutThePassword() async throws {
        let url = try PostgresTestServer.freshDatabase()
        do {
            _ = try await PostgresExchangeStore(
                location: try PostgresLocation(url), options: ExchangeStoreOptions(databasePassword: "wrong-one"))
            Issue.record("a wrong password was accepted")
        } catch {
            #expect(error.kind == .cannotOpen && error.message.contains("PGPASSWORD"))
            #expect(!error.description.contains("wrong-one"))
        }
    }

    @Test func aStoreOfANewerSeatPlanIsRefused() async throws {
        let url = try PostgresTestServer.freshDatabase()
        _ = try await PostgresExchangeStore(location: try PostgresLocation(url), options: Self.options())
        try PostgresTestServer.psql(url, "INSERT INTO schema_migrations VALUES ('pg-v99', now())")
        await #expect(throws: ExchangeStoreError.self) {
            _ = try await PostgresExchangeStore(location: try PostgresLocation(url), options: Self.options())
        }
    }

    static func options() -> ExchangeStoreOptions {
        ExchangeStoreOptions(databasePassword: ProcessInfo.processInfo.environment["PGPASSWORD"])
    }
}
