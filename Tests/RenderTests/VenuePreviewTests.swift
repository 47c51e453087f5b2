import Foundation
import Render
import SeatPlanCore
import TestSupport
import Testing

/// Venues for the preview tests, built from small YAML texts (and the shipped municipal hall).
enum VenuePreviewFixtures {
    /// The shipped municipal hall, read from `Venues/` in the source tree.
    static func municipalHall() throws -> Venue {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Venues/municipal-hall.yaml")
        return try VenueFile.read(contentsOf: url)
    }

    /// Three floors of curved rows, 3,876 seats: 2,640 on the ground floor (five blocks),
    /// 696 on the first balcony, 540 on the second, and a three-row rostrum of 75.
    static let curvedHallText = """
        name: 测试大会堂
        name_en: Test Great Hall
        rostrum:
          front_y: -3
          rows: [{seats: 21}, {seats: 25}, {seats: 29}]
        hall:
          curve: 40
          aisle_width: 1.4
          floors:
            - {floor: 1, front: 5, blocks: [左区, 左中区, 中区, 右中区, 右区], rows: ["1-30: 14|18|24|18|14"]}
            - {floor: 2, front: 22, rows: ["1-12: 16|26|16"]}
            - {floor: 3, front: 33, stagger: true, rows: ["1-10: 16|22|16"]}
          zones:
            - {name: leaders, floor: 1, rows: 1-3, blocks: [中区]}
            - {name: members, floor: 1}
            - {name: press, floor: 2, rows: 1-2}
            - {name: nonvoting, floor: 3}
            - {name: accessible, floor: 1, seats: [30-1, 30-2]}
          unavailable:
            - {floor: 2, seats: [5-1, 5-3], reason: 摄像机位}
        """

    static func curvedHall() throws -> Venue { try VenueFile.parse(curvedHallText, file: "curved-hall.yaml") }

    /// A main table of 16 and a 5 × 8 grid of round tables of 10, the door at the back.
    static func banquet() throws -> Venue {
        try VenueFile.parse(
            """
            name: 测试宴会厅
            door: {x: 0, y: 30}
            main_table: 主桌
            tables:
              - {name: 主桌, shape: round, seats: 16, x: 0, y: 4}
              - {grid: 5x8, seats: 10, y: 9, spacing: 3.3}
            """, file: "banquet.yaml")
    }

    /// One 24-seat oval table, the door in the right-hand wall.
    static func boardroom() throws -> Venue {
        try VenueFile.parse(
            """
            name: 测试会议室
            name_en: Test Boardroom
            door: {x: 8.5, y: 7}
            tables:
              - {name: 会议桌, shape: oval, seats: 24, x: 0, y: 4.5, length: 9, width: 3.2}
            """, file: "boardroom.yaml")
    }

    /// Four breakout rooms.
    static func rooms() throws -> Venue {
        try VenueFile.parse(
            """
            name: 测试讨论室
            rooms:
              - {name: 第一讨论室, capacity: 30, floor: 3}
              - {name: 第二讨论室, capacity: 20, floor: 3}
              - {name: 第三讨论室, capacity: 60}
              - {name: 第四讨论室, capacity: 45, floor: 4}
            """, file: "rooms.yaml")
    }

    /// The words of the PDF's text in drawing order. pdftotext joins texts that share a
    /// baseline (the seat numbers of a row) into one line, so compare words, not lines.
    static func drawnWords(_ data: Data) throws -> [String] {
        try PDFInspection.text(of: data, order: .drawn).split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// A3 and A1 landscape in points.
    static let a3Landscape = (width: 1190.55, height: 841.89)
    static let a1Landscape = (width: 2383.94, height: 1683.78)
}

@Suite struct VenuePreviewHallTests {
    @Test func municipalHallIsOneA3LandscapePageInTheAudienceView() throws {
        let data = try VenuePreview(venue: try VenuePreviewFixtures.municipalHall()).render()
        let summary = try PDFInspection.summary(of: data)
        #expect(summary.pageCount == 1)
        let a3 = VenuePreviewFixtures.a3Landscape
        #expect(summary.pageSizes.first?.isClose(toWidth: a3.width, height: a3.height) == true)
        #expect(summary.title == "市会议中心大礼堂 会场座位预览图")
        let text = try PDFInspection.text(of: data)
        for expected in ["市会议中心大礼堂", "Municipal Meeting Hall", "观众视角", "一楼", "比例尺"] {
            #expect(text.contains(expected), "missing \(expected)")
        }
    }

