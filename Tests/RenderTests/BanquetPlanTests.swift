import Foundation
import Render
import SeatPlanCore
import TestSupport
import Testing

@Suite struct BanquetPlanTests {
    @Test func planPageShowsTablesDoorAndRanksThenListsFollowOnA4() throws {
        let data = try BanquetPlan.render(try SeatListFixtures.banquetPlan(), options: RenderOptions())
        let summary = try PDFInspection.summary(of: data)
        #expect(summary.pageCount >= 2)
        let a3 = PaperSize.a3.pageSize(.landscape)
        let a4 = PaperSize.a4.pageSize(.portrait)
        #expect(summary.pageSizes.first?.isClose(toWidth: a3.width, height: a3.height) == true)
        #expect(summary.pageSizes.dropFirst().allSatisfy { $0.isClose(toWidth: a4.width, height: a4.height) })
        let pages = try SeatListFixtures.pages(data)
        let plan = pages.first ?? ""
        for text in ["门", "主桌", "1号桌", "2号桌", "桌次 1", "桌次 2", "桌次 3", "宴会桌次图", "观众视角", "第 1 页 / 共 \(pages.count) 页"] {
            #expect(plan.contains(text), "plan page lacks \(text)")
        }
        // Every seated person is named on the plan page and once in the lists.
        let lists = pages.dropFirst().joined(separator: " ")
        for (name, _, _) in SeatListFixtures.people.prefix(22) {
            let printed = SeatListFixtures.printed(name)
            #expect(SeatListFixtures.occurrences(of: printed, in: lists) == 1, "\(name) in the lists")
            if !name.contains(" ") { #expect(plan.contains(printed), "\(name) on the plan") }
        }
        #expect(lists.contains("各桌名单（按桌次）"))
        // The three tables fit on one list page.
        #expect(pages.count == 2)
    }

    @Test func eachTableIsListedInHostSecondHostGuestOrder() throws {
        // Seats were filled in seat precedence order, so each table's people are in precedence order.
        let placed = try SeatListFixtures.banquetPlan()
        let data = try BanquetPlan.render(placed, options: RenderOptions())
        let lists = try SeatListFixtures.pages(data).dropFirst().joined(separator: " ")
        let tables = Dictionary(grouping: placed.entries.map(\.assignment)) { $0.table ?? "" }
        var tableStarts: [String.Index] = []
        let ordered = try #require(placed.venue.tables.map(TablePrecedence.orderedTables))
        #expect(ordered.map(\.printedName).count == 3)
        for table in ordered.map(\.printedName) {
            let key = table == "主桌" ? "主桌" : String(table.prefix(1))
            let people = (tables[key] ?? []).sorted { $0.precedence < $1.precedence }
            #expect(!people.isEmpty)
            let positions = people.compactMap { lists.range(of: SeatListFixtures.printed($0.name))?.lowerBound }
            #expect(positions.count == people.count)
            #expect(positions == positions.sorted(), "\(table) out of seating order")
            if let start = lists.range(of: "\(table) 桌次")?.lowerBound { tableStarts.append(start) }
        }
        #expect(tableStarts.count == 3 && tableStarts == tableStarts.sorted(), "tables in precedence order")
        // Roles in seating order at the main table.
        let roles = ["主人", "副主人", "第1宾", "第2宾", "第3宾"].compactMap { lists.range(of: " \($0) ")?.lowerBound }
        #expect(roles.count == 5 && roles == roles.sorted())
    }

    @Test func aVenueWithoutTablesIsRefused() throws {
        let plan = try SeatListFixtures.hallPlan()
        #expect(throws: RenderError.self) { try BanquetPlan.render(plan, options: RenderOptions()) }
    }
}
