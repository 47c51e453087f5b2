import Foundation
import SeatPlanCore
import TestSupport
import Testing

@testable import Render

/// Small plans built by hand for the seat list and banquet plan tests.
enum SeatListFixtures {
    static let hallText = """
        name: 小礼堂
        hall:
          floors:
            - {floor: 1, name: 一楼, front: 3, rows: ["1-8: 12"]}
        """

    static let banquetText = """
        name: 小宴会厅
        door: {x: 0, y: 13}
        main_table: 主桌
        tables:
          - {name: 主桌, shape: round, seats: 10, x: 0, y: 3, diameter: 2.4}
          - {name: "1", shape: round, seats: 8, x: 3.2, y: 7.5, diameter: 1.8}
          - {name: "2", shape: round, seats: 8, x: -3.2, y: 7.5, diameter: 1.8}
        """

    static let longUnit = "中华人民共和国国家发展和改革委员会驻本市联络办事处综合协调处"
    static let foreignName = "Alexandra Montgomery-Smith"

    /// People in precedence order: (name, unit, title). Names are distinct and none is part of
    /// another, so counting them in the text is exact.
    static let people: [(String, String, String)] = {
        let named: [(String, String, String)] = [
            ("曹操", "市委", "书记"), ("阿明", "市委", "副书记"), ("白云", "市人民政府", "市长"),
            ("丁一", "市人民政府", "副市长"), ("欧阳建国", "市人大常委会", "主任"),
            (foreignName, "市外事办公室", "顾问"), ("安然", longUnit, "联络处处长、一级调研员、综合协调处负责人"),
        ]
        let surnames = Array("赵钱孙李周吴郑冯陈褚卫蒋沈韩杨朱秦尤许何吕施")
        let given = Array("甲乙丙丁戊己庚辛壬癸")
        let units = ["市委组织部", "市委宣传部", "市发展和改革委员会", "市教育局", "市财政局"]
        var generated: [(String, String, String)] = []
        for index in 0..<53 {
            let surname = surnames[index % surnames.count]
            let name =
                index % 3 == 0
                ? "\(surname)\(given[index % given.count])"
                : "\(surname)\(given[index % given.count])\(given[(index / 3) % given.count])"
            generated.append((name, units[index / 11], index % 4 == 0 ? "处长" : "干部"))
        }
        return named + generated
    }()

    /// The hall venue with everyone seated in seat precedence order.
    static func hallPlan(unseated: Int = 0) throws -> PlacedPlan {
        let venue = try VenueFile.parse(hallText, file: "hall.yaml")
        return try placed(people, in: venue, unseated: unseated)
    }

    /// The banquet room with `count` people seated in seat precedence order.
    static func banquetPlan(count: Int = 22) throws -> PlacedPlan {
        let venue = try VenueFile.parse(banquetText, file: "banquet.yaml")
        return try placed(Array(people.prefix(count)), in: venue)
    }

    static func placed(_ people: [(String, String, String)], in venue: Venue, unseated: Int = 0) throws -> PlacedPlan {
        let seats = venue.seatPrecedence()
        let assignments = zip(people, seats).enumerated().map { index, pair in
            let ((name, unit, title), seat) = pair
            return SeatAssignment(
                attendee: "A\(index + 1)", name: name, unit: unit, precedence: index + 1, seat: seat.id,
                label: seat.label, area: seat.area, floor: seat.floor, row: seat.row, number: seat.number,
                table: seat.table, x: seat.x, y: seat.y, title: title)
        }
        let plan = SeatPlan(
            venue: venue.name, convention: "cn", meeting: "全市工作会议",
            assignments: assignments,
            unseated: (0..<unseated).map { UnseatedAttendee(attendee: "U\($0)", reason: "no seat") },
            quality: PlanQuality(
                status: .optimal, objective: 0, bound: 0, gap: 0, protocolViolations: 0, unitSplits: 0,
                solveMilliseconds: 1))
        return try PlacedPlan(plan: plan, venue: venue)
    }

    /// A name as pdftotext prints it: the ideographic space of a padded name becomes a space.
    static func printed(_ name: String) -> String {
        NameTypography.padded(name).replacingOccurrences(of: "\u{3000}", with: " ")
    }

    /// The text of each page, in drawing order, with line breaks turned into spaces (a long
    /// foreign name may wrap within its cell).
    static func pages(_ data: Data) throws -> [String] {
        try PDFInspection.text(of: data, order: .drawn)
            .split(separator: "\u{0C}", omittingEmptySubsequences: false)
            .map { $0.replacingOccurrences(of: "\n", with: " ") }
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    static func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }
}

@Suite struct SeatListTests {
    static let sections = ["座位表（按单位）", "座位表（按姓名）", "签到表"]

    /// The pages of each section, by the section named in the footer.
    private func pagesBySection(_ data: Data) throws -> [String: [String]] {
        var result: [String: [String]] = [:]
        for page in try SeatListFixtures.pages(data) {
            let owners = Self.sections.filter { page.contains($0) }
            #expect(owners.count == 1, "a page belongs to one section: \(owners)")
            if let owner = owners.first { result[owner, default: []].append(page) }
        }
        return result
    }

