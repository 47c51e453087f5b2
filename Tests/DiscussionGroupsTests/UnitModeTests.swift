import DiscussionGroups
import RosterGenerator
import SeatPlanCore
import Testing

@Suite("Discussion groups by unit")
struct UnitModeTests {
    @Test("Delegations stay together and small units merge")
    func delegationsTogether() throws {
        let body =
            GroupFixtures.unit("甲局", order: 1, count: 12, prefix: "A", firstPrecedence: 10)
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
        #expect(plan.quality.gap == 0)
    }

    @Test("A unit larger than a group splits into near-equal sub-groups")
    func oversizeUnitSplits() throws {
        let roster = try GroupFixtures.roster(
            GroupFixtures.unit("大镇", order: 1, count: 50, prefix: "T", firstPrecedence: 1))
        let plan = try DiscussionGroupPlanner(rules: try GroupFixtures.rules("group_size: [10, 20]")).plan(roster)
        #expect(plan.groups.map(\.members.count).sorted() == [16, 17, 17])
        #expect(plan.groups.allSatisfy { $0.units == ["大镇"] })
    }

    @Test("Small units merge with units of the same sector, then the same parent", arguments: ["sector", "parent"])
    func mergesBySimilarity(tag: String) throws {
        let body =
            GroupFixtures.unit("教育局", order: 1, count: 14, prefix: "A", firstPrecedence: 1, tags: "\(tag):教育")
            + GroupFixtures.unit("卫健委", order: 2, count: 14, prefix: "B", firstPrecedence: 20, tags: "\(tag):卫生")
            + GroupFixtures.unit("一中", order: 3, count: 5, prefix: "C", firstPrecedence: 40, tags: "\(tag):卫生")
            + GroupFixtures.unit("人民医院", order: 4, count: 5, prefix: "D", firstPrecedence: 60, tags: "\(tag):教育")
        let roster = try GroupFixtures.roster(body)
        let plan = try DiscussionGroupPlanner(rules: try GroupFixtures.rules("group_size: [15, 20]")).plan(roster)
        let owner = GroupFixtures.groupOf(plan)
        #expect(plan.groups.count == 2)
        #expect(owner["A1"] == owner["D1"], "教育局 and 人民医院 share the \(tag) 教育")
        #expect(owner["B1"] == owner["C1"], "卫健委 and 一中 share the \(tag) 卫生")
        #expect(plan.quality.status == "optimal")
    }

    @Test("Non-voting attendees join their unit's group by default")
    func nonvotingWithUnit() throws {
        let body =
            GroupFixtures.unit("甲局", order: 1, count: 12, prefix: "A", firstPrecedence: 1)
            + GroupFixtures.unit("甲局", order: 1, count: 3, prefix: "AN", firstPrecedence: 100, role: "nonvoting")
            + GroupFixtures.unit("乙局", order: 2, count: 12, prefix: "B", firstPrecedence: 20)
            + GroupFixtures.unit("乙局", order: 2, count: 3, prefix: "BN", firstPrecedence: 120, role: "nonvoting")
        let plan = try DiscussionGroupPlanner(rules: try GroupFixtures.rules("group_size: [10, 20]")).plan(
            try GroupFixtures.roster(body))
        let owner = GroupFixtures.groupOf(plan)
        #expect(plan.groups.count == 2)
        #expect(owner["AN1"] == owner["A1"])
        #expect(owner["BN3"] == owner["B1"])
    }

    @Test("With nonvoting: own_group, non-voting attendees form their own group")
    func nonvotingOwnGroup() throws {
        let body =
            GroupFixtures.unit("甲局", order: 1, count: 14, prefix: "A", firstPrecedence: 1)
            + GroupFixtures.unit("甲局", order: 1, count: 6, prefix: "AN", firstPrecedence: 100, role: "nonvoting")
            + GroupFixtures.unit("乙局", order: 2, count: 14, prefix: "B", firstPrecedence: 20)
            + GroupFixtures.unit("乙局", order: 2, count: 6, prefix: "BN", firstPrecedence: 120, role: "nonvoting")
        let plan = try DiscussionGroupPlanner(
            rules: try GroupFixtures.rules("group_size: [10, 20]\nnonvoting: own_group")
        )
        .plan(try GroupFixtures.roster(body))
        let nonvotingGroups = plan.groups.filter { $0.people.contains { $0.role == .nonvoting } }
        #expect(nonvotingGroups.count == 1)
        #expect(nonvotingGroups.first?.people.allSatisfy { $0.role == .nonvoting } == true)
        #expect(nonvotingGroups.first?.members.count == 12)
    }

