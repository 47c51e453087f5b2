import Foundation
import Render
import SeatPlanCore
import TestSupport
import Testing

/// A venue with entrances named by hand, and a small plan on it.
enum PassesFixtures {
    static let venueFile = """
        name: 小礼堂
        rostrum: {rows: [{seats: 5}], entrance: 贵宾通道}
        hall:
          entrance: 正门
          floors:
            - floor: 1
              blocks: [左区, 右区]
              entrance: 南门
              entrances: {左区: 东侧门}
              rows: ["1-3: 6|6"]
            - {floor: 2, rows: ["1-2: 8"]}
        """

    static func venue(_ text: String = venueFile) throws -> Venue { try VenueFile.parse(text, file: "hall.yaml") }

    static func seat(_ venue: Venue, floor: Int, row: Int, number: String) throws -> Seat {
        try #require(venue.seats.first { $0.floor == floor && $0.row == row && $0.number == number })
    }

    /// Two leaders on the rostrum and four people in the hall (floors 1, 1, 2), one unseated.
    static func plan() throws -> PlacedPlan {
        let venue = try venue()
        let left = try #require(venue.seats.first { $0.floor == 1 && $0.row == 1 && $0.block == "左区" })
        let right = try #require(venue.seats.first { $0.floor == 1 && $0.row == 2 && $0.block == "右区" })
        let upper = try seat(venue, floor: 2, row: 1, number: "1")
        let assignments = [
            NameCardFixtures.rostrum("r1", "王建国", precedence: 1, place: "C", title: "书记"),
            NameCardFixtures.seated("h1", "张三", in: left, unit: "市财政局"),
            NameCardFixtures.seated("h2", "欧阳建国", in: right, unit: "市教育局"),
            NameCardFixtures.seated("h3", "王芳 Wang Fang", in: upper, unit: "外事办公室"),
            NameCardFixtures.rostrum("r2", "李明", precedence: 2, place: "R2", title: "市长"),
        ]
        let plan = SeatPlan(
            venue: venue.name, convention: "cn", meeting: "全市经济工作会议", assignments: assignments,
            unseated: [UnseatedAttendee(attendee: "u1", reason: "no seat left")], quality: NameCardFixtures.quality)
        return try PlacedPlan(plan: plan, venue: venue)
    }

    /// A distinct base32 code per attendee.
    static func codes(for plan: PlacedPlan) -> [String: String] {
        var codes: [String: String] = [:]
        for (index, entry) in plan.entries.enumerated() {
            codes[entry.assignment.attendee] = PassCodeSamples.code(length: 180 + index * 8, seed: index + 7)
        }
        return codes
    }

    static let options = RenderOptions(
        title: ChartTitle(meeting: "全市经济工作会议", venue: "小礼堂", date: "2025年3月8日", planVersion: "第3稿"))
}

@Suite("Passes (座位证)")
struct PassesTests {
    @Test("Each pass shows the name, unit, seat label and entrance; unseated people get none")
    func passText() throws {
        let plan = try PassesFixtures.plan()
        let pdf = try Passes.render(plan, codes: PassesFixtures.codes(for: plan), options: PassesFixtures.options)
        let summary = try PDFInspection.summary(of: pdf)
        #expect(summary.pageCount == 2)
        #expect(summary.pageSizes.allSatisfy { $0.isClose(toWidth: 595.28, height: 841.89) })
        let text = try PDFInspection.text(of: pdf, order: .drawn)
        for expected in [
            "全市经济工作会议", "座 位 证", "王建国", "张 三", "欧阳建国", "王芳 Wang Fang", "市财政局", "市教育局", "外事办公室",
            "主席台 1排1号", "一楼 1排", "二楼 1排1号", "贵宾通道", "东侧门", "南门", "方案版本 第3稿",
        ] {
            #expect(text.contains(expected), "missing \(expected)")
        }
        // Floor 2 names no entrance of its own: the hall's.
        #expect(text.components(separatedBy: "正门").count == 2)
    }

    @Test("Passes come in name-card order: rostrum by precedence, then the hall by floor, row and seat")
    func order() throws {
        let plan = try PassesFixtures.plan()
        let contents = try Passes.contents(of: plan, codes: PassesFixtures.codes(for: plan))
        #expect(contents.map(\.attendee) == ["r1", "r2", "h1", "h2", "h3"])
        #expect(contents.map(\.entrance) == ["贵宾通道", "贵宾通道", "东侧门", "南门", "正门"])
        #expect(contents[2].name == "张　三")
        #expect(contents[2].seatLabel.hasPrefix("一楼 1排"))
    }

