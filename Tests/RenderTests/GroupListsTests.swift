import Foundation
import Render
import SeatPlanCore
import TestSupport
import Testing

@Suite("Group lists")
struct GroupListsTests {
    static func plan() -> GroupPlan {
        func person(_ id: String, _ name: String, _ unit: String, _ precedence: Int, role: Role = .member)
            -> GroupPerson
        {
            GroupPerson(id: id, name: name, unit: unit, title: "局长", role: role, precedence: precedence)
        }
        let first = DiscussionGroup(
            name: "第一组", room: "第一讨论室", roomCapacity: 30, roomFloor: 2, convener: "A2", secretary: "S1",
            people: [
                person("L1", "林国栋", "市委", 1, role: .rostrum), person("A2", "张三", "财政局", 5),
                person("A3", "Smith", "外事办", 9),
            ],
            staff: [person("S1", "王五", "大会秘书处", 90, role: .staff)], leaders: ["L1"], units: ["财政局", "外事办"])
        let second = DiscussionGroup(
            name: "第二组", room: "第二讨论室", roomCapacity: 20, convener: "B1", secretary: "B2",
            people: [person("B1", "欧阳明华", "教育局", 3), person("B2", "李四", "教育局", 7)], units: ["教育局"])
        return GroupPlan(
            meeting: "全市经济工作会议", groupBy: .unit, venue: "分组讨论室", groups: [first, second],
            quality: GroupingQuality(
                status: "optimal", objective: 0, bound: 0, gap: 0, solveMilliseconds: 3, method: "glpk"))
    }

    @Test("An overview page, then one list per group with officers marked and names padded")
    func lists() throws {
        let pdf = try GroupLists.render(Self.plan(), options: RenderOptions(), time: "12月1日 14:30")
        let summary = try PDFInspection.summary(of: pdf)
        #expect(summary.pageCount == 3)
        #expect(summary.pageSizes.allSatisfy { $0.isClose(toWidth: 595.28, height: 841.89) })
        let text = try PDFInspection.text(of: pdf, order: .drawn)
        #expect(text.contains("分组讨论安排一览表"))
        #expect(text.contains("第一讨论室（二楼）"))
        #expect(text.contains("张 三"), "two-character names are padded with U+3000")
        #expect(text.contains("欧阳明华"))
        #expect(text.contains("Smith"))
        #expect(text.contains("召集人：张三"), "running text is not padded")
        #expect(text.contains("记录：王五"))
        #expect(text.contains("记录（工作人员）"))
        #expect(text.contains("领导"))
        #expect(text.contains("时间：12月1日 14:30"))
        #expect(text.contains("第 3 页 / 共 3 页"))
    }

    @Test("A groups file without groups has nothing to print")
    func empty() throws {
        var plan = Self.plan()
        plan.groups = []
        #expect(throws: RenderError.self) { try GroupLists.render(plan, options: RenderOptions()) }
    }
}