    @Test func municipalHallShowsSeatAndRowNumbersOnBothSidesAndBlockNames() throws {
        let venue = try VenuePreviewFixtures.municipalHall()
        let lines = try VenuePreviewFixtures.drawnWords(try VenuePreview(venue: venue).render())
        // Rows 4–18 have 24 seats, numbered odd/even from the centre.
        for number in 1...24 {
            #expect(lines.contains(String(number)), "missing seat number \(number)")
        }
        // Every row number is printed at both ends of its row.
        for row in 1...18 {
            #expect(lines.filter { $0 == "\(row)排" }.count == 2, "row \(row) should be labelled twice")
        }
        for block in ["左区", "中区", "右区"] {
            #expect(lines.contains(block), "missing block \(block)")
        }
        // The rostrum's rows and chairs (front 9, back 11) are drawn on the same page.
        #expect(lines.filter { $0 == "第一排" }.count == 2)
        #expect(lines.filter { $0 == "第二排" }.count == 2)
    }

    @Test func municipalHallLegendNamesZonesAndUnavailableSeatsWithReasons() throws {
        let text = try PDFInspection.text(
            of: try VenuePreview(venue: try VenuePreviewFixtures.municipalHall()).render())
        for zone in ["领导席 leaders", "记者席 press", "工作人员席 staff", "代表席 members", "列席 nonvoting"] {
            #expect(text.contains(zone), "missing zone \(zone)")
        }
        #expect(text.contains("摄像机位：18排1号、18排2号"))
        #expect(text.contains("立柱：10排23号、10排24号"))
        // Accessible seats are coloured by their first zone and outlined for the second.
        #expect(text.contains("同属无障碍席 accessible"))
        #expect(text.contains("共 426 座，可用 422 座，不可用 4 座"))
    }

    @Test func curvedThreeFloorHallGivesOnePagePerFloorOnPaperToItsSize() throws {
        let venue = try VenuePreviewFixtures.curvedHall()
        #expect(venue.seats.count == 3876)
        let data = try VenuePreview(venue: venue).render()
        let summary = try PDFInspection.summary(of: data)
        #expect(summary.pageCount == 3)
        let a1 = VenuePreviewFixtures.a1Landscape
        let a3 = VenuePreviewFixtures.a3Landscape
        // 2,640 seats and 75 rostrum chairs go on A1; the balconies fit A3.
        #expect(summary.pageSizes.count == 3)
        #expect(summary.pageSizes.first?.isClose(toWidth: a1.width, height: a1.height) == true)
        for size in summary.pageSizes.dropFirst() {
            #expect(size.isClose(toWidth: a3.width, height: a3.height))
        }
        let text = try PDFInspection.text(of: data)
        for expected in ["一楼", "二楼", "三楼", "左中区", "30排", "摄像机位", "第 3/3 页", "本层第一排距台口 22 米"] {
            #expect(text.contains(expected), "missing \(expected)")
        }
    }

    @Test func everyPageIsLabelledWithItsView() throws {
        let pages = try pageTexts(try VenuePreview(venue: try VenuePreviewFixtures.curvedHall()).render())
        #expect(pages.count >= 3)
        for (index, text) in pages.prefix(3).enumerated() {
            #expect(text.contains("观众视角"), "page \(index + 1) has no view label")
        }
    }

    @Test func aGivenPageSetupIsUsedForEveryPage() throws {
        let preview = VenuePreview(
            venue: try VenuePreviewFixtures.curvedHall(), pageSetup: PageSetup(paper: .a4, orientation: .portrait),
            font: .serif)
        let summary = try PDFInspection.summary(of: try preview.render())
        #expect(summary.pageSizes.count == 3)
        for size in summary.pageSizes {
            #expect(size.isClose(toWidth: 595.276, height: 841.89))
        }
    }

    @Test func seatsTooSmallForNumbersAreDrawnWithoutThemAndTheLegendSaysSo() throws {
        let preview = VenuePreview(
            venue: try VenuePreviewFixtures.curvedHall(),
            pageSetup: PageSetup(
                paper: try PaperSize(widthMillimetres: 148, heightMillimetres: 105), orientation: .landscape))
        let pages = try pageTexts(try preview.render())
        #expect(pages.first?.contains("未印座号") == true)
        // On A3 the municipal hall's seats are large enough for their numbers.
        let municipal = try PDFInspection.text(
            of: try VenuePreview(venue: try VenuePreviewFixtures.municipalHall()).render())
        #expect(!municipal.contains("未印座号"))
    }

    /// The text of each page: pdftotext ends every page with a form feed.
    private func pageTexts(_ data: Data) throws -> [String] {
        try PDFInspection.text(of: data).split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
    }
}
