import Foundation
import SeatPlanCore
import SeededRandom

/// Makes deterministic, realistic meeting rosters for benchmarks and property tests: Chinese
/// names, unit names in official order, unit sizes from 1 to `maximumUnitSize` skewed small,
/// titles by rank and precedences that follow protocol. All randomness comes from
/// `SeededGenerator`, so a specification always yields the same roster on every machine.
public enum RosterGenerator {
    /// Generates the roster a specification describes.
    ///
    /// - Precondition: `spec.problems` is empty.
    public static func generate(_ spec: RosterSpecification) -> Roster {
        let problems = spec.problems
        precondition(problems.isEmpty, "roster specification cannot be generated: " + problems.joined(separator: "; "))
        var draws = Draws(seed: spec.seed)
        let plan = UnitPlan(spec, using: &draws)
        let attendees = RosterAssembler.attendees(for: spec, plan: plan, using: &draws)
        return Roster(attendees: attendees, source: "generated (seed \(spec.seed))")
    }

    /// The generated roster as roster CSV (`RosterCSV.encode`), which `RosterCSV.parse` reads
    /// back to the same attendees.
    public static func csv(_ spec: RosterSpecification) -> Data {
        RosterCSV.encode(generate(spec).attendees)
    }
}
