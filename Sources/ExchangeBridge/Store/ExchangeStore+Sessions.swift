import Foundation
import GRDB

extension ExchangeStore {
    /// Starts a session after a good password: stores the token's hash (never the token),
    /// clears the failed sign-ins and drops the account's expired sessions.
    public func startSession(
        tokenHash: String, account: AccountID, expiresAt: Date
    ) throws(ExchangeStoreError) {
        try write { db in
            let stamp = timestamp()
            try db.execute(
                sql: "DELETE FROM sessions WHERE account_id = ? AND expires_at <= ?",
                arguments: [account.rawValue, stamp])
            try db.execute(
                sql:
                    """
                    INSERT INTO sessions (token_hash, account_id, created_at, expires_at, address)
                    VALUES (?, ?, ?, ?, ?)
                    """,
                arguments: [tokenHash, account.rawValue, stamp, Timestamp.text(expiresAt), auditAddress])
            try db.execute(
                sql: "UPDATE accounts SET failed_sign_ins = 0, locked_until = NULL, updated_at = ? WHERE id = ?",
                arguments: [stamp, account.rawValue])
            try appendAudit(db, action: "session.start", subject: "account:\(account.rawValue)", meeting: nil)
        }
    }

    /// The live session whose token hashes to `tokenHash`, or `nil` (unknown or expired).
    public func session(tokenHash: String) throws(ExchangeStoreError) -> SessionRecord? {
        try read { db in
            guard
                // Every request asks this: the statement is prepared once per connection.
                let row = try Row.fetchOne(
                    try db.cachedStatement(
                        sql: """
                            SELECT a.*, s.expires_at AS session_expires_at FROM sessions s
                            JOIN accounts a ON a.id = s.account_id
                            WHERE s.token_hash = ? AND s.expires_at > ? AND a.password_hash IS NOT NULL
                            """),
                    arguments: [tokenHash, timestamp()]),
                let expires = Timestamp.date(row["session_expires_at"])
            else { return nil }
            return SessionRecord(account: Self.account(row), expiresAt: expires)
        }
    }

    /// Ends a session (sign-out); ending an unknown one does nothing.
    public func endSession(tokenHash: String) throws(ExchangeStoreError) {
        try write { db in
            guard
                let account = try Int64.fetchOne(
                    db, sql: "SELECT account_id FROM sessions WHERE token_hash = ?", arguments: [tokenHash])
            else { return }
            try db.execute(sql: "DELETE FROM sessions WHERE token_hash = ?", arguments: [tokenHash])
            try appendAudit(db, action: "session.end", subject: "account:\(account)", meeting: nil)
        }
    }
}
