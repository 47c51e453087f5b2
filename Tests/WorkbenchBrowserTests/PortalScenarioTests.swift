import Foundation
import TestSupport
import Testing

extension WorkbenchBrowserTests {
    /// Staff and a unit through the pages: staff activates the first staff account, makes a unit
    /// account on 账户, sends a notice to all units on 通知; the unit (a second browser) activates
    /// its account from the link, reads the notice in the portal, and the staff's delivery board
    /// shows it read without a reload (the `board` event). The unit uploads a roster with a bad
    /// row, sees the row's line and field, fixes it, resubmits, and the history marks the new
    /// version current.
    ///
    /// The demo meeting's units have no parents (its units come from the roster), so there is
    /// no district account here; the test checks that and says so if that ever changes.
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
        let firstUnit = try #require(overview["units"].array?.first, "the demo meeting has units: \(overview)")
        let unit = try #require(firstUnit["name"].string)
        let unitOrder = firstUnit["order"].int ?? 1
        #expect(overview["parents"].int == 0, "the demo units now have parents: add the district part")

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
        let header = "id,name,unit,unit_order,precedence,role,title,gender,tags"
        let good = "Z90001,测试甲,\(unit),\(unitOrder),3,member,处长,male,"
        let bad = "Z90002,测试乙,\(unit),\(unitOrder),第二,member,科长,female,"
        let fixed = "Z90002,测试乙,\(unit),\(unitOrder),4,member,科长,female,"
        let first = files.appendingPathComponent("roster.csv")
        try [header, good, bad].joined(separator: "\n").appending("\n")
            .write(to: first, atomically: true, encoding: .utf8)

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

        let second = files.appendingPathComponent("roster-fixed.csv")
        try [header, good, fixed].joined(separator: "\n").appending("\n")
            .write(to: second, atomically: true, encoding: .utf8)
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
