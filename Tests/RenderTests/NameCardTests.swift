import Foundation
import Render
import SeatPlanCore
import TestSupport
import Testing

/// A small venue (a rostrum of 5, a hall of 3 × 10 on one floor, two banquet tables) and plans
/// on it built by hand.
enum NameCardFixtures {
    static let venueFile = """
        name: 小礼堂
        rostrum: {rows: [{seats: 5}]}
        hall:
          floors:
            - {floor: 1, rows: ["1-3: 10"]}
        door: {x: 0, y: 30}
        main_table: 主桌
        tables:
          - {name: 主桌, seats: 10, x: 0, y: 40}
          - {name: 1, seats: 8, x: 6, y: 40}
        """

    static func venue() throws -> Venue { try VenueFile.parse(venueFile, file: "hall.yaml") }

    static let quality = PlanQuality(
        status: .optimal, objective: 0, bound: 0, gap: 0, protocolViolations: 0, unitSplits: 0,
        solveMilliseconds: 1)

    /// A rostrum chair of row 1 (`place` "C", "L2", "R2", …).
    static func rostrum(_ id: String, _ name: String, precedence: Int, place: String, title: String? = nil)
        -> SeatAssignment
    {
        SeatAssignment(
            attendee: id, name: name, unit: "市委", precedence: precedence, seat: "rostrum-1-\(place)",
            label: "主席台 1排\(precedence)号", area: .rostrum, floor: nil, row: 1, number: String(precedence),
            table: nil, x: 0, y: -2.5, title: title)
    }

    /// The person `name` in venue seat `seat`.
    static func seated(
        _ id: String, _ name: String, in seat: Seat, unit: String = "市政府", precedence: Int = 50,
        title: String? = nil
    ) -> SeatAssignment {
        SeatAssignment(
            attendee: id, name: name, unit: unit, precedence: precedence, seat: seat.id, label: seat.label,
            area: seat.area, floor: seat.floor, row: seat.row, number: seat.number, table: seat.table, x: seat.x,
            y: seat.y, title: title)
    }

    static func placed(_ assignments: [SeatAssignment], venue: Venue) throws -> PlacedPlan {
        let plan = SeatPlan(
            venue: venue.name, convention: "cn", meeting: "全市经济工作会议", assignments: assignments, unseated: [],
            quality: quality)
        return try PlacedPlan(plan: plan, venue: venue)
    }

    /// Three rostrum leaders and `hallCount` people in the hall, in hall seat order.
    static func meeting(hallCount: Int) throws -> PlacedPlan {
        let venue = try venue()
        let hallSeats = hallSeatsInOrder(venue)
        var assignments = [
            rostrum("r1", "王建国", precedence: 1, place: "C", title: "书记"),
            rostrum("r2", "李明", precedence: 2, place: "R2", title: "市长"),
            rostrum("r3", "约翰·史密斯 John Smith", precedence: 3, place: "L2"),
        ]
        for (index, seat) in hallSeats.prefix(hallCount).enumerated() {
            assignments.append(seated("h\(index + 1)", "代表\(NameCardFixtures.numeral(index + 1))", in: seat))
        }
        return try placed(assignments, venue: venue)
    }

    /// The hall seats by row and seat number, the order cards and labels are printed in.
    static func hallSeatsInOrder(_ venue: Venue) -> [Seat] {
        venue.seats.filter { $0.area == .hall }
            .sorted { ($0.row ?? 0, Int($0.number) ?? 0) < ($1.row ?? 0, Int($1.number) ?? 0) }
    }

    /// 1 → 甲一, 2 → 甲二 …: distinct three-character names.
    static func numeral(_ value: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        return String(value).map { digits[Int(String($0)) ?? 0] }.joined()
    }