    @Test func everyoneAppearsExactlyOnceInEachSection() throws {
        let data = try SeatLists.render(try SeatListFixtures.hallPlan(), options: RenderOptions())
        let sections = try pagesBySection(data)
        #expect(Set(sections.keys) == Set(Self.sections))
        for (section, pages) in sections {
            let text = pages.joined(separator: " ")
            for (name, _, _) in SeatListFixtures.people {
                let count = SeatListFixtures.occurrences(of: SeatListFixtures.printed(name), in: text)
                #expect(count == 1, "\(name) appears \(count) times in \(section)")
            }
        }
    }

    @Test func eachSectionStartsOnANewPageWithItsHeadingAndEveryPageHasItsColumnsAndNumber() throws {
        let data = try SeatLists.render(try SeatListFixtures.hallPlan(), options: RenderOptions())
        let pages = try SeatListFixtures.pages(data)
        let summary = try PDFInspection.summary(of: data)
        #expect(summary.pageCount == pages.count)
        #expect(summary.pageCount >= 6, "60 people take more than one page per section")
        let a4 = PaperSize.a4.pageSize(.portrait)
        #expect(summary.pageSizes.allSatisfy { $0.isClose(toWidth: a4.width, height: a4.height) })
        for (index, page) in pages.enumerated() {
            #expect(page.contains("第 \(index + 1) 页 / 共 \(pages.count) 页"), "page \(index + 1) number")
            #expect(page.contains("全市工作会议"), "page \(index + 1) header")
            for column in ["序号", "姓名", "座位"] {
                #expect(page.contains(column), "page \(index + 1) lacks column \(column)")
            }
            if page.contains("签到表") {
                for column in ["职务", "出席", "缺席", "请假", "签名"] {
                    #expect(page.contains(column), "sign-in page \(index + 1) lacks \(column)")
                }
            } else {
                #expect(page.contains("单位"), "page \(index + 1) lacks column 单位")
            }
        }
        // Each section's first page has its heading without "（续）" and its summary.
        for heading in Self.sections {
            let first = pages.firstIndex { $0.contains(heading) }
            #expect(first.map { pages[$0].contains("共 60 人") } == true, "\(heading) summary")
            #expect(first.map { !pages[$0].contains(heading + "（续）") } == true)
        }
        #expect(pages.contains { $0.contains("第 1 页") })
        // The sign-in list closes with the tally to fill in.
        #expect(pages.last?.contains("应到 60 人") == true)
        #expect(pages.last?.contains("实到") == true)
    }

    @Test func unitsComeInOrderOfTheirMostSeniorMemberWithPaddedRows() throws {
        let data = try SeatLists.render(try SeatListFixtures.hallPlan(), options: RenderOptions())
        let byUnit = try pagesBySection(data)["座位表（按单位）"]?.joined(separator: " ") ?? ""
        let units = ["市委", "市人民政府", "市人大常委会", "市外事办公室", "市委组织部", "市委宣传部", "市财政局"]
        let positions = units.compactMap { unit in byUnit.range(of: " \(unit) ")?.lowerBound }
        #expect(positions.count == units.count)
        #expect(positions == positions.sorted(), "units out of order")
        #expect(byUnit.contains("曹 操"), "two-character names are padded")
        #expect(byUnit.contains("欧阳建国"))
        #expect(byUnit.contains("一楼 1排"), "seat labels are printed")
    }

    @Test func namesSortByPinyinOrByStrokes() throws {
        let plan = try SeatListFixtures.hallPlan()
        func order(_ nameOrder: NameOrder) throws -> [String.Index] {
            let data = try SeatLists.render(plan, options: RenderOptions(), nameOrder: nameOrder)
            let text = try pagesBySection(data)["座位表（按姓名）"]?.joined(separator: " ") ?? ""
            return ["阿 明", "白 云", "丁 一"].compactMap { text.range(of: $0)?.lowerBound }
        }
        let pinyin = try order(.pinyin)
        #expect(pinyin.count == 3 && pinyin == pinyin.sorted(), "阿 < 白 < 丁 by pinyin")
        let strokes = try order(.strokes)
        #expect(strokes.count == 3 && strokes == strokes.sorted(by: >), "丁 (2) < 白 (5) < 阿 (7) by strokes")
    }

    @Test func titleFallsBackToThePlanAndOptionsAreHonoured() throws {
        let options = RenderOptions(
            paper: .a3, landscape: true, font: .sans,
            title: ChartTitle(meeting: "", venue: "", date: "2025年3月8日", planVersion: "第2稿"))
        let data = try SeatLists.render(try SeatListFixtures.hallPlan(unseated: 2), options: options)
        let text = try PDFInspection.text(of: data)
        #expect(text.contains("全市工作会议"))
        #expect(text.contains("小礼堂"))
        #expect(text.contains("第2稿"))
        #expect(text.contains("另有 2 人未安排座位"))
        let a3 = PaperSize.a3.pageSize(.landscape)
        #expect(
            try PDFInspection.summary(of: data).pageSizes.first?.isClose(toWidth: a3.width, height: a3.height) == true)
    }

    @Test func anEmptyPlanIsRefused() throws {
        let venue = try VenueFile.parse(SeatListFixtures.hallText, file: "hall.yaml")
        let plan = try SeatListFixtures.placed([], in: venue)
        #expect(throws: RenderError.self) { try SeatLists.render(plan, options: RenderOptions()) }
    }
}
