import DiscussionGroups
import SeatPlanCore
import Testing

@Suite("Rules that cannot work are rejected with the file and key")
struct InfeasibleInputTests {
    static let roster =
        GroupFixtures.unit("甲局", order: 1, count: 20, prefix: "A", firstPrecedence: 1)
        + GroupFixtures.unit("乙局", order: 2, count: 20, prefix: "B", firstPrecedence: 30)

    static func errors(rules: String, rooms: [Int]? = nil, roster: String = InfeasibleInputTests.roster) -> [InputError]
    {
        GroupFixtures.inputErrors {
            let venue = try rooms.map { try GroupFixtures.rooms($0) }
            _ = try DiscussionGroupPlanner(rules: try GroupFixtures.rules(rules), rooms: venue).plan(
                try GroupFixtures.roster(roster))
        } ?? []
    }

    @Test("Groups × largest size below the people to group")
    func tooFewGroups() throws {
        let error = try #require(Self.errors(rules: "groups: 2\ngroup_size: [10, 15]").first)
        #expect(
            error.description.hasPrefix("rules.yaml:1: field 'groups': 2 groups of at most 15 hold 30 people, but 40"))
    }

    @Test("Sizes that no number of groups can meet")
    func impossibleSizes() throws {
        let error = try #require(Self.errors(rules: "group_size: [25, 30]").first)
        #expect(error.file == "rules.yaml")
        #expect(error.field == "group_size")
    }

    @Test("Too few rooms, or rooms too small")
    func rooms() throws {
        let few = try #require(Self.errors(rules: "group_size: [10, 20]", rooms: [40]).first)
        #expect(few.file == "rooms.yaml")
        #expect(few.field == "rooms")
        #expect(few.message.contains("1 rooms for 2 groups"))
        let small = try #require(Self.errors(rules: "group_size: [10, 20]", rooms: [12, 12, 12]).first)
        #expect(small.file == "rooms.yaml")
        #expect(small.message.contains("seat"))
    }

    /// Two rooms seat a group of 8 with its 2 staff; 40 people need at least 3 groups of at most
    /// 14. Reported before any model is built, naming the rooms file.
    @Test("Fewer rooms hold the smallest group than groups are needed")
    func roomsBelowSmallestGroup() throws {
        let error = try #require(Self.errors(rules: "group_size: [8, 14]", rooms: [30, 30, 9, 9, 9]).first)
        #expect(error.file == "rooms.yaml")
        #expect(error.field == "rooms")
        #expect(error.message.hasPrefix("2 rooms seat a group of at least 8 with 2 staff (10 seats), but 40 people"))
    }

    @Test("Conflicting keep rules")
    func conflictingKeepRules() throws {
        let error = try #require(Self.errors(rules: "keep_together: [[A1, B1]]\nkeep_apart: [[B1, A1]]").first)
        #expect(error.description.hasPrefix("rules.yaml:2: field 'keep_apart':"))
        #expect(error.message.contains("keep_together"))
    }

    @Test("Keep-apart inside a delegation that group_by: unit keeps whole")
    func apartInsideUnit() throws {
        let error = try #require(Self.errors(rules: "group_size: [10, 20]\nkeep_apart: [[A1, A2]]").first)
        #expect(error.field == "keep_apart")
        #expect(error.message.contains("甲局"))
    }

    @Test("A keep-together set larger than a group")
    func keepTogetherTooLarge() throws {
        let error = try #require(Self.errors(rules: "group_size: [10, 20]\nkeep_together: [[A1, B1]]").first)
        #expect(error.field == "keep_together")
        #expect(error.message.contains("more than the largest group"))
    }

    @Test("Leaders and keep lists must name people on the roster")
    func unknownIds() throws {
        let leader = try #require(Self.errors(rules: "leaders: [A1, Z9]").first)
        #expect(leader.description.hasPrefix("rules.yaml:1: field 'leaders': no attendee 'Z9'"))
        let keep = try #require(Self.errors(rules: "keep_apart: [[A1, Q7]]").first)
        #expect(keep.field == "keep_apart")
        let tag = try #require(Self.errors(rules: "leaders: 常委").first)
        #expect(tag.message.contains("'常委'"))
    }

    @Test(
        "The rules file itself is read strictly",
        arguments: [
            ("group_by: district", "group_by", "'district' is not allowed"),
            ("group_size: [30, 15]", "group_size", "larger than the largest"),
            ("group_size: [15]", "group_size", "[smallest, largest]"),
            ("nonvoting: apart", "nonvoting", "with_unit, own_group"),
            ("group_stuff: 2", "group_stuff", "did you mean 'group_staff'"),
        ])
    func strictRulesFile(yaml: String, field: String, message: String) throws {
        #expect(throws: InputError.self) { try GroupFixtures.rules(yaml) }
        do {
            _ = try GroupFixtures.rules(yaml)
        } catch let error as InputError {
            #expect(error.field == field)
            #expect(error.message.contains(message), "\(error)")
            #expect(error.line == 1)
        }
    }

    @Test("own_group does not combine with mix")
    func ownGroupWithMix() throws {
        let error = try #require(Self.errors(rules: "group_by: mix\nnonvoting: own_group").first)
        #expect(error.field == "nonvoting")
    }
}

@Suite("Grouping keys of the rules file")
struct GroupingRulesFileTests {
    @Test("Every grouping key is read, beside the seat planner's keys")
    func readsKeys() throws {
        let rules = try GroupFixtures.rules(
            """
            fill: column
            group_by: sector
            groups: 12
            group_size: 10-40
            leaders: 常委
            nonvoting: own_group
            group_staff: 3
            keep_together: [[A1, A2]]
            """)
        #expect(rules.fill == .column)
        #expect(rules.grouping.groupBy == .sector)
        #expect(rules.grouping.groupCount == 12)
        #expect(rules.grouping.groupSize == 10...40)
        #expect(rules.grouping.leaders == .tag("常委"))
        #expect(rules.grouping.nonvoting == .ownGroup)
        #expect(rules.grouping.staffSeats == 3)
        #expect(rules.grouping.origin.lines["keep_together"] == 8)
        #expect(rules.grouping.origin.file == "rules.yaml")
    }

    @Test("Defaults: by unit, 15–30, leaders by role, non-voting with their unit, two staff seats")
    func defaults() throws {
        let rules = PlanningRules().grouping
        #expect(rules.groupBy == .unit)
        #expect(rules.groupCount == nil)
        #expect(rules.groupSize == 15...30)
        #expect(rules.leaders == .rostrum)
        #expect(rules.nonvoting == .withUnit)
        #expect(rules.staffSeats == 2)
        #expect(try GroupFixtures.rules("leaders: [A1, A2]").grouping.leaders == .ids(["A1", "A2"]))
        #expect(try GroupFixtures.rules("leaders: rostrum").grouping.leaders == .rostrum)
    }
}
