import Foundation
import PlanCheck
import PlanningPipeline
import RosterGenerator
import SeatPlanCore
import VenueLibrary

/// PLAN.json and the independent check on their own, on the 5,300-person great-hall plan: the
/// one fast path (the assignments read and written member by member) beside `JSONEncoder` and
/// `JSONDecoder` alone, which is what the fast path must pay for; the checker by itself; and
/// the generated 9,500-person roster that the tests and benchmarks use.
extension Scenarios {
    static let planFiles: [Scenario] = [
        Scenario(
            name: "plan-json-write-5300",
            summary: "PLAN.json: write the 5,300-seat plan (fast path for the assignments)"
        ) {
            let plan = try await greatHallPlan()
            return { "\(try plan.jsonData().count / 1024) KiB" }
        },
        Scenario(
            name: "plan-json-write-5300-encoder",
            summary: "PLAN.json: the same plan through JSONEncoder alone (the baseline the fast path must beat)"
        ) {
            let plan = try await greatHallPlan()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return { "\(try encoder.encode(plan).count / 1024) KiB" }
        },
        Scenario(
            name: "plan-json-read-5300", summary: "PLAN.json: read the 5,300-seat plan (fast path for the assignments)"
        ) {
            let data = try await greatHallPlan().jsonData()
            return { "\(try SeatPlan.decode(data, file: "plan.json").assignments.count) assignments" }
        },
        Scenario(
            name: "plan-json-read-5300-decoder",
            summary: "PLAN.json: the same file through JSONDecoder alone (the baseline the fast path must beat)"
        ) {
            let data = try await greatHallPlan().jsonData()
            return { "\(try JSONDecoder().decode(SeatPlan.self, from: data).assignments.count) assignments" }
        },
        Scenario(
            name: "check-great-hall-5300", summary: "Checker: the independent check of the 5,300-person great-hall plan"
        ) {
            let (venue, roster) = try greatHallInput()
            let plan = try await PlanPipeline.plan(venue: venue, roster: roster)
            let checker = PlanChecker(venue: venue, roster: roster)
            return {
                let report = await checker.check(plan)
                guard report.violations.isEmpty else { throw BenchmarkFailure("\(report.violations.count) violations") }
                return report.summary
            }
        },
        Scenario(name: "roster-generate-9500", summary: "Generator: the 9,500-person great-hall roster of 700 units") {
            { "\(RosterGenerator.generate(.greatHallFull).attendees.count) people" }
        },
    ]

    /// The great hall and its generated 5,300-person roster.
    static func greatHallInput() throws -> (Venue, Roster) {
        guard let url = VenueLibrary.url(forVenue: "great-hall") else {
            throw BenchmarkFailure("great-hall.yaml is not bundled")
        }
        return (
            try VenueFile.read(contentsOf: url),
            try RosterCSV.parse(RosterGenerator.csv(.greatHall), file: "roster.csv")
        )
    }

    /// The planned great hall, made once per scenario, untimed.
    static func greatHallPlan() async throws -> SeatPlan {
        let (venue, roster) = try greatHallInput()
        return try await PlanPipeline.plan(venue: venue, roster: roster)
    }
}
