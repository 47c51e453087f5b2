import ExchangeBridge
import Foundation
import OfficeKeys
import Render
import RosterGenerator
import SeatPlanCore
import VenueLibrary

/// The passes of issue "5 of 6": `passes-5300` signs a pass code for each of the great hall's
/// 5,300 people (SM2 with SM3) and prints them, four to an A4 sheet with their QR codes
/// (target ≤ 10 s); `pass-check` verifies one scanned code at the door (signature, meeting,
/// current seat) over and over and reports the time per scan (the store's recording is measured
/// by the check-in scenario).
extension Scenarios {
    static let passes: [Scenario] = [passesPrinted, passCheck]

    static let passesPrinted = Scenario(
        name: "passes-5300", summary: "Passes: 5,300 signed passes with QR codes printed (target ≤ 10 s)"
    ) {
        let (placed, key) = try await greatHallPasses()
        return {
            var codes: [String: String] = [:]
            for seat in placed.plan.assignments {
                codes[seat.attendee] = try PassCode(
                    meeting: MeetingID(rawValue: 1), planVersion: 1, attendee: seat.attendee, seat: seat.seat
                ).text(signedBy: key)
            }
            let pdf = try Passes.render(placed, codes: codes, options: RenderOptions())
            return String(format: "%d passes, %.1f MB", codes.count, Double(pdf.count) / 1_048_576)
        }
    }

    static let passCheck = Scenario(
        name: "pass-check", summary: "Passes: one scanned code checked at the door, 1,000 times (≤ 20 ms a scan)"
    ) {
        let (placed, key) = try await greatHallPasses()
        let seat = placed.plan.assignments[placed.plan.assignments.count / 2]
        let text = try PassCode(
            meeting: MeetingID(rawValue: 1), planVersion: 1, attendee: seat.attendee, seat: seat.seat
        )
        .text(signedBy: key)
        let check = PassCheck(meeting: MeetingID(rawValue: 1), key: key.publicKey, plan: placed.plan, version: 1)
        return {
            let start = ContinuousClock.now
            for _ in 0..<1_000 where !check.check(text).isAdmitted {
                throw BenchmarkFailure("a genuine pass was refused")
            }
            let each = (ContinuousClock.now - start) / 1_000
            return String(format: "%.3f ms a scan", Double(each.components.attoseconds) / 1e15)
        }
    }

    /// The great hall planned for 5,300 people, and an office key (few PBKDF2 rounds: unlocking
    /// is not what is measured).
    private static func greatHallPasses() async throws -> (PlacedPlan, UnlockedOfficeKey) {
        guard let url = VenueLibrary.url(forVenue: "great-hall") else { throw BenchmarkFailure("no great-hall.yaml") }
        let venue = try VenueFile.read(contentsOf: url)
        let plan = try await PlanPipeline.plan(venue: venue, roster: RosterGenerator.generate(.greatHall))
        let passphrase = "benchmark office passphrase"
        let record = try OfficeKeyMaker.make(passphrase: passphrase, createdBy: "bench", at: Date(), iterations: 1_000)
        return (try PlacedPlan(plan: plan, venue: venue), try UnlockedOfficeKey(record, passphrase: passphrase))
    }
}
