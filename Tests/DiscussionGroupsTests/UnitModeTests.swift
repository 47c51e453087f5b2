import DiscussionGroups
import SeatPlanCore
import Testing

@Suite("Discussion groups by unit")
struct UnitModeTests {
    @Test("Delegations stay together and small units merge")
    func delegationsTogether() throws {
        let body = GroupFixtures.unit("甲局", order: 1, count: 12, prefix: "A", firstPrecedence: 10)
            + GroupFixtures.unit("乙局", order: 2, count: 9, prefix: "B", firstPrecedence: 30)
            + GroupFixtures.unit("丙局", order: 3, count: 8, prefix: "C", firstPrecedence: 50)
            + GroupFixtures.unit("丁局", order: 4, count: 7, prefix: "D", firstPrecedence: 70)
        let roster = try GroupFixtures.roster(body)
        let plan = try DiscussionGroupPlanner(rules: try GroupFixtures.rules("group_size: [10, 20]")).plan(roster)
        #expect(plan.groups.count == 2)
        let owner = GroupFixtures.groupOf(plan)
        for unit in ["A", "B", "C", "D"] {
            let groups = Set(roster.attendees.filter { $0.id.hasPrefix(unit) }.compactMap { owner[$0.id] })
            #expect(groups.count == 1, "unit \(unit) is split over \(groups)")
        }
        #expect(plan.groups.allSatisfy { (10...20).contains($0.members.count) })
        #expect(plan.quality.method == "glpk")
        #expect(plan.quality.status == "optimal")
    }
}
