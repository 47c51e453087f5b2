import DiscussionGroups
import Foundation
import SeatPlanCore

/// Small rosters and rules for the discussion-group tests, written out in full so each test
/// reads on its own.
enum GroupFixtures {
    /// A roster from CSV lines after the standard header.
    static func roster(_ body: String) throws -> Roster {
        try RosterCSV.parse(
            Data(("id,name,unit,unit_order,precedence,role,title,gender,tags\n" + body).utf8), file: "roster.csv")
    }

    /// Rules from YAML text, as if read from `rules.yaml`.
    static func rules(_ yaml: String) throws -> PlanningRules {
        try RulesFile.parse(yaml, file: "rules.yaml")
    }

    /// Rooms from YAML, as if read from `rooms.yaml`.
    static func rooms(_ capacities: [Int]) throws -> Venue {
        let lines = capacities.enumerated().map { "  - {name: 第\($0.offset + 1)室, capacity: \($0.element)}" }
        return try VenueFile.parse("name: 讨论室\nrooms:\n" + lines.joined(separator: "\n"), file: "rooms.yaml")
    }

    /// `count` members of one unit, ids `<prefix>1…`, precedences from `firstPrecedence`.
    static func unit(
        _ name: String, order: Int, count: Int, prefix: String, firstPrecedence: Int, role: String = "member",
        tags: String = ""
    ) -> String {
        (1...count).map { number in
            let gender = number % 2 == 0 ? "女" : "男"
            return
                "\(prefix)\(number),\(name)成员\(number),\(name),\(order),\(firstPrecedence + number - 1),\(role),,"
                + "\(gender),\(tags)"
        }.joined(separator: "\n") + "\n"
    }

    /// The group (index) each person is in.
    static func groupOf(_ plan: GroupPlan) -> [String: Int] {
        var owner: [String: Int] = [:]
        for (g, group) in plan.groups.enumerated() { for id in group.members { owner[id] = g } }
        return owner
    }

    /// The message of the input errors `body` throws, or `nil` when it does not throw them.
    static func inputErrors(_ body: () throws -> Void) -> [InputError]? {
        do {
            try body()
            return nil
        } catch let errors as InputErrors {
            return errors.errors
        } catch let error as InputError {
            return [error]
        } catch {
            return nil
        }
    }
}
