import Foundation

/// Identifies an account (staff or unit) in an exchange store.
public struct AccountID: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The store's row id.
    public let rawValue: Int64
    /// Wraps a row id.
    public init(rawValue: Int64) { self.rawValue = rawValue }
    /// A readable form for messages, e.g. `account #3`.
    public var description: String { "account #\(rawValue)" }
}

/// Who an account belongs to.
public enum AccountKind: String, Sendable, Codable, CaseIterable {
    /// The meeting office's staff: every meeting, every unit.
    case staff
    /// A unit (单位): its own notices, rosters and seats, and those of the units below it.
    case unit
}

/// An account as the store keeps it, without its secrets.
public struct Account: Sendable, Equatable, Codable {
    /// The store's id.
    public var id: AccountID
    /// The sign-in name (unique, case-insensitive).
    public var login: String
    /// Staff or unit.
    public var kind: AccountKind
    /// A unit account's unit, by the name the meetings' unit lists use; `nil` for staff.
    public var unitName: String?
    /// The name shown on pages and in the audit log.
    public var displayName: String
    /// Whether a password has been set (the activation code was used).
    public var isActivated: Bool
    /// Failed sign-ins since the last successful one.
    public var failedSignIns: Int
    /// When the last sign-in failed.
    public var lastFailedAt: Date?
    /// Sign-ins are refused until then.
    public var lockedUntil: Date?
    /// When the account was made.
    public var createdAt: Date
}

/// What a new account is.
public struct NewAccount: Sendable, Equatable {
    /// The sign-in name.
    public var login: String
    /// Staff or unit.
    public var kind: AccountKind
    /// A unit account's unit name; `nil` for staff.
    public var unitName: String?
    /// The name shown on pages.
    public var displayName: String

    /// Creates the description of a new account.
    public init(login: String, kind: AccountKind, unitName: String? = nil, displayName: String) {
        self.login = login
        self.kind = kind
        self.unitName = unitName
        self.displayName = displayName
    }
}

/// A one-time activation code's hash and expiry, as the server hands it to the store (the
/// store never sees the code itself).
public struct ActivationHash: Sendable, Equatable {
    /// SHA-256 of the code, lowercase hex.
    public var hash: String
    /// When the code stops working.
    public var expiresAt: Date

    /// Wraps a code's hash and expiry.
    public init(hash: String, expiresAt: Date) {
        self.hash = hash
        self.expiresAt = expiresAt
    }
}

/// An account with its stored password hash, for checking a sign-in.
public struct SignInRecord: Sendable, Equatable {
    /// The account.
    public var account: Account
    /// The stored password hash, or `nil` before activation.
    public var passwordHash: String?
}

/// A signed-in session, found by its token's hash.
public struct SessionRecord: Sendable, Equatable {
    /// Whose session it is.
    public var account: Account
    /// When it ends.
    public var expiresAt: Date
}
