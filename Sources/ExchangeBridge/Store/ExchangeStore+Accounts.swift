import Foundation
import GRDB

extension ExchangeStore {
    /// Creates an account waiting for activation: its one-time code's hash and expiry are kept,
    /// never the code. A unit account's unit must exist in at least one meeting.
    ///
    /// - Throws: ``ExchangeStoreError/Kind/conflict`` when the login is taken,
    ///   ``ExchangeStoreError/Kind/invalidInput`` for an empty login or name or an unknown unit.
    public func createAccount(
        _ new: NewAccount, activation: ActivationHash
    ) throws(ExchangeStoreError) -> Account {
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
        return try write { db in
            if let unitName = new.unitName {
                let known =
                    try Bool.fetchOne(
                        db, sql: "SELECT EXISTS (SELECT 1 FROM units WHERE name = ?)", arguments: [unitName]) ?? false
                guard known else {
                    throw ExchangeStoreError(.invalidInput, store: path, "no meeting has a unit called '\(unitName)'")
                }
            }
            let taken =
                try Bool.fetchOne(
                    db, sql: "SELECT EXISTS (SELECT 1 FROM accounts WHERE login = ?)", arguments: [login]) ?? false
            if taken { throw ExchangeStoreError(.conflict, store: path, "the login '\(login)' is taken") }
            let stamp = timestamp()
            try db.execute(
                sql: """
                    INSERT INTO accounts (login, kind, unit_name, display_name, activation_hash, activation_expires_at,
                                          created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    login, new.kind.rawValue, new.unitName, displayName, activation.hash,
                    Timestamp.text(activation.expiresAt), stamp, stamp,
                ])
            let id = db.lastInsertedRowID
            try appendAudit(
                db, action: "account.create", subject: "account:\(id)", meeting: nil,
                detail: ["login": .text(login), "kind": .text(new.kind.rawValue)])
            return try requireAccount(db, AccountID(rawValue: id))
        }
    }

    /// Replaces an account's activation code (a lost code, or a password reset by staff):
    /// the old code and password stop working.
    public func reissueActivation(_ account: AccountID, activation: ActivationHash) throws(ExchangeStoreError) {
        try write { db in
            _ = try requireAccount(db, account)
            try db.execute(
                sql: """
                    UPDATE accounts SET activation_hash = ?, activation_expires_at = ?, password_hash = NULL,
                        failed_sign_ins = 0, locked_until = NULL, updated_at = ? WHERE id = ?
                    """,
                arguments: [activation.hash, Timestamp.text(activation.expiresAt), timestamp(), account.rawValue])
            try db.execute(sql: "DELETE FROM sessions WHERE account_id = ?", arguments: [account.rawValue])
            try appendAudit(db, action: "account.reissue", subject: "account:\(account.rawValue)", meeting: nil)
        }
    }

    /// Uses a one-time activation code (by its hash) to set the account's password hash.
    ///
    /// - Throws: ``ExchangeStoreError/Kind/notFound`` when no account has that code or it expired.
    public func activateAccount(codeHash: String, passwordHash: String) throws(ExchangeStoreError) -> Account {
        try write { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT id, activation_expires_at FROM accounts WHERE activation_hash = ?",
                    arguments: [codeHash]),
                let expires = Timestamp.date(row["activation_expires_at"] ?? ""), expires > now()
            else {
                throw ExchangeStoreError(.notFound, store: path, "the activation code is unknown, used or expired")
            }
            let id: Int64 = row["id"]
            try db.execute(
                sql: """
                    UPDATE accounts SET password_hash = ?, activation_hash = NULL, activation_expires_at = NULL,
                        failed_sign_ins = 0, locked_until = NULL, updated_at = ? WHERE id = ?
                    """,
                arguments: [passwordHash, timestamp(), id])
            try appendAudit(db, action: "account.activate", subject: "account:\(id)", meeting: nil)
            return try requireAccount(db, AccountID(rawValue: id))
        }
    }

    /// The account signing in as `login` with its password hash, or `nil` when there is none.
    public func signInRecord(login: String) throws(ExchangeStoreError) -> SignInRecord? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM accounts WHERE login = ?", arguments: [login])
            else { return nil }
            return SignInRecord(account: Self.account(row), passwordHash: row["password_hash"])
        }
    }

    /// Records a failed sign-in (counted, and the account locked until `lockUntil` when given).
    public func recordFailedSignIn(_ account: AccountID, lockUntil: Date?) throws(ExchangeStoreError) {
        try write { db in
            let stamp = timestamp()
            try db.execute(
                sql: """
                    UPDATE accounts SET failed_sign_ins = failed_sign_ins + 1, last_failed_at = ?,
                        locked_until = coalesce(?, locked_until), updated_at = ? WHERE id = ?
                    """,
                arguments: [stamp, lockUntil.map(Timestamp.text), stamp, account.rawValue])
            try appendAudit(
                db, action: lockUntil == nil ? "session.refused" : "account.locked",
                subject: "account:\(account.rawValue)", meeting: nil)
        }
    }

    /// Every account, staff first, then by login.
    public func accounts() throws(ExchangeStoreError) -> [Account] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM accounts ORDER BY kind, login").map(Self.account)
        }
    }

    /// One account.
    public func account(_ id: AccountID) throws(ExchangeStoreError) -> Account {
        try read { db in try requireAccount(db, id) }
    }

    func requireAccount(_ db: Database, _ id: AccountID) throws -> Account {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM accounts WHERE id = ?", arguments: [id.rawValue])
        else { throw ExchangeStoreError(.notFound, store: path, "has no \(id)") }
        return Self.account(row)
    }

    static func account(_ row: Row) -> Account {
        Account(
            id: AccountID(rawValue: row["id"]), login: row["login"],
            kind: AccountKind(rawValue: row["kind"]) ?? .unit, unitName: row["unit_name"],
            displayName: row["display_name"], isActivated: (row["password_hash"] as String?) != nil,
            failedSignIns: row["failed_sign_ins"],
            lastFailedAt: (row["last_failed_at"] as String?).flatMap(Timestamp.date),
            lockedUntil: (row["locked_until"] as String?).flatMap(Timestamp.date),
            createdAt: Timestamp.date(row["created_at"]) ?? .distantPast)
    }
}
