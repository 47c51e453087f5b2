import ExchangeBridge
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import SeatPlanCore
import Spreadsheet
import TestSupport
import Testing

@testable import Workbench

/// The units' portal and the staff's notices and board, through the routes, and the sweep that
/// tries every route as one unit with another unit's ids.
@Suite("Workbench: notices, the board and the units' portal")
struct PortalTests {
    static let town = "东桥镇人民政府"
    static let sibling = "西口镇人民政府"
    static let county = "玉泉县人民政府"

    /// The demo meeting's unit ids by name, read from the fixture's store.
    static func unitIDs(_ fixture: WorkbenchFixture) throws -> [String: Int64] {
        let store = try ExchangeStore(path: fixture.folder.appendingPathComponent("exchange.sqlite").path)
        let units = try store.units(meeting: MeetingID(rawValue: 1))
        return Dictionary(uniqueKeysWithValues: units.map { ($0.details.name, $0.id.rawValue) })
    }

    static func send(
        _ client: any TestClientProtocol, title: String, audience: [String: Any], attachment: String? = nil
    ) async throws -> (id: Int, attachment: Int?) {
        var body: [String: Any] = [
            "title": title, "body": "请各单位于截止时间前报送参会人员名单。", "deadline": "2026-12-10T09:00:00+08:00",
            "audience": audience,
        ]
        if let attachment {
            body["attachments"] = [
                [
                    "fileName": "议程.pdf", "contentType": "application/pdf",
                    "content": Data(attachment.utf8).base64EncodedString(),
                ]
            ]
        }
        let (status, notice) = try await client.postJSON("/api/meetings/1/notices", body)
        try #require(status == .created, "\(notice)")
        return (try #require(notice.int("id")), notice.list("attachments").first?.int("id"))
    }

    @Test("A notice reaches its units; opening it takes the receipt the board shows; 催看 goes once")
    func noticeReadAndBoard() async throws {
        let fixture = try await WorkbenchFixture.demo()
        let unit = try await fixture.unitSession(login: "dongqiao", unit: Self.town)
        let ids = try Self.unitIDs(fixture)
        let notice = try await fixture.test { client in
            try await Self.send(client, title: "会议通知", audience: ["kind": "all"], attachment: "%PDF-agenda")
        }
        let noticeID = notice.id
        let attachmentID = try #require(notice.attachment)
        try await fixture.test(as: .some(unit)) { client in
            let (_, inbox) = try await client.getJSON("/api/portal/meetings/1/inbox")
            #expect(inbox.list("items").map { $0.object("notice").text("title") } == ["会议通知", "座位通知（第1版）"])
            #expect(inbox.list("items").first?.text("readAt") == nil)
            let (status, opened) = try await client.getJSON("/api/portal/meetings/1/notices/\(noticeID)")
            #expect(status == .ok && opened.text("readAt") != nil)
            try await client.execute(
                uri: "/api/portal/meetings/1/notices/\(noticeID)/attachments/\(attachmentID)", method: .get
            ) { response in
                #expect(response.status == .ok && String(buffer: response.body) == "%PDF-agenda")
            }
        }
        try await fixture.test { client in
            let (_, board) = try await client.getJSON("/api/meetings/1/board?notice=\(noticeID)")
            #expect(board.object("counts").int("read") == 1 && board.object("counts").int("sent") == ids.count)
            let read = board.list("rows").filter { $0.text("readAt") != nil }.map { $0.text("unitName") }
            #expect(read == [Self.town])
            let (_, unread) = try await client.getJSON("/api/meetings/1/board?notice=\(noticeID)&state=unread")
            #expect(unread.list("rows").count == ids.count - 1)
            let (_, district) = try await client.getJSON(
                "/api/meetings/1/board?notice=\(noticeID)&district=\(ids[Self.county] ?? 0)")
            #expect(district.list("rows").count == 6 && district.list("districts").count == 1)
            let (_, first) = try await client.postJSON("/api/meetings/1/notices/\(noticeID)/read-reminders", [:])
            let (_, again) = try await client.postJSON("/api/meetings/1/notices/\(noticeID)/read-reminders", [:])
            #expect(first.list("queued").isEmpty && (first["queued"] as? [String])?.count == ids.count - 1)
            #expect((again["queued"] as? [String])?.isEmpty == true)
            #expect((again["alreadyQueued"] as? [String])?.count == ids.count - 1)
        }
    }

    @Test("A unit uploads its roster, sees each rejected row with its line, resubmits; nothing is deleted")
    func uploadAndResubmit() async throws {
        let fixture = try await WorkbenchFixture.demo()
        let unit = try await fixture.unitSession(login: "dongqiao", unit: Self.town)
        let own = try #require(try Self.unitIDs(fixture)[Self.town])
        let header = "id,name,unit,unit_order,precedence,role,title,gender,tags\n"
        let bad = header + "T1,张一,\(Self.town),30,1,member,镇长,男,\nT2,李二,\(Self.town),30,abc,member,副镇长,女,\n"
        let fixed = header + "T1,张一,\(Self.town),30,1,member,镇长,男,\nT2,李二,\(Self.town),30,2,member,副镇长,女,\n"
        try await fixture.test(as: .some(unit)) { client in
            let path = "/api/portal/meetings/1/units/\(own)/rosters?file=roster.csv"
            let (first, answer) = try await client.post(path, Data(bad.utf8))
            #expect(first == .created && answer.int("rejected") == 1)
            #expect(answer.list("problems").first?.int("line") == 3)
            #expect(answer.list("problems").first?.text("field") == "precedence")
            let (second, fixedAnswer) = try await client.post(path, Data(fixed.utf8))
            #expect(second == .created && fixedAnswer.int("rejected") == 0 && fixedAnswer.int("accepted") == 2)
            let (_, history) = try await client.getJSON("/api/portal/meetings/1/units/\(own)/submissions")
            let lines = history.list("submissions")
            #expect(lines.count == 3)  // the demo's own upload, then the two here
            #expect(
                lines.first?["isCurrent"] as? Bool == true
                    && lines.dropFirst().allSatisfy { $0["isCurrent"] as? Bool == false })
        }
    }

