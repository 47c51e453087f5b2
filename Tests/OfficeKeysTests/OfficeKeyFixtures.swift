import ExchangeBridge
import Foundation
import OfficeKeys
import SeatPlanCore

/// Keys and plans the office-key tests share. Few PBKDF2 rounds keep them fast; the key is made
/// once per process (SM2 key generation and sealing are the slow part).
enum OfficeKeyFixtures {
    static let passphrase = "正确的口令 correct horse"
    static let record: OfficeKeyRecord = {
        do {
            return try OfficeKeyMaker.make(passphrase: passphrase, createdBy: "tester", at: Date(), iterations: 1_000)
        } catch {
            fatalError("the test office key could not be made: \(error)")
        }
    }()

    static func unlocked() throws -> UnlockedOfficeKey {
        try UnlockedOfficeKey(record, passphrase: passphrase)
    }

    static let otherPassphrase = "another office's passphrase"

    static func otherRecord() throws -> OfficeKeyRecord {
        try OfficeKeyMaker.make(passphrase: otherPassphrase, createdBy: "tester", at: Date(), iterations: 1_000)
    }

    static func otherKey() throws -> UnlockedOfficeKey {
        try UnlockedOfficeKey(try otherRecord(), passphrase: otherPassphrase)
    }

    static func seat(_ attendee: String, _ name: String, seat: String, label: String) -> SeatAssignment {
        SeatAssignment(
            attendee: attendee, name: name, unit: "市财政局", precedence: 1, seat: seat, label: label, area: .hall,
            floor: 1, row: 3, number: "17", table: nil, x: 0, y: 0)
    }

    static func plan(_ seats: [SeatAssignment]) -> SeatPlan {
        SeatPlan(
            venue: "municipal-hall", convention: "centre-out", assignments: seats, unseated: [],
            quality: PlanQuality(
                status: .optimal, objective: 0, bound: 0, gap: 0, protocolViolations: 0, unitSplits: 0,
                solveMilliseconds: 1))
    }
}