    @Test("zbarimg reads every code on a sheet of four passes rendered at 200 dpi, exactly")
    func codesReadBack() throws {
        let plan = try PassesFixtures.plan()
        let codes = PassesFixtures.codes(for: plan)
        let pdf = try Passes.render(plan, codes: codes, options: PassesFixtures.options)
        let contents = try Passes.contents(of: plan, codes: codes)
        let first = try QRCodeReader.texts(inPDF: pdf, page: 1, keepAs: "passes-sheet")
        #expect(first.sorted() == contents.prefix(4).map(\.code).sorted())
        let second = try QRCodeReader.texts(inPDF: pdf, page: 2)
        #expect(second == [contents[4].code])
    }

    @Test("Chinese and mixed code texts read back exactly from the printed pass")
    func chineseCodes() throws {
        let plan = try PassesFixtures.plan()
        var codes = PassesFixtures.codes(for: plan)
        codes["r1"] = "座位证:王建国/主席台 1排1号"
        codes["r2"] = "SP1-李明 Li Ming #2"
        codes["h1"] = "sp1-lower-case-张三"
        codes["h2"] = "ÀÉÎ 欧阳建国 0123456789"
        let pdf = try Passes.render(plan, codes: codes, options: PassesFixtures.options)
        let read = try QRCodeReader.texts(inPDF: pdf, page: 1)
        #expect(read.sorted() == [codes["r1"], codes["r2"], codes["h1"], codes["h2"]].compactMap { $0 }.sorted())
    }

    @Test("The printed symbol is at least 35 mm wide")
    func symbolWidth() throws {
        let code = try QRCodeMatrix(encoding: PassCodeSamples.code(length: 220))
        let side = PDFPage.qrCodeSide(code, symbolWidth: PageUnits.points(millimetres: 36))
        let symbol = side * Double(code.size) / Double(code.size + 2 * QRCodeMatrix.quietZone)
        #expect(symbol / PageUnits.pointsPerMillimetre >= 35)
    }

    @Test("A seated person without a code is an error naming them; unseated people need none")
    func missingCode() throws {
        let plan = try PassesFixtures.plan()
        var codes = PassesFixtures.codes(for: plan)
        codes["h2"] = nil
        #expect(codes["u1"] == nil)
        #expect(throws: RenderError.missingPassCode(attendee: "h2", name: "欧阳建国")) {
            try Passes.render(plan, codes: codes, options: PassesFixtures.options)
        }
        let error = RenderError.missingPassCode(attendee: "h2", name: "欧阳建国")
        #expect(error.description.contains("'h2'"))
    }

    @Test("A code too long for any QR code is an error")
    func tooLongCode() throws {
        let plan = try PassesFixtures.plan()
        var codes = PassesFixtures.codes(for: plan)
        codes["h1"] = String(repeating: "码", count: 1000)
        let error = try #require(throws: RenderError.self) {
            try Passes.render(plan, codes: codes, options: PassesFixtures.options)
        }
        #expect("\(error)".contains("too long for a QR code"))
    }

    @Test("PlanDocuments cannot print passes and says where to")
    func planDocuments() throws {
        let plan = try PassesFixtures.plan()
        let error = try #require(throws: RenderError.self) {
            try PlanDocuments.render(.passes, plan: plan, options: PassesFixtures.options)
        }
        guard case .nothingToRender(let message) = error else {
            Issue.record("unexpected error \(error)")
            return
        }
        #expect(message.contains("Passes.render"))
    }

    @Test("Without entrances in the venue file, a pass names the floor and block, or the rostrum")
    func fallbackEntrance() throws {
        let venue = try PassesFixtures.venue(
            """
            name: 小礼堂
            rostrum: {rows: [{seats: 5}]}
            hall:
              floors:
                - {floor: 1, blocks: [左区, 右区], rows: ["1-3: 6|6"]}
            """)
        let seat = try #require(venue.seats.first { $0.block == "右区" })
        let plan = try PlacedPlan(
            plan: SeatPlan(
                venue: venue.name, convention: "cn", meeting: nil,
                assignments: [
                    NameCardFixtures.seated("h1", "张三", in: seat),
                    NameCardFixtures.rostrum("r1", "李明", precedence: 1, place: "C"),
                ],
                unseated: [], quality: NameCardFixtures.quality), venue: venue)
        let contents = try Passes.contents(of: plan, codes: ["h1": "SP1A", "r1": "SP1B"])
        #expect(contents.map(\.entrance) == ["主席台", "一楼 右区"])
    }
}
