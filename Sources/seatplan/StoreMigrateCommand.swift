import ArgumentParser
import ExchangeBridge
import ExchangePostgres
import Foundation

/// `seatplan store migrate --from FILE.sqlite --to postgres://USER@HOST:PORT/DB`.
struct StoreMigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Copy an SQLite store into an empty PostgreSQL database, verified by counts and content hashes.",
        discussion: """
            Every table is copied row for row with the same ids, in one transaction: a copy that \
            fails writes nothing. Afterwards each table is read back from PostgreSQL and its row \
            count and SHA-256 content hash compared with the SQLite store's. The SQLite file is only \
            read. The password comes from PGPASSWORD or --db-password-file, never from the URL.
            """)

    @Option(name: .long, help: ArgumentHelp("The SQLite store to copy.", valueName: "FILE.sqlite"))
    var from: String

    @Option(name: .long, help: ArgumentHelp("The empty PostgreSQL database to copy into.", valueName: "URL"))
    var to: String

    @Option(name: .long, help: StoreLocation.passwordFileHelp)
    var dbPasswordFile: String?

    func validate() throws {
        guard PostgresLocation.isPostgres(to) else {
            throw ValidationError("--to must be a postgres://USER@HOST:PORT/DB URL, not '\(to)'")
        }
        guard !PostgresLocation.isPostgres(from) else {
            throw ValidationError("--from must be an SQLite store file, not a PostgreSQL URL")
        }
        guard FileManager.default.fileExists(atPath: from) else {
            throw ValidationError("\(from): no such store file (--from)")
        }
    }

    func run() async throws {
        let source = try ExchangeStore(path: from, options: ExchangeStoreOptions(actor: "seatplan store migrate"))
        let options = try StoreLocation.options(actor: "seatplan store migrate", db: to, passwordFile: dbPasswordFile)
        let target = try await PostgresExchangeStore(location: try PostgresLocation(to), options: options)
        let copies = try await PostgresStoreCopy.copy(from: source, to: target)
        let width = copies.map(\.table.count).max() ?? 5
        print("\(from) → \(target.path): copied and verified")
        for copy in copies {
            print(
                "  \(copy.table.padding(toLength: width, withPad: " ", startingAt: 0))  "
                    + "\(String(copy.rows).leftPadded(to: 7)) rows  sha256 \(copy.contentHash.prefix(16))")
        }
        print("  \(copies.reduce(0) { $0 + $1.rows }) rows in \(copies.count) tables; counts and hashes match")
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