    @Test("A district sees and reminds its own subtree only, and submits for a unit below it")
    func district() async throws {
        let fixture = try await WorkbenchFixture.demo()
        let county = try await fixture.unitSession(login: "yuquan", unit: Self.county)
        let ids = try Self.unitIDs(fixture)
        try await fixture.test(as: .some(county)) { client in
            let (_, units) = try await client.getJSON("/api/portal/meetings/1/units")
            let names = units.list("units").compactMap { $0.text("unitName") }
            #expect(names.first == Self.county && names.count == 6 && names.contains(Self.town))
            #expect(!names.contains("市委"))
            let (_, reminded) = try await client.postJSON("/api/portal/meetings/1/reminders", [:])
            #expect((reminded["queued"] as? [String]).map { Set($0).isSubset(of: Set(names)) } == true)
            let town = try #require(ids[Self.town])
            let (_, history) = try await client.getJSON("/api/portal/meetings/1/units/\(town)/submissions")
            #expect(!history.list("submissions").isEmpty)
            let outside = try #require(ids["市委"])
            #expect(try await client.getJSON("/api/portal/meetings/1/units/\(outside)/submissions").0 == .notFound)
        }
    }

    @Test("Signed in as one unit, every route with another unit's ids is refused and shows nothing of it")
    func authorizationSweep() async throws {
        let fixture = try await WorkbenchFixture.demo()
        let ids = try Self.unitIDs(fixture)
        let sibling = try #require(ids[Self.sibling])
        let secret = try await fixture.test { client in
            try await Self.send(
                client, title: "只发西口镇的机密通知", audience: ["kind": "units", "units": [sibling]], attachment: "%PDF-secret")
        }
        let secretID = secret.id
        let secretAttachment = try #require(secret.attachment)
        let otherAccount = try await fixture.test { client in
            let (_, issued) = try await client.postJSON(
                "/api/accounts", ["login": "xikou", "kind": "unit", "unit": Self.sibling])
            return try #require(issued.object("account").int("id"))
        }
        let unit = try await fixture.unitSession(login: "dongqiao", unit: Self.town)
        let foreign = [
            "unit": String(sibling), "notice": String(secretID), "attachment": String(secretAttachment),
            "account": String(otherAccount),
        ]
        let leaks = ["西口镇", "机密", "%PDF-secret", "1380000", "xikou"]
        try await fixture.test(as: .some(unit)) { client in
            // Every staff page sends a unit to its portal; the portal page itself holds no data.
            let pages = [
                "/", "/meetings/1", "/meetings/1/map", "/meetings/1/versions", "/meetings/1/groups",
                "/meetings/1/notices", "/accounts",
            ]
            for page in pages {
                try await client.execute(uri: page, method: .get) { response in
                    #expect(response.status == .seeOther && response.headers[.location] == "/portal", "\(page)")
                }
            }
            try await client.execute(uri: "/portal", method: .get) { response in
                let text = String(buffer: response.body)
                #expect(response.status == .ok && leaks.allSatisfy { !text.contains($0) })
            }
            // Signing out last: it ends the session the rest of the sweep needs.
            let entries = APICatalog.entries.sorted {
                ($0.path == "/api/session/sign-out" ? 1 : 0) < ($1.path == "/api/session/sign-out" ? 1 : 0)
            }
            for entry in entries {
                let uri = APIContractTests.probe(entry.path, ids: foreign)
                let status: HTTPResponse.Status
                let text: String
                if entry.method == "get" {
                    (status, text) = try await client.execute(uri: uri, method: .get) {
                        ($0.status, String(buffer: $0.body))
                    }
                } else {
                    var headers: HTTPFields = [.contentType: "application/json"]
                    headers[HTTPField.Name("X-SeatPlan-Request")!] = "1"
                    (status, text) = try await client.execute(
                        uri: uri, method: .post, headers: headers, body: ByteBuffer(string: "{}")
                    ) { ($0.status, String(buffer: $0.body)) }
                }
                for leak in leaks { #expect(!text.contains(leak), "\(entry.method) \(uri) shows \(leak)") }
                let isOwnArea =
                    entry.path.hasPrefix("/api/portal/") || entry.path.hasPrefix("/api/session")
                    || entry.path == "/api/activate" || entry.path == "/api/openapi.json"
                if !isOwnArea {
                    #expect(status == .forbidden, "\(entry.method) \(uri) answered \(status) to a unit")
                } else if entry.path.contains("{unit}") || entry.path.contains("{notice}") {
                    #expect(status == .notFound, "\(entry.method) \(uri) answered \(status) with another unit's id")
                }
            }
        }
    }
}

/// Workbooks through the portal, the template, the phone directory and a unit's own contacts.
@Suite("Workbench: workbooks, the template and the phone directory")
struct WorkbookRouteTests {
    static let town = PortalTests.town

