import DiscussionGroups
import SeatPlanCore
import Testing

@Suite("Discussion groups by region and by sector")
struct RegionSectorModeTests {
    /// Three units per tag value, the tags crossing the units: region A/B, sector 教育/卫生.
    static func body() -> String {
        GroupFixtures.unit("甲局", order: 1, count: 6, prefix: "A", firstPrecedence: 1, tags: "region:东区;sector:教育界")
            + GroupFixtures.unit(
                "乙局", order: 2, count: 6, prefix: "B", firstPrecedence: 10, tags: "region:西区;sector:教育界")
            + GroupFixtures.unit(
                "丙局", order: 3, count: 6, prefix: "C", firstPrecedence: 20, tags: "region:东区;sector:卫生界")
            + GroupFixtures.unit(
                "丁局", order: 4, count: 6, prefix: "D", firstPrecedence: 30, tags: "region:西区;sector:卫生界")
    }

    @Test(
        "group_by: region puts each region in one group",
        arguments: [("region", ["A", "C"], ["B", "D"]), ("sector", ["A", "B"], ["C", "D"])])
    func byTag(mode: String, first: [String], second: [String]) throws {
        let rules = try GroupFixtures.rules("group_by: \(mode)\ngroup_size: [10, 14]")
        let plan = try DiscussionGroupPlanner(rules: rules).plan(try GroupFixtures.roster(Self.body()))
        let owner = GroupFixtures.groupOf(plan)
        #expect(plan.groups.count == 2)
        #expect(owner["\(first[0])1"] == owner["\(first[1])6"])
        #expect(owner["\(second[0])1"] == owner["\(second[1])6"])
        #expect(owner["\(first[0])1"] != owner["\(second[0])1"])
        #expect(plan.groupBy.rawValue == mode)
    }

    @Test("A person without the tag their mode needs is named in the error")
    func missingTag() throws {
        let body = Self.body() + "X1,无标签,戊局,5,99,member,,男,\n"
        let errors = GroupFixtures.inputErrors {
            _ = try DiscussionGroupPlanner(rules: try GroupFixtures.rules("group_by: region")).plan(
                try GroupFixtures.roster(body))
        }
        let error = try #require(errors?.first)
        #expect(error.file == "rules.yaml")
        #expect(error.field == "group_by")
        #expect(error.message.contains("X1 无标签"))
        #expect(error.message.contains("region:"))
    }
}
