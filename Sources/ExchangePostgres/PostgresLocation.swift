import ExchangeBridge
import Foundation

/// Where a PostgreSQL exchange store lives: `postgres://USER@HOST:PORT/DB` (or `postgresql://`),
/// with `?sslmode=disable|prefer|require` optional. The password never travels in the URL (a
/// URL reaches logs, shell histories and `ps`): it comes from `PGPASSWORD` or a password file.
///
/// A host that starts with `/` (percent-encoded in the URL, `%2Fvar%2Frun%2Fpostgresql`) is the
/// folder of a Unix socket, as with `psql`.
public struct PostgresLocation: Sendable, Equatable {
    /// How the connection is encrypted.
    public enum TLSMode: String, Sendable, Equatable {
        /// Never (the default: loopback and Unix sockets).
        case disable
        /// When the server offers it.
        case prefer
        /// Always; the connection fails without it.
        case require
    }

    /// The user to connect as.
    public var user: String
    /// The host name or address, or the folder of a Unix socket.
    public var host: String
    /// The port (5432 unless given).
    public var port: Int
    /// The database's name.
    public var database: String
    /// How the connection is encrypted.
    public var tls: TLSMode

    /// The path of the Unix socket when ``host`` is a folder, else `nil`.
    public var unixSocketPath: String? {
        host.hasPrefix("/") ? "\(host)/.s.PGSQL.\(port)" : nil
    }

    /// The location as a URL without any secret, fit for messages and logs.
    public var description: String {
        let shownHost =
            host.hasPrefix("/")
            ? (host.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? host)
            : (host.contains(":") ? "[\(host)]" : host)
        return "postgres://\(user)@\(shownHost):\(port)/\(database)"
    }

    /// Whether `text` names a PostgreSQL store rather than an SQLite file.
    public static func isPostgres(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Reads a `postgres://` URL.
    ///
    /// - Throws: ``ExchangeStoreError`` (``ExchangeStoreError/Kind/invalidInput``) naming what is
    ///   wrong: a password in the URL, no user, no database, a bad port or an unknown option.
    public init(_ text: String) throws(ExchangeStoreError) {
        func refuse(_ message: String) -> ExchangeStoreError {
            ExchangeStoreError(.invalidInput, store: Self.redacted(text), message)
        }
        guard Self.isPostgres(text), let components = URLComponents(string: text) else {
            throw refuse("is not a PostgreSQL URL; write postgres://USER@HOST:PORT/DB")
        }
        guard components.password == nil else {
            throw refuse(
                "carries a password; remove it from the URL and give it in PGPASSWORD or with --db-password-file")
        }
        guard let user = components.percentEncodedUser?.removingPercentEncoding, !user.isEmpty else {
            throw refuse("names no user; write postgres://USER@HOST:PORT/DB")
        }
        let host = components.percentEncodedHost?.removingPercentEncoding ?? ""
        guard !host.isEmpty else { throw refuse("names no host; write postgres://USER@HOST:PORT/DB") }
        let database = String(components.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty, !database.contains("/") else {
            throw refuse("names no database; write postgres://USER@HOST:PORT/DB")
        }
        if let port = components.port, !(1...65535).contains(port) {
            throw refuse("port \(port) is not a port number (1 to 65535)")
        }
        var tls = TLSMode.disable
        for item in components.queryItems ?? [] {
            guard item.name == "sslmode", let mode = TLSMode(rawValue: item.value ?? "") else {
                throw refuse("option '\(item.name)' is not known; the only option is sslmode=disable|prefer|require")
            }
            tls = mode
        }
        self.user = user
        self.host = host.hasPrefix("[") ? String(host.dropFirst().dropLast()) : host
        self.port = components.port ?? 5432
        self.database = database
        self.tls = tls
    }

    /// `text` with any password in it replaced, for an error message about a bad URL.
    static func redacted(_ text: String) -> String {
        guard var components = URLComponents(string: text), components.password != nil else { return text }
        components.password = "***"
        return components.string ?? "postgres://…"
    }
}

/// Where a PostgreSQL password comes from: a file (`--db-password-file`, first line) or the
/// `PGPASSWORD` environment variable, never the command line.
public enum PostgresPassword {
    /// The password from `file` when given, else from `PGPASSWORD`, else `nil` (a server that
    /// trusts the connection, or a Unix socket with peer authentication).
    ///
    /// - Throws: ``ExchangeStoreError`` when the file cannot be read or is empty.
    public static func resolve(
        file: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ExchangeStoreError) -> String? {
        guard let file else { return environment["PGPASSWORD"].flatMap { $0.isEmpty ? nil : $0 } }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ExchangeStoreError(.cannotOpen, store: file, "cannot be read (the PostgreSQL password file)")
        }
        let firstLine = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).first ?? ""
        guard !firstLine.isEmpty else {
            throw ExchangeStoreError(.invalidInput, store: file, "is empty (the PostgreSQL password file)")
        }
        return String(firstLine)
    }
}