    static func workbook(_ rows: [[String]]) throws -> Data {
        try XLSXWriter(sheetName: "名单").write(rows.map { $0.map(XLSXCell.text) })
    }

    @Test("A unit uploads the template filled in as XLSX: one bad row is located, the fixed file replaces it")
    func xlsxUpload() async throws {
        let fixture = try await WorkbenchFixture.demo()
        let unit = try await fixture.unitSession(login: "dongqiao", unit: Self.town)
        let own = try #require(try PortalTests.unitIDs(fixture)[Self.town])
        let headings = RosterTemplate.headings
        let good = ["王五", Self.town, "镇长", "男", "1", "member", ""]
        let bad = ["赵六", Self.town, "副镇长", "女", "第二", "member", ""]
        let fixed = ["赵六", Self.town, "副镇长", "女", "2", "member", ""]
        try await fixture.test(as: .some(unit)) { client in
            try await client.execute(uri: "/api/portal/template.xlsx", method: .get) { response in
                #expect(response.status == .ok)
                let sheet = try XLSXReader.firstWorksheet(Data(response.body.readableBytesView), file: "template.xlsx")
                #expect(sheet.rows.first?.cells == headings)
            }
            let path = "/api/portal/meetings/1/units/\(own)/rosters?file=%E5%90%8D%E5%8D%95.xlsx"
            let (first, answer) = try await client.post(path, try Self.workbook([headings, good, bad]))
            #expect(first == .created && answer.int("accepted") == 1 && answer.int("rejected") == 1)
            #expect(answer.list("problems").first?.int("line") == 3)
            #expect(answer.list("problems").first?.text("field") == "precedence")
            let (second, again) = try await client.post(path, try Self.workbook([headings, good, fixed]))
            #expect(second == .created && again.int("accepted") == 2 && again.int("rejected") == 0)
        }
    }

    @Test("Staff export the phone directory as XLSX and PDF; a unit keeps its own contacts, never in the audit log")
    func directory() async throws {
        let fixture = try await WorkbenchFixture.demo()
        let unit = try await fixture.unitSession(login: "dongqiao", unit: Self.town)
        let own = try #require(try PortalTests.unitIDs(fixture)[Self.town])
        try await fixture.test(as: .some(unit)) { client in
            let (status, saved) = try await client.postJSON(
                "/api/portal/meetings/1/units/\(own)/contact",
                ["contactPerson": "钱联络", "officePhone": "0571-86660000", "mobile": "13912345678"])
            #expect(status == .ok && saved.text("mobile") == "13912345678")
            let (refused, _) = try await client.postJSON(
                "/api/portal/meetings/1/units/\(own)/contact",
                ["contactPerson": "钱联络", "officePhone": "call me", "mobile": ""])
            #expect(refused == .badRequest)
        }
        try await fixture.test { client in
            try await client.execute(uri: "/api/meetings/1/directory.xlsx", method: .get) { response in
                #expect(response.status == .ok)
                let sheet = try XLSXReader.firstWorksheet(Data(response.body.readableBytesView), file: "directory.xlsx")
                let row = try #require(sheet.rows.first { $0.cells.contains(Self.town) })
                #expect(row.cells.contains("13912345678") && row.cells.contains("玉泉县人民政府"))
                #expect(sheet.rows.count == 41)
            }
            try await client.execute(uri: "/api/meetings/1/directory.pdf", method: .get) { response in
                #expect(response.status == .ok)
                let text = try PDFInspection.text(of: Data(response.body.readableBytesView))
                #expect(text.contains("钱联络") && text.contains("单位电话资料"))
            }
        }
        let store = try ExchangeStore(path: fixture.folder.appendingPathComponent("exchange.sqlite").path)
        let audit = try store.auditLog(limit: 10_000)
        #expect(audit.contains { $0.actor == "unit:dongqiao" && $0.action.hasPrefix("unit") })
        #expect(!audit.map(\.detail).joined().contains("13912345678"))
    }
}
