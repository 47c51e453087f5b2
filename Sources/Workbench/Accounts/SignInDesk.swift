import ExchangeBridge
import Foundation
import HTTPTypes

/// Sign-in, activation, sessions and accounts over the store, with the throttle in front.
///
/// Secrets never leave this type except to the person they belong to: the store gets only
/// hashes, and nothing here logs.
struct SignInDesk: Sendable {
    let store: any ExchangeStorage
    let hasher: PasswordHasher
    let throttle = SignInThrottle()
    /// Where the first staff account's activation link was written; removed once it is used.
    let firstStaffLinkFile: URL?
    /// The clock (tests pass a fixed one).
    let now: @Sendable () -> Date
    /// How long a session lasts.
    static let sessionLength: TimeInterval = 8 * 3600
    /// How long an activation code works.
    static let activationLength: TimeInterval = 7 * 24 * 3600
    /// The staff account made on a store that has none.
    static let firstStaffLogin = "admin"

    /// A new session: the token for the cookie and the identity it stands for.
    struct SignedIn: Sendable {
        let token: String
        let identity: Identity
    }

    /// An account just made (or re-issued) with its one-time code.
    struct IssuedCode: Sendable, Encodable {
        let account: Account
        let code: String
        let expiresAt: Date
    }

    /// Checks a login and password; throttled per account and per address.
    func signIn(login: String, password: String, address: String) async throws -> SignedIn {
        let moment = now()
        if throttle.addressIsBlocked(address, now: moment) {
            throw APIError(.tooManyRequests, "too many failed sign-ins from this address; wait a few minutes")
        }
        guard let record = try await store.signInRecord(login: login), let stored = record.passwordHash else {
            await offThePool { [hasher] in hasher.spendEquivalentTime(password) }
            throttle.recordFailure(from: address, now: moment)
            throw APIError(.unauthorized, "the login or the password is wrong")
        }
        let account = record.account
        if let wait = SignInThrottle.wait(
            for: (account.failedSignIns, account.lastFailedAt, account.lockedUntil), now: moment)
        {
            let locked = (account.lockedUntil ?? .distantPast) > moment
            throw APIError(
                .tooManyRequests,
                locked
                    ? "this account is locked after repeated failed sign-ins; try again in \(wait / 60 + 1) minutes"
                    : "too many failed sign-ins; try again in \(wait) s")
        }
        guard await offThePool({ [hasher] in hasher.verify(password, against: stored) }) else {
            throttle.recordFailure(from: address, now: moment)
            let lock = SignInThrottle.lockUntil(afterFailures: account.failedSignIns, now: moment)
            try await store.recordFailedSignIn(account.id, lockUntil: lock)
            throw APIError(.unauthorized, "the login or the password is wrong")
        }
        return try await startSession(for: account, address: address)
    }

    /// Uses a one-time code to set a password, and signs in.
    func activate(code: String, password: String, address: String) async throws -> SignedIn {
        if let weakness = PasswordHasher.weakness(of: password) { throw APIError(.badRequest, weakness) }
        if throttle.addressIsBlocked(address, now: now()) {
            throw APIError(.tooManyRequests, "too many failed attempts from this address; wait a few minutes")
        }
        let hash = try await offThePool { [hasher] in Result { try hasher.hash(password) } }.get()
        let account: Account
        do {
            account = try await store.activateAccount(
                codeHash: SecretTokens.hash(SecretTokens.normalizedCode(code)), passwordHash: hash)
        } catch {
            guard error.kind == .notFound else { throw error }
            throttle.recordFailure(from: address, now: now())
            throw APIError(.badRequest, "the activation code is unknown, already used or expired; ask the office")
        }
        if account.kind == .staff, let firstStaffLinkFile {
            try? FileManager.default.removeItem(at: firstStaffLinkFile)
        }
        return try await startSession(for: account, address: address)
    }

    private func startSession(for account: Account, address: String) async throws -> SignedIn {
        let token = SecretTokens.sessionToken()
        let hash = SecretTokens.hash(token)
        try await Self.audited(account, address) {
            try await store.startSession(
                tokenHash: hash, account: account.id, expiresAt: now().addingTimeInterval(Self.sessionLength))
        }
        let identity = Identity(
            account: account, sessionHash: hash, csrfToken: SecretTokens.csrfToken(forSession: token))
        return SignedIn(token: token, identity: identity)
    }

    /// The identity a session cookie stands for, or `nil` (unknown, expired, ended).
    func identity(sessionToken token: String) async throws -> Identity? {
        guard token.count == 64, token.allSatisfy(\.isHexDigit) else { return nil }
        let hash = SecretTokens.hash(token)
        guard let session = try await store.session(tokenHash: hash) else { return nil }
        return Identity(
            account: session.account, sessionHash: hash, csrfToken: SecretTokens.csrfToken(forSession: token))
    }

    /// Ends the session.
    func signOut(_ identity: Identity, address: String) async throws {
        try await Self.audited(identity.account, address) {
            try await store.endSession(tokenHash: identity.sessionHash)
        }
    }

    /// Makes an account with a one-time activation code (staff only; checked by the route).
    func createAccount(_ new: NewAccount, by staff: Identity, address: String) async throws -> IssuedCode {
        let (code, activation) = newActivation()
        let account = try await Self.audited(staff.account, address) {
            try await store.createAccount(new, activation: activation)
        }
        return IssuedCode(account: account, code: code, expiresAt: activation.expiresAt)
    }

    /// Issues a new code for an account (a lost code or password): the old ones stop working.
    func reissue(_ id: AccountID, by staff: Identity, address: String) async throws -> IssuedCode {
        let (code, activation) = newActivation()
        try await Self.audited(staff.account, address) {
            try await store.reissueActivation(id, activation: activation)
        }
        return IssuedCode(account: try await store.account(id), code: code, expiresAt: activation.expiresAt)
    }

    /// On a store without an activated staff account: makes (or re-issues) `admin` and returns
    /// its one-time code; `nil` when staff can already sign in.
    func firstStaffCode() async throws -> String? {
        let accounts = try await store.accounts()
        if accounts.contains(where: { $0.kind == .staff && $0.isActivated }) { return nil }
        let (code, activation) = newActivation()
        if let waiting = accounts.first(where: { $0.kind == .staff && $0.login == Self.firstStaffLogin }) {
            try await store.reissueActivation(waiting.id, activation: activation)
        } else {
            _ = try await store.createAccount(
                NewAccount(login: Self.firstStaffLogin, kind: .staff, displayName: "会务组"), activation: activation)
        }
        return code
    }

    /// A fresh one-time code and what the store keeps of it (its hash and expiry).
    private func newActivation() -> (code: String, activation: ActivationHash) {
        let code = SecretTokens.activationCode()
        return (
            code,
            ActivationHash(hash: SecretTokens.hash(code), expiresAt: now().addingTimeInterval(Self.activationLength))
        )
    }

    /// Runs a slow hash on a thread of its own: 600,000 rounds take a good part of a second, and
    /// the cooperative pool (two threads here) must keep serving the other requests meanwhile.
    private func offThePool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: work()) }.start()
        }
    }

    /// Runs `body` with its store writes audited as `account` from `address`.
    static func audited<T: Sendable>(
        _ account: Account, _ address: String, _ body: () async throws -> T
    ) async throws -> T {
        try await AuditScope.$current.withValue(
            AuditScope(actor: "\(account.kind.rawValue):\(account.login)", address: address), operation: body)
    }
}