    /// The pages of `data` as pdftotext reads them (U+3000 comes out as a plain space).
    static func pages(_ data: Data) throws -> [[String]] {
        try PDFInspection.text(of: data, order: .drawn)
            .split(separator: "\u{0C}", omittingEmptySubsequences: false)
            .map { $0.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
            .filter { !$0.isEmpty }
    }

    /// How often `text` occurs on a page, ignoring white space: pdftotext breaks the upside-down
    /// face's text into pieces wherever there is a wide gap such as an ideographic space.
    static func count(_ text: String, on page: [String]) -> Int {
        let squeezed = page.joined().filter { !$0.isWhitespace }
        let wanted = text.filter { !$0.isWhitespace }
        return squeezed.components(separatedBy: wanted).count - 1
    }
}

@Suite struct NameCardTests {
    @Test func oneA4PortraitPagePerCard() throws {
        let data = try NameCards.render(try NameCardFixtures.meeting(hallCount: 4), options: RenderOptions())
        let summary = try PDFInspection.summary(of: data)
        #expect(summary.pageCount == 7)
        #expect(summary.pageSizes.allSatisfy { $0.isClose(toWidth: 595.276, height: 841.89) })
        #expect(summary.title == "全市经济工作会议 桌签")
    }

    @Test func bothFacesCarryTheNameAndTwoCharacterNamesArePadded() throws {
        let data = try NameCards.render(try NameCardFixtures.meeting(hallCount: 2), options: RenderOptions(font: .kai))
        let pages = try NameCardFixtures.pages(data)
        #expect(pages.count == 5)
        let expected = ["王建国", "李明", "约翰·史密斯", "代表一", "代表二"]
        for (lines, name) in zip(pages, expected) {
            #expect(NameCardFixtures.count(name, on: lines) == 2, "page of \(name): \(lines)")
        }
        // The upright face reads "李 明" (U+3000 comes out as a space); the upside-down face
        // comes out as two pieces, "李" and "明", for the same wide gap.
        #expect(pages[1].contains("李 明"))
        #expect(pages[1].contains("李") && pages[1].contains("明"))
        #expect(!pages.joined().contains("李明"))
    }

    @Test func unitAndTitleLineIsPrintedOnBothFaces() throws {
        let pages = try NameCardFixtures.pages(
            try NameCards.render(try NameCardFixtures.meeting(hallCount: 1), options: RenderOptions()))
        #expect(pages[0].contains("市委 书记"))
        #expect(NameCardFixtures.count("市委书记", on: pages[0]) == 2)
        #expect(NameCardFixtures.count("市委市长", on: pages[1]) == 2)
        #expect(NameCardFixtures.count("市政府", on: pages[3]) == 2)
        #expect(NameCardFixtures.count("市委", on: pages[2]) == 2, "no title: the unit alone")
    }

