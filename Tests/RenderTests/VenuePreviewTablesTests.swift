import Foundation
import Render
import SeatPlanCore
import TestSupport
import Testing

@Suite struct VenuePreviewTablesTests {
    @Test func banquetIsOnePageWithEveryTableTheDoorAndPrecedence() throws {
        let data = try VenuePreview(venue: try VenuePreviewFixtures.banquet()).render()
        let summary = try PDFInspection.summary(of: data)
        #expect(summary.pageCount == 1)
        let a3 = VenuePreviewFixtures.a3Landscape
        #expect(summary.pageSizes.first?.isClose(toWidth: a3.width, height: a3.height) == true)
        let lines = try VenuePreviewFixtures.drawnWords(data)
        #expect(lines.contains("门"))
        #expect(lines.contains("主桌"))
        for number in 1...40 {
            #expect(lines.contains("\(number)号桌"), "missing \(number)号桌")
        }
        // Precedence: the main table first, then 1号桌 … 40号桌 (grid tables are named by it).
        let drawn = try PDFInspection.text(of: data, order: .drawn)
        let ranks = Set(drawn.matches(of: /桌次 (\d+)/).compactMap { Int($0.1) })
        #expect(ranks == Set(1...41))
        // Seat numbers: 1…16 at the main table.
        for position in 1...16 {
            #expect(lines.contains(String(position)), "missing seat \(position)")
        }
        let text = try PDFInspection.text(of: data)
        #expect(text.contains("共 41 桌 416 座"))
        #expect(text.contains("主人位"))
    }

    @Test func boardroomShowsItsTableAndAllTwentyFourSeats() throws {
        let data = try VenuePreview(venue: try VenuePreviewFixtures.boardroom()).render()
        #expect(try PDFInspection.summary(of: data).pageCount == 1)
        let lines = try VenuePreviewFixtures.drawnWords(data)
        #expect(lines.contains("会议桌"))
        #expect(lines.contains("门"))
        #expect(lines.contains("桌次"))
        for position in 1...24 {
            #expect(lines.contains(String(position)), "missing seat \(position)")
        }
        #expect(try PDFInspection.text(of: data).contains("会议桌座位预览图"))
    }

    @Test func roomsAreListedWithCapacityAndFloor() throws {
        let data = try VenuePreview(venue: try VenuePreviewFixtures.rooms()).render()
        #expect(try PDFInspection.summary(of: data).pageCount == 1)
        let text = try PDFInspection.text(of: data)
        for expected in ["分组讨论室一览", "第一讨论室", "第四讨论室", "容纳 30 人", "容纳 60 人", "三楼", "四楼", "共 4 间，合计可容纳 155 人"] {
            #expect(text.contains(expected), "missing \(expected)")
        }
    }

    @Test func aVenueWithHallTablesAndRoomsGetsAPageForEach() throws {
        let text =
            VenuePreviewFixtures.curvedHallText + """

                door: {x: 0, y: 12}
                tables:
                  - {name: 主桌, seats: 12, x: 0, y: 4}
                rooms:
                  - {name: 第一讨论室, capacity: 30}
                """
        let venue = try VenueFile.parse(text, file: "everything.yaml")
        let summary = try PDFInspection.summary(of: try VenuePreview(venue: venue).render())
        #expect(summary.pageCount == 5)
    }

    @Test func aRostrumAloneIsDrawnOnAStagePage() throws {
        let venue = try VenueFile.parse("name: 小礼堂\nrostrum: {rows: [{seats: 7}, {seats: 9}]}\n", file: "stage.yaml")
        let data = try VenuePreview(venue: venue).render()
        #expect(try PDFInspection.summary(of: data).pageCount == 1)
        let lines = try VenuePreviewFixtures.drawnWords(data)
        #expect(lines.filter { $0 == "第一排" }.count == 2)
        for rank in 1...9 {
            #expect(lines.contains(String(rank)), "missing rostrum chair \(rank)")
        }
        #expect(lines.contains("观众视角"))
    }

    @Test func aVenueWithNothingToDrawIsAClearError() {
        let venue = Venue(name: "空场馆", rostrum: nil, source: "empty.yaml")
        #expect(
            throws: RenderError.nothingToRender("the venue '空场馆' has no rostrum, hall seats, tables or rooms to draw")
        ) {
            try VenuePreview(venue: venue).render()
        }
    }

    @Test func writeIsAtomicAndReportsAnUnwritablePath() throws {
        let preview = VenuePreview(venue: try VenuePreviewFixtures.boardroom())
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "venue-preview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("boardroom.pdf")
        try preview.write(to: url)
        #expect(try PDFInspection.summary(ofFile: url).pageCount == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["boardroom.pdf"])

        let unwritable = URL(fileURLWithPath: "/proc/seatplan-cannot-write-here/preview.pdf")
        #expect(throws: RenderError.self) { try preview.write(to: unwritable) }
        #expect(!FileManager.default.fileExists(atPath: unwritable.path))
    }
}
