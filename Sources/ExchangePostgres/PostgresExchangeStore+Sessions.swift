import ExchangeBridge
import Foundation
import PostgresNIO

extension PostgresExchangeStore {
    /// Starts a session after a good password: stores the token's hash (never the token),
    /// clears the failed sign-ins and drops the account's expired sessions.
    public func startSession(
        tokenHash: String, account: AccountID, expiresAt: Date
    ) async throws(ExchangeStoreError) {
        try inputCheck.requireStorableText(["token hash": tokenHash], in: "session")
        try await write { connection in
            let stamp = now()
            try await connection.run(
                "DELETE FROM sessions WHERE account_id = \(account.rawValue) AND expires_at <= \(stamp)")
            try await connection.run(
                """
                INSERT INTO sessions (token_hash, account_id, created_at, expires_at, address)
                VALUES (\(tokenHash), \(account.rawValue), \(stamp), \(expiresAt), \(auditAddress))
                """)
            try await connection.run(
                """
                UPDATE accounts SET failed_sign_ins = 0, locked_until = NULL, updated_at = \(stamp)
                WHERE id = \(account.rawValue)
                """)
            try await appendAudit(
                connection, action: "session.start", subject: "account:\(account.rawValue)", meeting: nil)
        }
    }

    /// The live session whose token hashes to `tokenHash`, or `nil` (unknown or expired, or its
    /// account's password was reset).
    public func session(tokenHash: String) async throws(ExchangeStoreError) -> SessionRecord? {
        guard !tokenHash.holdsNUL else { return nil }
        return try await read { connection in
            guard
                let row = try await connection.firstRow(
                    """
                    SELECT \(unescaped: Self.accountColumns("a")), s.expires_at AS session_expires_at
                    FROM sessions s JOIN accounts a ON a.id = s.account_id
                    WHERE s.token_hash = \(tokenHash) AND s.expires_at > \(now()) AND a.password_hash IS NOT NULL
                    """)
            else { return nil }
            return SessionRecord.stored(
                account: try Self.account(row), expiresAt: try row.value("session_expires_at", as: Date.self))
        }
    }

    /// Ends a session (sign-out); ending an unknown one does nothing.
    public func endSession(tokenHash: String) async throws(ExchangeStoreError) {
        guard !tokenHash.holdsNUL else { return }
        try await write { connection in
            guard
                let account = try await connection.scalar(
                    "DELETE FROM sessions WHERE token_hash = \(tokenHash) RETURNING account_id", as: Int64.self)
            else { return }
            try await appendAudit(connection, action: "session.end", subject: "account:\(account)", meeting: nil)
        }
    }
}