    @Test func bilingualNameIsSplitIntoHanAndLatinLines() throws {
        let venue = try NameCardFixtures.venue()
        let seats = NameCardFixtures.hallSeatsInOrder(venue)
        let plan = try NameCardFixtures.placed(
            [
                NameCardFixtures.seated("a", "约翰·史密斯 John Smith", in: seats[0]),
                NameCardFixtures.seated("b", "王芳 Wang Fang", in: seats[1]),
                NameCardFixtures.seated("c", "Alexandra Montgomery", in: seats[2]),
            ], venue: venue)
        let pages = try NameCardFixtures.pages(try NameCards.render(plan, options: RenderOptions()))
        // The upright face: the Han name and the Latin name on lines of their own.
        #expect(pages[0].prefix(2) == ["约翰·史密斯", "John Smith"], "\(pages[0])")
        #expect(pages[1].prefix(2) == ["王 芳", "Wang Fang"], "\(pages[1])")
        // A purely Latin name is printed as it is, on two lines when that lets it be larger.
        #expect(pages[2].prefix(2).joined(separator: " ") == "Alexandra Montgomery", "\(pages[2])")
        for (page, parts) in zip(pages, [["约翰·史密斯", "JohnSmith"], ["王芳", "WangFang"], ["AlexandraMontgomery"]]) {
            for part in parts { #expect(NameCardFixtures.count(part, on: page) == 2, "\(part): \(page)") }
        }
    }

    @Test func longNamesShrinkAndAreNeverCut() throws {
        let venue = try NameCardFixtures.venue()
        let seat = try #require(venue.seats.first { $0.area == .hall })
        let long = "阿卜杜热合曼·买买提依明·艾力"
        let pages = try NameCardFixtures.pages(
            try NameCards.render(
                try NameCardFixtures.placed([NameCardFixtures.seated("x", long, in: seat)], venue: venue),
                options: RenderOptions()))
        #expect(pages[0].first == long, "\(pages[0])")
        #expect(NameCardFixtures.count(long, on: pages[0]) == 2, "\(pages[0])")
        #expect(!pages[0].joined().contains("…"))
    }

    @Test func onlyPrintsTheSelectedAttendees() throws {
        let plan = try NameCardFixtures.meeting(hallCount: 5)
        let pages = try NameCardFixtures.pages(
            try NameCards.render(plan, options: RenderOptions(), only: ["h3", "r2"]))
        #expect(pages.count == 2)
        #expect(pages[0].contains("李 明"))
        #expect(pages[1].contains("代表三"))
        #expect(!pages.joined().contains("王建国"))
        #expect(throws: RenderError.self) { try NameCards.render(plan, options: RenderOptions(), only: ["nobody"]) }
    }

    @Test func cardsComeRostrumByPrecedenceThenHallThenBanquetInSeatOrder() throws {
        let venue = try NameCardFixtures.venue()
        let hall = venue.seats.filter { $0.area == .hall }
        let table = venue.seats.filter { $0.table == "主桌" }.sorted { ($0.position ?? 0) < ($1.position ?? 0) }
        let otherTable = try #require(venue.seats.first { $0.table == "1" })
        let rowTwoSeatTwo = try #require(hall.first { $0.row == 2 && $0.number == "2" })
        let rowOneSeatTen = try #require(hall.first { $0.row == 1 && $0.number == "10" })
        let rowOneSeatTwo = try #require(hall.first { $0.row == 1 && $0.number == "2" })
        let plan = try NameCardFixtures.placed(
            [
                NameCardFixtures.seated("t3", "宴三", in: otherTable),
                NameCardFixtures.seated("t2", "宴二", in: table[1]),
                NameCardFixtures.seated("t1", "宴一", in: table[0]),
                NameCardFixtures.seated("h3", "厅三", in: rowTwoSeatTwo),
                NameCardFixtures.seated("h2", "厅二", in: rowOneSeatTen),
                NameCardFixtures.seated("h1", "厅一", in: rowOneSeatTwo),
                NameCardFixtures.rostrum("r2", "台二", precedence: 2, place: "R2"),
                NameCardFixtures.rostrum("r1", "台一", precedence: 1, place: "C"),
            ], venue: venue)
        let pages = try NameCardFixtures.pages(try NameCards.render(plan, options: RenderOptions()))
        let firstNames = pages.map { $0.first { $0.count == 3 && $0.contains(" ") } ?? "" }
        #expect(firstNames == ["台 一", "台 二", "厅 一", "厅 二", "厅 三", "宴 一", "宴 二", "宴 三"])
    }

    @Test func eachCardCarriesItsSeatLabelOnceForTheStaff() throws {
        let plan = try NameCardFixtures.meeting(hallCount: 2)
        let pages = try NameCardFixtures.pages(try NameCards.render(plan, options: RenderOptions()))
        #expect(NameCardFixtures.count("主席台1排1号", on: pages[0]) == 1)
        #expect(NameCardFixtures.count("一楼1排1号", on: pages[3]) == 1)
        #expect(NameCardFixtures.count("一楼1排2号", on: pages[4]) == 1)
    }

    @Test func aPlanWithNobodySeatedIsAnError() throws {
        let empty = try NameCardFixtures.placed([], venue: try NameCardFixtures.venue())
        #expect(throws: RenderError.self) { try NameCards.render(empty, options: RenderOptions()) }
    }
}
