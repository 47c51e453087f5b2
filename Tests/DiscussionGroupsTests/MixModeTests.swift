import DiscussionGroups
import SeatPlanCore
import Testing

@Suite("Mixed discussion groups (MDGP)")
struct MixModeTests {
    /// 6 units of 8 with two sectors, alternating genders, and 5 leaders: 53 people.
    static func roster() throws -> Roster {
        var body = ""
        for leader in 1...5 { body += "L\(leader),领导\(leader),市委,1,\(leader),rostrum,,男,\n" }
        for (index, unit) in ["甲局", "乙局", "丙局", "丁局", "戊局", "己局"].enumerated() {
            body += GroupFixtures.unit(
                unit, order: index + 2, count: 8, prefix: "U\(index)-", firstPrecedence: 10 + 10 * index,
                tags: index % 2 == 0 ? "sector:经济界" : "sector:教育界")
        }
        return try GroupFixtures.roster(body)
    }

    static let options = GroupingOptions(timeLimit: 5, seed: 7, searchIterations: 3_000)

    @Test("Sizes differ by at most one, leaders are spread, units and sectors mixed")
    func balance() throws {
        let plan = try DiscussionGroupPlanner(
            rules: try GroupFixtures.rules("group_by: mix\ngroups: 4\ngroup_size: [10, 16]")
        )
        .plan(try Self.roster(), options: Self.options)
        let sizes = plan.groups.map(\.members.count)
        #expect(plan.groups.count == 4)
        #expect((sizes.max() ?? 0) - (sizes.min() ?? 0) <= 1)
        #expect(sizes.reduce(0, +) == 53)
        #expect(plan.groups.allSatisfy { $0.leaders.count <= 2 }, "⌈5/4⌉ = 2")
        #expect(plan.groups.allSatisfy { $0.units.count >= 5 }, "units: \(plan.groups.map(\.units))")
        let roster = try Self.roster()
        let byID = Dictionary(uniqueKeysWithValues: roster.attendees.map { ($0.id, $0) })
        for group in plan.groups {
            let people = group.members.compactMap { byID[$0] }
            let women = people.count { $0.gender == .female }
            #expect(women >= 4 && people.count - women >= 4, "\(group.name): \(women) women of \(people.count)")
            #expect(Set(people.compactMap { $0.tags.first }).count == 2, "\(group.name) mixes both sectors")
            #expect(
                people.contains { $0.precedence < 40 } && people.contains { $0.precedence >= 50 },
                "\(group.name) spans the ranks")
        }
        #expect(plan.quality.method == "mdgp")
        #expect(plan.quality.objective > 0)
    }

    @Test("Keep-apart and keep-together are honoured")
    func keepRules() throws {
        let rules = try GroupFixtures.rules(
            """
            group_by: mix
            groups: 4
            group_size: [10, 16]
            keep_apart: [[U0-1, U1-1, U2-1, U3-1]]
            keep_together: [[U0-2, U1-2, U2-2], [L1, U5-8]]
            """)
        let plan = try DiscussionGroupPlanner(rules: rules).plan(try Self.roster(), options: Self.options)
        let owner = GroupFixtures.groupOf(plan)
        #expect(Set(["U0-1", "U1-1", "U2-1", "U3-1"].compactMap { owner[$0] }).count == 4)
        #expect(Set(["U0-2", "U1-2", "U2-2"].compactMap { owner[$0] }).count == 1)
        #expect(owner["L1"] == owner["U5-8"])
        #expect(plan.groups.allSatisfy { $0.leaders.count <= 2 })
    }

    @Test("The same seed and iteration budget give the same groups")
    func deterministic() throws {
        let planner = DiscussionGroupPlanner(
            rules: try GroupFixtures.rules("group_by: mix\ngroups: 4\ngroup_size: [10, 16]"))
        let first = try planner.plan(try Self.roster(), options: Self.options)
        let second = try planner.plan(try Self.roster(), options: Self.options)
        #expect(first.groups == second.groups)
    }

    @Test("A small problem is solved exactly and proven optimal")
    func exactSmall() throws {
        var body = ""
        for person in 1...10 {
            body +=
                "P\(person),成员\(person),单位\(person % 3),\(person % 3 + 1),\(person),member,,"
                + "\(person % 2 == 0 ? "女" : "男"),\n"
        }
        let plan = try DiscussionGroupPlanner(
            rules: try GroupFixtures.rules("group_by: mix\ngroups: 2\ngroup_size: [4, 6]")
        )
        .plan(try GroupFixtures.roster(body), options: Self.options)
        #expect(plan.quality.status == "optimal")
        #expect(plan.quality.gap == 0)
        #expect(plan.groups.map(\.members.count) == [5, 5])
    }
}
