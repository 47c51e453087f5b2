import ExchangeBridge
import Foundation
import PostgresNIO

extension PostgresExchangeStore {
    /// The columns an ``Account`` is read from, of the table called `table` (never a secret:
    /// only whether a password hash is set).
    static func accountColumns(_ table: String = "accounts") -> String {
        """
        \(table).id, \(table).login, \(table).kind, \(table).unit_name, \(table).display_name,
        \(table).password_hash IS NOT NULL AS activated, \(table).failed_sign_ins, \(table).last_failed_at,
        \(table).locked_until, \(table).created_at
        """
    }

    /// Creates an account waiting for activation: its one-time code's hash and expiry are kept,
    /// never the code. A unit account's unit must exist in at least one meeting. Logins are
    /// unique regardless of case.
    ///
    /// - Throws: ``ExchangeStoreError/Kind/conflict`` when the login is taken,
    ///   ``ExchangeStoreError/Kind/invalidInput`` for an empty login or name or an unknown unit.
    public func createAccount(
        _ new: NewAccount, activation: ActivationHash
    ) async throws(ExchangeStoreError) -> Account {
        let login = new.login.trimmingCharacters(in: .whitespaces)
        let displayName = new.displayName.trimmingCharacters(in: .whitespaces)
        guard (1...64).contains(login.count), !login.contains(where: \.isWhitespace) else {
            throw ExchangeStoreError(.invalidInput, store: path, "a login has 1 to 64 characters and no spaces")
        }
        guard !displayName.isEmpty else {
            throw ExchangeStoreError(.invalidInput, store: path, "an account needs a display name")
        }
        guard (new.kind == .unit) == (new.unitName != nil) else {
            throw ExchangeStoreError(.invalidInput, store: path, "a unit account names its unit; a staff account none")
        }
        try inputCheck.requireStorableText(
            ["login": login, "display name": displayName, "unit": new.unitName, "activation": activation.hash],
            in: "account")
        return try await write { connection in
            if let unitName = new.unitName {
                let known =
                    try await connection.scalar(
                        "SELECT EXISTS (SELECT 1 FROM units WHERE name = \(unitName))", as: Bool.self) ?? false
                guard known else {
                    throw ExchangeStoreError(.invalidInput, store: path, "no meeting has a unit called '\(unitName)'")
                }
            }
            let stamp = now()
            // The unique index on lower(login) settles a race between two servers creating one login.
            guard
                let id = try await connection.scalar(
                    """
                    INSERT INTO accounts (login, kind, unit_name, display_name, activation_hash, activation_expires_at,
                                          created_at, updated_at)
                    VALUES (\(login), \(new.kind.rawValue), \(new.unitName), \(displayName), \(activation.hash),
                            \(activation.expiresAt), \(stamp), \(stamp))
                    ON CONFLICT ((lower(login))) DO NOTHING RETURNING id
                    """, as: Int64.self)
            else { throw ExchangeStoreError(.conflict, store: path, "the login '\(login)' is taken") }
            try await appendAudit(
                connection, action: "account.create", subject: "account:\(id)", meeting: nil,
                detail: ["login": .text(login), "kind": .text(new.kind.rawValue)])
            return try await requireAccount(connection, AccountID(rawValue: id))
        }
    }

    /// Replaces an account's activation code (a lost code, or a password reset by staff):
    /// the old code and password stop working, and so do its sessions.
    public func reissueActivation(_ account: AccountID, activation: ActivationHash) async throws(ExchangeStoreError) {
        try inputCheck.requireStorableText(["activation": activation.hash], in: "account")
        try await write { connection in
            _ = try await requireAccount(connection, account)
            try await connection.run(
                """
                UPDATE accounts SET activation_hash = \(activation.hash),
                    activation_expires_at = \(activation.expiresAt), password_hash = NULL, failed_sign_ins = 0,
                    locked_until = NULL, updated_at = \(now())
                WHERE id = \(account.rawValue)
                """)
            try await connection.run("DELETE FROM sessions WHERE account_id = \(account.rawValue)")
            try await appendAudit(
                connection, action: "account.reissue", subject: "account:\(account.rawValue)", meeting: nil)
        }
    }

