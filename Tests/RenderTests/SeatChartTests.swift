import Foundation
import SeatPlanCore
import TestSupport
import Testing
import VenueLibrary

@testable import Render

/// Plans made straight from venue files, without the planner: the rostrum filled by protocol
/// order, the first hall (or table) seats filled with generated, unique names.
enum SeatChartFixtures {
    static let title = ChartTitle(meeting: "全市经济工作会议", venue: "市会议中心大礼堂", date: "2025年3月8日", planVersion: "第2稿")

    static func venue(_ name: String) throws -> Venue {
        let url = try #require(VenueLibrary.url(forVenue: name))
        return try VenueFile.read(contentsOf: url)
    }

    /// Unique names from disjoint sets of family-name and given-name characters, so that no
    /// name turns up inside the text of another or of a neighbour: two- and three-character.
    static func names(_ count: Int) -> [String] {
        let family = Array("赵钱孙李周吴郑冯陈褚卫蒋沈韩杨朱秦尤许何吕施孔曹严华金魏陶姜")
        let given = Array("丹枫桐琳珂瑶璇萱芷菁琪瑾珏岚昊晟睿皓翊烨煜铭")
        var result: [String] = []
        var index = 0
        while result.count < count {
            let f = family[index % family.count]
            let g1 = given[(index / family.count) % given.count]
            let g2 = given[(index / (family.count * given.count)) % given.count]
            result.append(index < family.count * given.count ? "\(f)\(g1)" : "\(f)\(g2)\(g1)")
            index += 1
        }
        return result
    }

    /// The rostrum filled to capacity and the first `hallPeople` available hall seats (front
    /// rows first), in units of nine.
    static func plan(venue: Venue, hallPeople: Int, rostrum: Bool = true) throws -> PlacedPlan {
        var assignments: [SeatAssignment] = []
        var names = names(hallPeople + (venue.rostrum?.capacity ?? 0))[...]
        if rostrum, let stage = venue.rostrum {
            for slot in RostrumLayout.slots(for: stage, occupancy: stage.rows.map(\.capacity), rules: ProtocolRules()) {
                let name = names.popFirst() ?? ""
                assignments.append(
                    SeatAssignment(
                        attendee: "r\(slot.id)", name: name, unit: "主席台", precedence: slot.honour, seat: slot.id,
                        label: slot.label,
                        area: .rostrum, floor: nil, row: slot.row, number: String(slot.rankInRow), table: nil,
                        x: slot.x, y: slot.y))
            }
        }
        let seats = venue.seats.filter(\.isAvailable)
            .sorted {
                ($0.area == .hall ? 0 : 1, $0.floor ?? 0, $0.row ?? 0, $0.x, $0.table ?? "", $0.position ?? 0) < (
                    $1.area == .hall ? 0 : 1, $1.floor ?? 0, $1.row ?? 0, $1.x, $1.table ?? "", $1.position ?? 0
                )
            }
        for (offset, seat) in seats.prefix(hallPeople).enumerated() {
            assignments.append(
                SeatAssignment(
                    attendee: "h\(offset)", name: names.popFirst() ?? "", unit: "第\(offset / 9 + 1)组",
                    precedence: 1000 + offset,
                    seat: seat.id, label: seat.label, area: seat.area, floor: seat.floor, row: seat.row,
                    number: seat.number,
                    table: seat.table, x: seat.x, y: seat.y))
        }
        let plan = SeatPlan(
            venue: venue.name, convention: "cn", meeting: "全市经济工作会议", assignments: assignments, unseated: [],
            quality: PlanQuality(
                status: .optimal, objective: 0, bound: 0, gap: 0, protocolViolations: 0, unitSplits: 0,
                solveMilliseconds: 0))
        return try PlacedPlan(plan: plan, venue: venue)
    }

    /// How often `name` is printed, as pdftotext gives it (U+3000 becomes a space).
    static func occurrences(of name: String, in text: String) -> Int {
        let printed = NameTypography.padded(name).replacingOccurrences(of: "\u{3000}", with: " ")
        return text.components(separatedBy: printed).count - 1
    }
}

@Suite struct SeatChartTests {
    @Test func municipalChartPrintsEveryNameOnceOnA3Landscape() throws {
        let placed = try SeatChartFixtures.plan(venue: try SeatChartFixtures.venue("municipal-hall"), hallPeople: 330)
        #expect(placed.entries.count == 350)
        let data = try SeatChart.render(placed, options: RenderOptions(title: SeatChartFixtures.title))
        let text = try PDFInspection.text(of: data, order: .drawn)
        for entry in placed.entries {
            #expect(SeatChartFixtures.occurrences(of: entry.assignment.name, in: text) == 1, "\(entry.assignment.name)")
        }
        #expect(text.contains("观众视角"))
        #expect(text.contains("全市经济工作会议"))
        #expect(text.contains("第2稿"))
        #expect(text.contains("主 席 台"))
        #expect(text.contains("观 众 席"))
        let summary = try PDFInspection.summary(of: data)
        #expect(summary.pageCount == 1)
        #expect(summary.pageSizes.allSatisfy { $0.isClose(toWidth: 1190.55, height: 841.89) })
    }

