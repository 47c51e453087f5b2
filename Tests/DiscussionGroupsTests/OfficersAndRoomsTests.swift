import DiscussionGroups
import Foundation
import SeatPlanCore
import Testing

@Suite("Conveners, secretaries and rooms")
struct OfficersAndRoomsTests {
    static func twoUnits(tagsA: String = "", tagsB: String = "") -> String {
        GroupFixtures.unit("甲局", order: 1, count: 12, prefix: "A", firstPrecedence: 10, tags: tagsA)
            + GroupFixtures.unit("乙局", order: 2, count: 12, prefix: "B", firstPrecedence: 30, tags: tagsB)
    }

    @Test("Tagged conveners and secretaries are chosen")
    func tagged() throws {
        let body = Self.twoUnits().replacingOccurrences(
            of: "A5,甲局成员5,甲局,1,14,member,,男,", with: "A5,甲局成员5,甲局,1,14,member,,男,convener"
        )
        .replacingOccurrences(of: "B3,乙局成员3,乙局,2,32,member,,男,", with: "B3,乙局成员3,乙局,2,32,member,,男,secretary")
        let plan = try DiscussionGroupPlanner(rules: try GroupFixtures.rules("group_size: [10, 15]")).plan(
            try GroupFixtures.roster(body))
        let groupA = try #require(plan.groups.first { $0.members.contains("A1") })
        let groupB = try #require(plan.groups.first { $0.members.contains("B1") })
        #expect(groupA.convener == "A5")
        #expect(groupB.secretary == "B3")
    }

    /// With `convener: member`, the senior-most non-leader convenes instead.
    @Test("Without tags: the senior-most person convenes and the most junior records")
    func seniorMost() throws {
        let body = "L1,李主任,市委,1,1,rostrum,,男,\nL2,王主任,市委,1,2,rostrum,,男,\n" + Self.twoUnits()
        let plan = try DiscussionGroupPlanner(rules: try GroupFixtures.rules("group_size: [10, 15]\nconvener: member"))
            .plan(try GroupFixtures.roster(body))
        let groupA = try #require(plan.groups.first { $0.members.contains("A1") })
        #expect(groupA.convener == "A1")
        #expect(groupA.secretary == "A12")
        #expect(groupA.leaders.count == 1)
        #expect(groupA.members.first == groupA.leaders.first, "leaders head the list")
        let seniorMost = try DiscussionGroupPlanner(rules: try GroupFixtures.rules("group_size: [10, 15]"))
            .plan(try GroupFixtures.roster(body))
        let leaderGroup = try #require(seniorMost.groups.first { $0.members.contains("L1") })
        #expect(leaderGroup.convener == "L1", "by default the lowest precedence number convenes")
    }

    @Test("Staff tagged secretary serve groups that have none among their members")
    func staffSecretaries() throws {
        let body =
            Self.twoUnits()
            + "S1,秘书甲,秘书处,9,500,staff,,女,secretary\nS2,秘书乙,秘书处,9,501,staff,,女,secretary\n"
            + "S3,秘书丙,秘书处,9,502,staff,,女,secretary\nP1,记者,日报社,10,600,press,,男,\n"
        let plan = try DiscussionGroupPlanner(rules: try GroupFixtures.rules("group_size: [10, 15]")).plan(
            try GroupFixtures.roster(body))
        #expect(plan.groups.map(\.secretary) == ["S1", "S2"])
        #expect(plan.groups.allSatisfy { $0.staff.count == 1 })
        #expect(Set(plan.notGrouped.map(\.attendee)) == ["S3", "P1"])
    }

    @Test("Rooms hold members and staff; the most senior group gets the first room it fits")
    func rooms() throws {
        let body = Self.twoUnits() + GroupFixtures.unit("丙局", order: 3, count: 16, prefix: "C", firstPrecedence: 1)
        let venue = try GroupFixtures.rooms([15, 30, 14, 20])
        let plan = try DiscussionGroupPlanner(
            rules: try GroupFixtures.rules("group_size: [10, 16]\ngroup_staff: 2"), rooms: venue
        )
        .plan(try GroupFixtures.roster(body))
        #expect(plan.groups.count == 3)
        for group in plan.groups {
            let capacity = try #require(group.roomCapacity)
            #expect(capacity >= group.members.count + 2, "\(group.name) in \(group.room ?? "?")")
        }
        // 丙局 (16 + 2 staff) is the most senior group; the first room (15) is too small, so it
        // gets the second (30); the next groups get the first and third rooms (12 + 2 fit in 14).
        #expect(plan.groups.map(\.room) == ["第2室", "第1室", "第3室"])
        #expect(plan.quality.roomStatus == "optimal")
        #expect(plan.venue == "讨论室")
    }
}