    /// Uses a one-time activation code (by its hash) to set the account's password hash.
    ///
    /// - Throws: ``ExchangeStoreError/Kind/notFound`` when no account has that code or it expired.
    public func activateAccount(codeHash: String, passwordHash: String) async throws(ExchangeStoreError) -> Account {
        let unknown = ExchangeStoreError(.notFound, store: path, "the activation code is unknown, used or expired")
        guard !codeHash.holdsNUL else { throw unknown }
        try inputCheck.requireStorableText(["password hash": passwordHash], in: "account")
        return try await write { connection in
            guard
                let row = try await connection.firstRow(
                    "SELECT id, activation_expires_at FROM accounts WHERE activation_hash = \(codeHash)"),
                let expires = try row.value("activation_expires_at", as: Date?.self), expires > now()
            else { throw unknown }
            let id = try row.value("id", as: Int64.self)
            try await connection.run(
                """
                UPDATE accounts SET password_hash = \(passwordHash), activation_hash = NULL,
                    activation_expires_at = NULL, failed_sign_ins = 0, locked_until = NULL, updated_at = \(now())
                WHERE id = \(id)
                """)
            try await appendAudit(connection, action: "account.activate", subject: "account:\(id)", meeting: nil)
            return try await requireAccount(connection, AccountID(rawValue: id))
        }
    }

    /// The account signing in as `login` (in any case) with its password hash, or `nil` when
    /// there is none.
    public func signInRecord(login: String) async throws(ExchangeStoreError) -> SignInRecord? {
        guard !login.holdsNUL else { return nil }
        return try await read { connection in
            guard
                let row = try await connection.firstRow(
                    """
                    SELECT \(unescaped: Self.accountColumns()), password_hash FROM accounts
                    WHERE lower(login) = lower(\(login))
                    """)
            else { return nil }
            return SignInRecord.stored(
                account: try Self.account(row), passwordHash: try row.value("password_hash", as: String?.self))
        }
    }

    /// Records a failed sign-in (counted, and the account locked until `lockUntil` when given).
    public func recordFailedSignIn(_ account: AccountID, lockUntil: Date?) async throws(ExchangeStoreError) {
        try await write { connection in
            let stamp = now()
            try await connection.run(
                """
                UPDATE accounts SET failed_sign_ins = failed_sign_ins + 1, last_failed_at = \(stamp),
                    locked_until = coalesce(\(lockUntil), locked_until), updated_at = \(stamp)
                WHERE id = \(account.rawValue)
                """)
            try await appendAudit(
                connection, action: lockUntil == nil ? "session.refused" : "account.locked",
                subject: "account:\(account.rawValue)", meeting: nil)
        }
    }

    /// Every account, staff first, then by login (ASCII letters folded, as the SQLite store's
    /// `NOCASE` logins sort).
    public func accounts() async throws(ExchangeStoreError) -> [Account] {
        try await read { connection in
            try await connection.rows(
                """
                SELECT \(unescaped: Self.accountColumns()) FROM accounts
                ORDER BY kind COLLATE "C", lower(login COLLATE "C"), id
                """
            ).map(Self.account)
        }
    }

    /// One account.
    ///
    /// - Throws: ``ExchangeStoreError/Kind/notFound`` for an unknown account.
    public func account(_ id: AccountID) async throws(ExchangeStoreError) -> Account {
        try await read { connection in try await requireAccount(connection, id) }
    }

    /// The account `id`, or ``ExchangeStoreError/Kind/notFound``.
    func requireAccount(_ connection: PostgresConnection, _ id: AccountID) async throws -> Account {
        guard
            let row = try await connection.firstRow(
                "SELECT \(unescaped: Self.accountColumns()) FROM accounts WHERE id = \(id.rawValue)")
        else { throw ExchangeStoreError(.notFound, store: path, "has no \(id)") }
        return try Self.account(row)
    }

    /// An account from a row holding ``accountColumns``.
    static func account(_ row: PostgresRandomAccessRow) throws -> Account {
        Account.stored(
            id: AccountID(rawValue: try row.value("id", as: Int64.self)), login: try row.value("login"),
            kind: AccountKind(rawValue: try row.value("kind", as: String.self)) ?? .unit,
            unitName: try row.value("unit_name", as: String?.self), displayName: try row.value("display_name"),
            isActivated: try row.value("activated"), failedSignIns: try row.value("failed_sign_ins"),
            lastFailedAt: try row.value("last_failed_at", as: Date?.self),
            lockedUntil: try row.value("locked_until", as: Date?.self), createdAt: try row.value("created_at"))
    }
}
