import ExchangeBridge

/// Who is asking: the signed-in account of a request, and the session it came with.
struct Identity: Sendable {
    /// The account.
    let account: Account
    /// The session token's hash (what sign-out ends).
    let sessionHash: String
    /// The CSRF token every write of this session must carry.
    let csrfToken: String

    /// Whether the account is the office's staff.
    var isStaff: Bool { account.kind == .staff }

    /// The name the audit log records for this person's writes.
    var auditName: String { "\(account.kind.rawValue):\(account.login)" }
}
