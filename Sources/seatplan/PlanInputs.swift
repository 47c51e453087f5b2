import Foundation
import SeatPlanCore

/// The three input files of `plan`, `check` and `reseat`, read and validated.
struct PlanInputs {
    let venue: Venue
    let roster: Roster
    let rules: PlanningRules
    let rosterPath: String

    init(venue venuePath: String, roster rosterPath: String, rules rulesPath: String?) throws {
        venue = try VenueFile.read(contentsOf: URL(fileURLWithPath: venuePath))
        roster = try RosterCSV.read(contentsOf: URL(fileURLWithPath: rosterPath))
        rules =
            try rulesPath.map { path throws -> PlanningRules in
                try RulesFile.read(contentsOf: URL(fileURLWithPath: path))
            } ?? PlanningRules()
        self.rosterPath = rosterPath
    }
}
