import Foundation
import Render
import SeatPlanCore
import TestSupport
import Testing

/// Names that are hard to set (long, Latin, mixed, an empty unit) on cards and labels in every
/// font family: each must come out whole, never cut short.
@Suite struct NameCardFontTests {
    /// Name, unit and title of the seven people, seated in hall seat order.
    private static let people: [(name: String, unit: String, title: String?)] = [
        ("王建国", "市人民政府", "市长"), ("李明", "市发展和改革委员会", "主任"), ("欧阳建国", "市财政局", nil),
        ("Alexandra Montgomery", "British Chamber of Commerce", "Chair"), ("王芳 Wang Fang", "市外事办", "翻译"),
        ("阿卜杜热合曼·买买提依明·艾力", "自治区人民政府驻市办事处", "主任"), ("张伟", "", nil),
    ]

    private static func plan() throws -> PlacedPlan {
        let venue = try NameCardFixtures.venue()
        let seats = NameCardFixtures.hallSeatsInOrder(venue)
        return try NameCardFixtures.placed(
            zip(people, seats).enumerated().map { index, pair in
                NameCardFixtures.seated("s\(index)", pair.0.name, in: pair.1, unit: pair.0.unit, title: pair.0.title)
            }, venue: venue)
    }

    @Test(arguments: FontFamily.allCases)
    func everyNameAndUnitIsPrintedWholeOnBothFaces(font: FontFamily) throws {
        let data = try NameCards.render(try Self.plan(), options: RenderOptions(font: font))
        let pages = try NameCardFixtures.pages(data)
        #expect(pages.count == Self.people.count)
        for (page, person) in zip(pages, Self.people) {
            #expect(NameCardFixtures.count(person.name, on: page) == 2, "\(font) \(person.name): \(page)")
            if !person.unit.isEmpty {
                #expect(NameCardFixtures.count(person.unit, on: page) == 2, "\(font) \(person.unit): \(page)")
            }
            #expect(!page.joined().contains("…"), "\(font): \(page)")
        }
    }

    @Test func everyNameIsPrintedWholeOnTheSeatLabels() throws {
        let data = try SeatLabels.render(try Self.plan(), options: RenderOptions())
        let pages = try NameCardFixtures.pages(data)
        #expect(pages.count == 1)
        let page = try #require(pages.first)
        for person in Self.people {
            #expect(NameCardFixtures.count(person.name, on: page) == 1, "\(person.name): \(page)")
        }
        #expect(!page.joined().contains("…"), "\(page)")
    }

    @Test func threeThousandCardsAreOnePageEachInSeatOrder() throws {
        let venue = try VenueFile.parse(
            "name: 大礼堂\nhall:\n  floors:\n    - {floor: 1, rows: [\"1-60: 50\"]}\n", file: "big.yaml")
        let names = ["王建国", "李明", "欧阳建国", "约翰·史密斯 John Smith", "张伟", "刘海涛", "陈静", "阿卜杜热合曼·买买提"]
        let assignments = venue.seats.enumerated().map { index, seat in
            NameCardFixtures.seated(
                "p\(index)", names[index % names.count], in: seat, title: index % 3 == 0 ? "副主任" : nil)
        }
        let plan = try NameCardFixtures.placed(assignments, venue: venue)
        let data = try NameCards.render(plan, options: RenderOptions(font: .kai))
        #expect(try PDFInspection.summary(of: data).pageCount == 3_000)
        let pages = try NameCardFixtures.pages(data)
        #expect(pages.count == 3_000)
        // Cards come in seat order: the first is seat 1 of row 1, the last seat 50 of row 60.
        let nameBySeat = Dictionary(uniqueKeysWithValues: assignments.map { ($0.label, $0.name) })
        for (page, seat) in [(pages.first, "一楼 1排1号"), (pages.last, "一楼 60排50号")] {
            let page = try #require(page)
            let name = try #require(nameBySeat[seat])
            #expect(NameCardFixtures.count(seat, on: page) == 1, "\(seat): \(page)")
            #expect(NameCardFixtures.count(name, on: page) == 2, "\(name): \(page)")
        }
    }
}
