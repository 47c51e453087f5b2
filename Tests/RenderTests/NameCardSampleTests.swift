import Foundation
import Render
import SeatPlanCore
import Testing
import TestSupport

/// Writes sample PDFs to SEATPLAN_SAMPLES (a folder) for looking at, and times 3,000 cards.
@Suite struct NameCardSampleTests {
    private static let folder = ProcessInfo.processInfo.environment["SEATPLAN_SAMPLES"]

    @Test(.enabled(if: folder != nil))
    func writeSamples() throws {
        let folder = URL(fileURLWithPath: try #require(Self.folder))
        let venue = try NameCardFixtures.venue()
        let seats = NameCardFixtures.hallSeatsInOrder(venue)
        let people: [(String, String, String?)] = [
            ("王建国", "市人民政府", "市长"), ("李明", "市发展和改革委员会", "主任"), ("欧阳建国", "市财政局", nil),
            ("Alexandra Montgomery", "British Chamber of Commerce", "Chair"), ("王芳 Wang Fang", "市外事办", "翻译"),
            ("阿卜杜热合曼·买买提依明·艾力", "自治区人民政府驻市办事处", "主任"), ("张伟", "", nil),
        ]
        let plan = try NameCardFixtures.placed(
            zip(people, seats).enumerated().map { index, pair in
                NameCardFixtures.seated("s\(index)", pair.0.0, in: pair.1, unit: pair.0.1, title: pair.0.2)
            }, venue: venue)
        for font in FontFamily.allCases {
            try NameCards.render(plan, options: RenderOptions(font: font))
                .write(to: folder.appendingPathComponent("cards-\(font).pdf"))
        }
        try SeatLabels.render(plan, options: RenderOptions()).write(to: folder.appendingPathComponent("labels.pdf"))
    }

    @Test(.enabled(if: folder != nil))
    func threeThousandCards() throws {
        let venue = try VenueFile.parse(
            "name: 大礼堂\nhall:\n  floors:\n    - {floor: 1, rows: [\"1-60: 50\"]}\n", file: "big.yaml")
        let names = ["王建国", "李明", "欧阳建国", "约翰·史密斯 John Smith", "张伟", "刘海涛", "陈静", "阿卜杜热合曼·买买提"]
        let assignments = venue.seats.enumerated().map { index, seat in
            NameCardFixtures.seated("p\(index)", names[index % names.count], in: seat, title: index % 3 == 0 ? "副主任" : nil)
        }
        let plan = try NameCardFixtures.placed(assignments, venue: venue)
        let clock = ContinuousClock()
        var data = Data()
        let elapsed = try clock.measure { data = try NameCards.render(plan, options: RenderOptions(font: .kai)) }
        print("3,000 name cards: \(elapsed), \(data.count) bytes")
        try data.write(to: URL(fileURLWithPath: try #require(Self.folder)).appendingPathComponent("cards-3000.pdf"))
    }
}