    @Test("Leaders are spread at most ⌈L/G⌉ a group and follow their affinity")
    func leadersSpreadByAffinity() throws {
        let body = """
            L1,林书记,市委,1,1,rostrum,市委书记,男,native:乙县
            L2,王市长,市政府,2,2,rostrum,市长,男,former:丙县人民政府
            L3,陈主任,市人大,3,3,rostrum,主任,女,

            """
            + GroupFixtures.unit("甲县人民政府", order: 4, count: 15, prefix: "A", firstPrecedence: 10, tags: "region:甲县")
            + GroupFixtures.unit("乙县人民政府", order: 5, count: 15, prefix: "B", firstPrecedence: 30, tags: "region:乙县")
            + GroupFixtures.unit("丙县人民政府", order: 6, count: 15, prefix: "C", firstPrecedence: 50, tags: "region:丙县")
        let plan = try DiscussionGroupPlanner(rules: try GroupFixtures.rules("group_size: [10, 20]")).plan(
            try GroupFixtures.roster(body))
        #expect(plan.groups.count == 3)
        #expect(plan.groups.allSatisfy { $0.leaders.count == 1 })
        let owner = GroupFixtures.groupOf(plan)
        #expect(owner["L1"] == owner["B1"], "林书记 is native of 乙县")
        #expect(owner["L2"] == owner["C1"], "王市长 formerly served in 丙县人民政府")
        #expect(owner["L3"] == owner["A1"])
        // The group of the most senior person comes first.
        #expect(plan.groups.first?.members.first == "L1")
    }

    @Test("Keep-together joins units; keep-apart separates pieces of a split unit")
    func keepRules() throws {
        let body =
            GroupFixtures.unit("甲局", order: 1, count: 8, prefix: "A", firstPrecedence: 1)
            + GroupFixtures.unit("乙局", order: 2, count: 8, prefix: "B", firstPrecedence: 20)
            + GroupFixtures.unit("丙局", order: 3, count: 8, prefix: "C", firstPrecedence: 40)
            + GroupFixtures.unit("大镇", order: 4, count: 24, prefix: "T", firstPrecedence: 60)
        let rules = try GroupFixtures.rules(
            """
            group_size: [12, 20]
            keep_together: [[A1, C1]]
            keep_apart: [[T1, T2]]
            """)
        let plan = try DiscussionGroupPlanner(rules: rules).plan(try GroupFixtures.roster(body))
        let owner = GroupFixtures.groupOf(plan)
        #expect(owner["A1"] == owner["C1"])
        #expect(owner["T1"] != owner["T2"])
    }
}

@Suite("Discussion groups at scale")
struct LargeRosterTests {
    @Test("A roster too large for one program is packed by windows, units whole where they fit")
    func windows() throws {
        let spec = RosterSpecification(
            seed: 77, unitCount: 300, memberCount: 1_450, rostrumCount: 50, maximumUnitSize: 60)
        let roster = RosterGenerator.generate(spec)
        let plan = try DiscussionGroupPlanner().plan(roster, options: GroupingOptions(timeLimit: 3))
        let grouped = plan.groups.flatMap(\.members)
        #expect(grouped.count == 1_500)
        #expect(Set(grouped).count == 1_500)
        #expect(plan.groups.allSatisfy { (15...30).contains($0.members.count) })
        let cap = (50 + plan.groups.count - 1) / plan.groups.count
        #expect(plan.groups.allSatisfy { $0.leaders.count <= cap })
        let owner = GroupFixtures.groupOf(plan)
        let units = Dictionary(grouping: roster.attendees.filter { $0.role != .rostrum }, by: \.unit)
        for (unit, people) in units where people.count <= 28 {
            #expect(Set(people.compactMap { owner[$0.id] }).count == 1, "\(unit) (\(people.count)) is split")
        }
        #expect(plan.notes.contains { $0.contains("windows") })
        #expect(plan.quality.status == "feasible")
    }
}