    @Test func stageViewIsLabelledAndMirrored() throws {
        let placed = try SeatChartFixtures.plan(venue: try SeatChartFixtures.venue("municipal-hall"), hallPeople: 40)
        let data = try SeatChart.render(placed, options: RenderOptions(view: .stage, title: SeatChartFixtures.title))
        let text = try PDFInspection.text(of: data)
        #expect(text.contains("主席台视角"))
        #expect(!text.contains("观众视角"))

        var bounds = MetreBounds()
        bounds.include(x: -10, y: -5)
        bounds.include(x: 10, y: 20)
        let region = PageRect(x: 0, y: 0, width: 800, height: 500)
        let audience = SeatChartMapping(fitting: bounds, into: region, view: .audience, stretch: true)
        let stage = SeatChartMapping(fitting: bounds, into: region, view: .stage, stretch: true)
        // The audience's right is on the page's right in the audience view, on its left in the stage view.
        #expect(audience.point(x: 5, y: 0).x > audience.point(x: 0, y: 0).x)
        #expect(stage.point(x: 5, y: 0).x < stage.point(x: 0, y: 0).x)
        // The stage (y < 0) is at the top in the audience view, at the bottom in the stage view.
        #expect(audience.point(x: 0, y: -3).y < audience.point(x: 0, y: 10).y)
        #expect(stage.point(x: 0, y: -3).y > stage.point(x: 0, y: 10).y)
    }

    @Test func smallHallDefaultsToA4LandscapeAndOptionsOverride() throws {
        let venue = try VenueFile.parse(
            """
            name: 小会议厅
            rostrum: {front_y: -2, row_depth: 1.2, spacing: 0.9, rows: [{seats: 5}]}
            hall:
              seat_width: 0.55
              row_depth: 0.95
              aisle_width: 1.2
              floors:
                - {floor: 1, name: 一楼, front: 3, blocks: [左区, 右区], rows: ["1-8: 8|8"]}
            """, file: "small.yaml")
        let placed = try SeatChartFixtures.plan(venue: venue, hallPeople: 100)
        let data = try SeatChart.render(placed, options: RenderOptions())
        let summary = try PDFInspection.summary(of: data)
        #expect(summary.pageSizes.first?.isClose(toWidth: 841.89, height: 595.28) == true)
        let text = try PDFInspection.text(of: data, order: .drawn)
        #expect(placed.entries.allSatisfy { SeatChartFixtures.occurrences(of: $0.assignment.name, in: text) == 1 })
        let portrait = try SeatChart.render(placed, options: RenderOptions(paper: .a3, landscape: false))
        #expect(
            try PDFInspection.summary(of: portrait).pageSizes.first?.isClose(toWidth: 841.89, height: 1190.55) == true)
    }

    @Test func largeHallSwitchesToUnitBlocksWithLegend() throws {
        let placed = try SeatChartFixtures.plan(
            venue: try SeatChartFixtures.venue("great-hall"), hallPeople: 2000, rostrum: false)
        let data = try SeatChart.render(placed, options: RenderOptions(title: SeatChartFixtures.title))
        let text = try PDFInspection.text(of: data, order: .drawn)
        #expect(text.contains("单位图例"))
        #expect(text.contains("第1组"))
        let hallNames = placed.entries.map(\.assignment.name)
        #expect(hallNames.filter { SeatChartFixtures.occurrences(of: $0, in: text) > 0 }.isEmpty)
        let summary = try PDFInspection.summary(of: data)
        #expect(summary.pageCount == 3)
    }

    @Test func banquetChartPutsNamesRoundTheTables() throws {
        let placed = try SeatChartFixtures.plan(venue: try SeatChartFixtures.venue("banquet-hall"), hallPeople: 120)
        let data = try SeatChart.render(placed, options: RenderOptions(title: SeatChartFixtures.title))
        let text = try PDFInspection.text(of: data, order: .drawn)
        #expect(placed.entries.allSatisfy { SeatChartFixtures.occurrences(of: $0.assignment.name, in: text) == 1 })
        #expect(text.contains("主桌"))
        #expect(text.contains("观众视角"))
    }
}
