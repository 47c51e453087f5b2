import Foundation
import SeatPlanCore
import Spreadsheet
import TestSupport
import Testing

extension WorkbenchBrowserTests {
    /// Staff and a unit through the pages: staff activates the first staff account, makes a unit
    /// account on 账户, sends a notice to all units on 通知; the unit (a second browser) activates
    /// its account from the link, reads the notice in the portal, and the staff's delivery board
    /// shows it read without a reload (the `board` event). The unit uploads the roster template
    /// filled in as XLSX with a bad row, sees the row's line and field, fixes it, resubmits, and
    /// the history marks the new version current. Then the county above it (a district account)
    /// sees its own subtree and nothing else.
    @Test(.timeLimit(.minutes(3)))
    func unitReadsNoticeAndReportsRoster() async throws {
        let server = try await WorkbenchProcess.start()
        defer { server.close() }
        let driver = try await ChromeDriver.start()
        defer { driver.close() }
        let folder = try screenshotFolder()

        // ---- staff: activate, find a unit, make its account --------------------------------
        let staff = try await driver.workbenchSession()
        let staffLink = try String(
            contentsOf: server.directory.appendingPathComponent("seatplan-data/first-staff-activation.txt"),
            encoding: .utf8
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        try await staff.activateThroughPage(link: staffLink, password: "staff-password-1", home: "/")

        let overview = try await staff.executeAsync(
            """
            const meeting = await (await fetch('/api/meetings/1')).json();
            const board = await (await fetch('/api/meetings/1/board')).json();
            return { units: meeting.units, parents: board.rows.filter((r) => r.parentID != null).length };
            """)
        // A town below the demo's county: the unit here; the county is the district below.
        let unit = "东桥镇人民政府"
        let district = "玉泉县人民政府"
        #expect(overview["units"].array?.contains { $0["name"].string == unit } == true, "\(overview)")
        #expect((overview["parents"].int ?? 0) >= 6, "the demo's county and its five towns have parents")

        try await staff.open("/accounts", on: server)
        try await staff.waitFor("#accounts tr[data-account=\"admin\"]")
        try await staff.find("#unit").sendKeys(unit)
        try await staff.find("#login").sendKeys("unit-one")
        try await staff.find("#create-submit").click()
        try await staff.waitFor("#issued")
        let unitLink = try await staff.waitUntil("the activation link is shown") {
            let value = try await staff.find("#issued-link").property("value").string ?? ""
            return value.contains("/activate?code=") ? value : nil
        }
        try await staff.waitFor("#accounts tr[data-account=\"unit-one\"]")
        #expect(try await staff.find("#issued .notice.warn").text().contains("只显示这一次"))
        try await staff.saveShot("accounts.png", in: folder)
        try await staff.expectNoPageErrors("console errors on 账户")

        // ---- staff: send a notice to all -----------------------------------------------------
        try await staff.open("/meetings/1/notices", on: server)
        try await staff.waitFor("#board tbody tr[data-unit]")
        try await staff.waitForLiveEvents()
        let title = "关于报送参会人员名单的通知"
        try await staff.find("#notice-title").sendKeys(title)
        try await staff.find("#notice-body").sendKeys("请各单位于截止时间前报送参会人员名单。")
        try await staff.find("#send").click()
        try await staff.waitForText("#notices tbody", "lists the notice") { $0.contains(title) }
        let unitRow = "#board tr[data-unit=\"\(unit)\"]"
        try await staff.waitUntil("the board shows \(unit) unread") {
            try await staff.first(unitRow)?.attribute("data-read") == "unread" ? true : nil
        }
        try await staff.expectNoPageErrors("console errors on 通知")

        // ---- the unit: activate, read the notice ---------------------------------------------
        let portal = try await driver.workbenchSession()
        try await portal.activateThroughPage(link: unitLink, password: "unit-password-1", home: "/portal")
        let item = try await portal.waitFor(".inbox-item[data-read=\"unread\"]")
        #expect(try await item.text().contains(title))
        #expect(try await item.attribute("class")?.contains("is-unread") == true)
        #expect(try await portal.find("#unit-name").text() == unit)
        try await portal.saveShot("portal-inbox.png", in: folder)
        try await item.click()
        try await portal.waitForText("#reader-title", "shows the notice") { $0 == title }
        try await portal.waitFor(".inbox-item[data-read=\"read\"]")

        // The staff's board follows without a reload.
        try await staff.waitUntil("the board shows \(unit) read", timeout: .seconds(10)) {
            try await staff.first(unitRow)?.attribute("data-read") == "read" ? true : nil
        }
        try await staff.waitForText("#board-counts [data-count=\"read\"] .value", "counts one read") { $0 == "1" }
        try await staff.saveShot("notices.png", in: folder)

        // ---- the unit: a roster with a bad row, then fixed -----------------------------------
        let files = try ProcessRunner.temporaryDirectory("seatplan-portal-rosters")
        defer { try? FileManager.default.removeItem(at: files) }
        // The template's Chinese headings, as a unit fills it in Excel or WPS (no ids: the
        // portal makes them).
        let header = RosterTemplate.headings
        let good = ["测试甲", unit, "处长", "男", "3", "member", ""]
        let bad = ["测试乙", unit, "科长", "女", "第二", "member", ""]
        let fixed = ["测试乙", unit, "科长", "女", "4", "member", ""]
        let first = files.appendingPathComponent("名单.xlsx")
        try XLSXWriter(sheetName: "名单").write([header, good, bad].map { $0.map(XLSXCell.text) }).write(to: first)

        try await portal.find("#roster-file").sendKeys(first.path)
        try await portal.waitFor(".upload-result[data-state=\"rows-rejected\"]")
        let problem = try await portal.waitFor(".upload-result li.row-problem")
        #expect(try await problem.attribute("data-line") == "3")
        let problemText = try await problem.text()
        #expect(problemText.contains("第 3 行") && problemText.contains("precedence"), "\(problemText)")
        let rejectedVersion = try await portal.waitUntil("the history marks the new version current") {
            try await portal.first("#history tr[data-version][data-current=\"true\"]")?.attribute("data-version")
                .flatMap(Int.init)
        }
        try await portal.saveShot("portal-rejected.png", in: folder)

        let second = files.appendingPathComponent("名单-修改.xlsx")
        try XLSXWriter(sheetName: "名单").write([header, good, fixed].map { $0.map(XLSXCell.text) }).write(to: second)
        try await portal.find("#roster-file").sendKeys(second.path)
        try await portal.waitFor(".upload-result[data-state=\"accepted\"]")
        // The demo seeded the unit's first roster: the history is newest first, only the first current.
        try await portal.waitUntil("the history has the fixed version current, the earlier ones superseded") {
            () async throws -> Bool? in
            let rows = try await portal.findAll("#history tbody tr[data-version]")
            guard rows.count >= 2, try await rows[0].attribute("data-version") == String(rejectedVersion + 1),
                try await rows[0].attribute("data-current") == "true"
            else { return nil }
            for row in rows.dropFirst() where try await row.attribute("data-current") != "false" { return nil }
            return true
        }
        let superseded = try await portal.find("#history tbody tr[data-version=\"\(rejectedVersion)\"]").text()
        #expect(superseded.contains("已被新版本取代"), "\(superseded)")
        try await portal.saveShot("portal-history.png", in: folder)
        try await portal.expectNoPageErrors("console errors on the portal")

        // The unit keeps its contact details; the office's directory has them.
        let mobile = try await portal.waitFor("#contact-mobile")
        try await mobile.clear()
        try await mobile.sendKeys("13955556666")
        try await portal.find("#contact-save").click()
        try await portal.waitForText(".toast", "the contact details are saved") { $0.contains("联系方式已保存") }
        let directory = try await staff.executeAsync(
            "return await (await fetch('/api/meetings/1/directory.xlsx')).arrayBuffer().then((b) => b.byteLength);")
        #expect((directory.int ?? 0) > 1000)

        // The seat notice of version 1: the unit's people and seats, and its PDF.
        try await portal.find(".inbox-item[data-read=\"unread\"]").click()
        try await portal.waitFor("#seats tbody tr[data-attendee]")
        #expect(try await portal.find("#seats-pdf").attribute("href")?.hasSuffix("/seats.pdf") == true)
        try await portal.saveShot("portal-seats.png", in: folder)
        try await portal.expectNoPageErrors("console errors on the portal's seat notice")

        // The staff's board has the roster (two files) without a reload.
        try await staff.waitUntil("the board shows the roster resubmitted", timeout: .seconds(10)) {
            try await staff.first(unitRow)?.attribute("data-roster") == "accepted" ? true : nil
        }
        try await staff.execute("document.getElementById('board-card').scrollIntoView()")
        try await staff.saveShot("notices-board.png", in: folder)
        try await staff.expectNoPageErrors("console errors on 通知 after the roster")

        // ---- the county: a district account sees its own subtree only ------------------------
        let issued = try await staff.executeAsync(
            """
            const csrf = document.cookie.split('; ').find((c) => c.startsWith('seatplan_csrf=')).split('=')[1];
            const response = await fetch('/api/accounts', {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', 'X-SeatPlan-Request': '1', 'X-CSRF-Token': csrf },
              body: JSON.stringify({ login: 'yuquan', kind: 'unit', unit: args[0] }) });
            return await response.json();
            """, [.string(district)])
        let code = try #require(issued["code"].string, "\(issued)")
        let county = try await driver.workbenchSession()
        try await county.activateThroughPage(
            link: try server.url("/activate?code=\(code)").absoluteString, password: "county-password-1",
            home: "/portal")
        try await county.waitFor("#district-units tbody tr[data-unit]")
        let rows = try await county.findAll("#district-units tbody tr[data-unit]")
        var names: [String] = []
        for row in rows { names.append(try await row.attribute("data-unit") ?? "") }
        #expect(names.count == 5 && names.contains(unit) && names.allSatisfy { $0.hasSuffix("镇人民政府") }, "\(names)")
        #expect(try await county.find("#unit-name").text() == district)
        try await county.execute("document.getElementById('district-card').scrollIntoView()")
        try await county.saveShot("portal-district.png", in: folder)
        try await county.expectNoPageErrors("console errors on the county's portal")
        // The staff's board is not the county's to read (its own units are above).
        let outside = try await county.executeAsync("return (await fetch('/api/meetings/1/board')).status;")
        #expect(outside.int == 403)
    }
}

extension BrowserSession {
    /// Opens a one-time activation link, sets `password` and waits for the account's home page.
    fileprivate func activateThroughPage(link: String, password: String, home: String) async throws {
        try await navigate(to: try #require(URL(string: link)))
        try await waitFor("#activate")
        try await find("#password").sendKeys(password)
        try await find("#password-again").sendKeys(password)
        try await find("#activate-submit").click()
        try await waitUntil("signed in at \(home)", timeout: .seconds(60)) {
            let url = try await currentURL()
            return URL(string: url)?.path == home ? true : nil
        }
    }

    /// Saves the viewport as `name` into `folder` (when screenshots are asked for).
    fileprivate func saveShot(_ name: String, in folder: URL?) async throws {
        guard let folder else { return }
        try await saveScreenshot(to: folder.appendingPathComponent(name))
    }
}
