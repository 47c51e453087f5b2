import Foundation
import Synchronization

/// How repeated failed sign-ins are slowed and then locked.
///
/// Per account (kept in the store, so every server sees it): the first
/// ``freeFailures`` failures cost nothing; after that each attempt must wait twice as long as
/// the last (1 s, 2 s, 4 s, … up to a minute) since the last failure; ``lockAfter`` failures lock
/// the account for ``lockDuration``. Per address (in memory): more than ``addressLimit``
/// failures within ``addressWindow`` from one address are refused, whatever the login, so one
/// machine cannot try a password against every unit.
final class SignInThrottle: Sendable {
    static let freeFailures = 4
    static let lockAfter = 10
    static let lockDuration: TimeInterval = 15 * 60
    static let addressLimit = 30
    static let addressWindow: TimeInterval = 10 * 60

    private let failuresByAddress = Mutex<[String: [Date]]>([:])

    /// Seconds the account must still wait before another attempt, or `nil` when it may try.
    static func wait(for account: (failures: Int, lastFailure: Date?, lockedUntil: Date?), now: Date) -> Int? {
        if let locked = account.lockedUntil, locked > now { return Int(locked.timeIntervalSince(now).rounded(.up)) }
        guard account.failures >= freeFailures, let last = account.lastFailure else { return nil }
        let delay = min(60, pow(2, Double(account.failures - freeFailures)))
        let remaining = last.addingTimeInterval(delay).timeIntervalSince(now)
        return remaining > 0 ? Int(remaining.rounded(.up)) : nil
    }

    /// When the account is locked after one more failure, or `nil`.
    static func lockUntil(afterFailures failures: Int, now: Date) -> Date? {
        failures + 1 >= lockAfter ? now.addingTimeInterval(lockDuration) : nil
    }

    /// Whether `address` has failed too often lately.
    func addressIsBlocked(_ address: String, now: Date) -> Bool {
        failuresByAddress.withLock { table in
            let recent = (table[address] ?? []).filter { now.timeIntervalSince($0) < Self.addressWindow }
            table[address] = recent
            return recent.count >= Self.addressLimit
        }
    }

    /// Counts a failure from `address`.
    func recordFailure(from address: String, now: Date) {
        failuresByAddress.withLock { table in
            if table.count > 10_000 { table = table.filter { !$0.value.isEmpty } }
            table[address, default: []].append(now)
        }
    }
}
