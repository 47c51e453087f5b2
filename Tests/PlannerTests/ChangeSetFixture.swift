import Planner
import SeatPlanCore
import TestSupport

extension ChangeFixture {
    /// Parses `yaml` and checks it against the fixture plan and venue.
    static func changeSet(_ yaml: String, roster: Roster = emptyRoster, rulePins: [String: String] = [:]) throws
        -> ChangeSet
    {
        let operations = try ChangesFile.parse(yaml, file: "changes.yaml")
        return try ChangeSet(operations, plan: plan(), venue: venue(), roster: roster, rulePins: rulePins)
    }
}
