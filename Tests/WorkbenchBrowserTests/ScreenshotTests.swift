import Foundation
import TestSupport
import Testing

extension WorkbenchBrowserTests {
    /// The pages of the demo meeting (municipal hall) in headless Chromium, saved as PNGs into
    /// `$SEATPLAN_SCREENSHOTS` when it is set: the meetings list, the overview, the versions
    /// page (after one late change) and the seat map, plain and with a change previewed.
    @Test(.timeLimit(.minutes(2)))
    func municipalHallScreenshots() async throws {
        let server = try await WorkbenchProcess.start()
        defer { server.close() }
        let driver = try await ChromeDriver.start()
        defer { driver.close() }
        let folder = try screenshotFolder()

        // One late change through the API, so the versions page has a diff to show.
        let people = MapPerson.all(try await server.getJSON("/api/meetings/1/map"))
        let rostrum = people.filter { $0.area == "rostrum" }.sorted { $0.precedence < $1.precedence }
        try #require(rostrum.count >= 4)
        let applied = try await server.postJSON(
            "/api/meetings/1/changes/apply",
            [
                "baseVersion": 1, "operations": [["op": "cancel", "attendee": .string(rostrum[3].attendee)]],
                "confirm": false, "requestId": .string(UUID().uuidString),
            ])
        #expect(applied["version"].int == 2, "\(applied)")
        // The contract: apply answers {"version", "moves", "diff"}.
        #expect(applied["moves"].int != nil, "apply's answer has no moves count: \(applied)")
        #expect(
            !applied["diff"].isNull,
            "apply's answer has no diff (docs/workbench-api.md): keys \(applied.object?.keys.sorted() ?? [])")

        let page = try await driver.workbenchSession()
        func save(_ name: String) async throws {
            guard let folder else { return }
            try await page.saveScreenshot(to: folder.appendingPathComponent(name))
        }

        try await page.open("/", on: server)
        try await page.waitFor(".meeting-item[data-meeting=\"1\"]")
        try await page.waitForText("#meeting-venue", "lists the venues") { $0.contains("座") }
        try await save("meetings.png")
        try await page.expectNoPageErrors("console errors on /")

        try await page.open("/meetings/1", on: server)
        try await page.waitForText("#version", "shows version 2") { $0.contains("第 2 版") }
        try await page.waitFor("#units tr[data-unit]")
        try await page.waitFor("#versions tr[data-version=\"2\"]")
        try await save("overview.png")
        try await page.expectNoPageErrors("console errors on the overview")

        try await page.open("/meetings/1/versions", on: server)
        try await page.waitFor("#versions tr[data-version=\"2\"]")
        try await page.waitUntil("the diff of versions 1 and 2") {
            try await page.findAll("#diff-moved tbody tr").count > 0 ? true : nil
        }
        try await save("versions.png")
        // What the page shows from the diff and the versions list (docs/workbench-api.md):
        // every moved person's unit, and version 2's count of changes.
        let movedUnits = try await page.execute(
            "return [...document.querySelectorAll('#diff-moved tbody tr')].map((tr) => tr.cells[1].textContent)")
        let units = (movedUnits.array ?? []).compactMap(\.string)
        #expect(!units.isEmpty && units.allSatisfy { !$0.isEmpty }, "the diff's moved rows name their units: \(units)")
        let changes = try await page.execute(
            """
            const row = document.querySelector('#versions tr[data-version="2"]');
            return row ? row.cells[6].textContent : null;
            """
        )
        // (The contract does not say whether "changes" counts operations or moves; it is not 0.)
        #expect(
            changes.string.map { !$0.isEmpty && $0 != "0" } == true,
            "version 2, made by a late change (\(applied["moves"].int ?? -1) moves), shows 变动 \(changes)")
        try await page.expectNoPageErrors("console errors on the versions page")

        try await page.openMap(1, on: server, version: 2)
        try await page.waitUntilStill()
        try await save("map-municipal-hall.png")

        // A hall member cancelled in the panel, the preview on the map.
        let member = try #require(
            people.filter { $0.area == "hall" && $0.role == "member" }.sorted { $0.precedence < $1.precedence }.first)
        try await page.clickSeat(of: member.attendee)
        try await page.waitFor("[data-action=cancel]").click()
        try await page.waitForPreview(basedOn: 2)
        try await page.waitUntilStill()
        try await save("map-municipal-hall-preview.png")
        try await page.expectNoPageErrors("console errors on the map")
    }

    /// A great-hall meeting made through the API (the 5,300-person generated roster uploaded
    /// unit by unit, then planned), its map loaded in the browser, and screenshots of it zoomed
    /// out and zoomed in on a person found by search.
    @Test(.timeLimit(.minutes(3)))
    func greatHallMeetingThroughTheAPI() async throws {
        let server = try await WorkbenchProcess.start()
        defer { server.close() }
        let driver = try await ChromeDriver.start()
        defer { driver.close() }
        let folder = try screenshotFolder()

        let meeting = try await server.postJSON(
            "/api/meetings", ["name": "万人大会（浏览器测试）", "venue": "great-hall", "date": "2026-12-20"])
        let id = try #require(meeting["id"].int, "the new meeting's id: \(meeting)")

        // The generated roster, split by unit.
        let work = try ProcessRunner.temporaryDirectory("seatplan-great-hall")
        defer { try? FileManager.default.removeItem(at: work) }
        let rosterFile = work.appendingPathComponent("roster.csv")
        let generated = try SeatPlanBinary.run([
            "roster", "generate", "--preset", "great-hall", "--out", rosterFile.path,
        ])
        try #require(generated.status == 0, "roster generate: \(generated.stderr)")
        let roster = try RosterSplit(csv: String(contentsOf: rosterFile, encoding: .utf8))
        #expect(roster.people == 5_300)
        #expect(roster.units.count == 700)

        let units = try await server.post(
            "/api/meetings/\(id)/units", body: Data(roster.unitsCSV.utf8), contentType: "text/csv; charset=utf-8")
        #expect(units.status == 200, "units.csv: \(units.text)")
        #expect(try units.json()["added"].int == 700, "\(units.text)")

        let clock = ContinuousClock()
        let uploadStart = clock.now
        for unit in roster.units {
            guard let query = unit.name.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) else {
                Issue.record("cannot encode the unit name \(unit.name)")
                continue
            }
            let reply = try await server.post(
                "/api/meetings/\(id)/rosters?unit=\(query)", body: Data(unit.csv.utf8), contentType: "text/csv")
            if reply.status != 201 || (try? reply.json()["rejected"].int) != 0 {
                Issue.record("roster of \(unit.name): \(reply.status) \(reply.text)")
                break
            }
        }
        let uploadTime = clock.now - uploadStart
        print("great hall: 700 rosters uploaded in \(uploadTime)")

        let planned = try await server.postJSON("/api/meetings/\(id)/plan", [:])
        #expect(planned["version"].int == 1, "\(planned)")
        let summary = (planned["summary"].array ?? []).compactMap(\.string).joined(separator: "\n")
        #expect(summary.contains("Planned 5300 people"), "\(summary)")
        #expect(summary.contains("violations  0"), "\(summary)")

        let map = try await server.getJSON("/api/meetings/\(id)/map")
        let people = MapPerson.all(map)
        #expect(people.count == 5_300)

        let page = try await driver.workbenchSession()
        func save(_ name: String) async throws {
            guard let folder else { return }
            try await page.saveScreenshot(to: folder.appendingPathComponent(name))
        }
        try await page.open("/", on: server)
        try await page.waitFor(".meeting-item[data-meeting=\"\(id)\"]")
        try await save("meetings-with-great-hall.png")

        let loadStart = clock.now
        try await page.openMap(id, on: server, version: 1)
        print("great hall: map shown in \(clock.now - loadStart)")
        let floors = try await page.findAll("#floor button[data-floor]")
        #expect(floors.count == 3, "the great hall has three floors")
        try await page.waitUntilStill()
        try await save("map-great-hall.png")

        // Zoomed in: a hall member found by initials, the view flies to their seat.
        let counts = Dictionary(grouping: people, by: \.initials).mapValues(\.count)
        let sought = try #require(
            people.filter { $0.area == "hall" && $0.initials.count >= 3 && counts[$0.initials] == 1 }
                .sorted { $0.precedence < $1.precedence }.first)
        try await page.find("#search").sendKeys(sought.initials)
        try await page.waitFor(".search-result[data-attendee=\"\(sought.attendee)\"]").click()
        try await page.waitForText("#panel-name", "is \(sought.name)") { $0 == sought.name }
        try await page.waitUntilStill()
        let names = try await page.execute(
            "return [...document.querySelectorAll('#map-svg .layer-labels text')].map((t) => t.textContent)")
        #expect(
            (names.array ?? []).contains { $0.string == sought.name },
            "zoomed in, the map writes \(sought.name) on the seat")
        try await save("map-great-hall-zoomed.png")
        try await page.expectNoPageErrors("console errors on the great hall's pages")
    }

    /// The door of the demo meeting: the check-in page after a green scan, and the map's
    /// attendance view with some people arrived, the rostrum's missing listed, and their
    /// "mark absent and re-plan" previewed. Saved as checkin.png, map-attendance.png and
    /// map-attendance-replan.png.
    @Test(.timeLimit(.minutes(2)))
    func doorScreenshots() async throws {
        let server = try await WorkbenchProcess.start()
        defer { server.close() }
        let driver = try await ChromeDriver.start()
        defer { driver.close() }
        let folder = try screenshotFolder()
        let passes = try DemoPasses(server: server)
        let people = MapPerson.all(try await server.getJSON("/api/meetings/1/map"))
        let rostrum = people.filter { $0.area == "rostrum" }.sorted { $0.precedence < $1.precedence }
        let members = people.filter { $0.role == "member" }.sorted { $0.precedence < $1.precedence }
        try #require(rostrum.count >= 4 && members.count >= 40)
        // Two of the rostrum and most of the first members arrived through the API.
        for (index, person) in (Array(rostrum.prefix(2)) + members.prefix(36)).enumerated() {
            let answer = try await server.postJSON(
                "/api/meetings/1/checkins",
                [
                    "code": .string(try passes.code(person)), "door": .string(index % 2 == 0 ? "东门" : "西门"),
                    "scan_id": .string(UUID().uuidString),
                ])
            #expect(answer["state"].string == "admitted", "\(answer)")
        }
        let page = try await driver.workbenchSession()
        func save(_ name: String) async throws {
            guard let folder else { return }
            try await page.saveScreenshot(to: folder.appendingPathComponent(name))
        }

        try await page.open("/meetings/1/checkin", on: server)
        try await page.waitForText("#counts-total", "38 arrived") { $0.hasPrefix("38 /") }
        try await page.find("#code").sendKeys(try passes.code(members[37]) + "\u{E007}")
        try await page.waitFor("#result[data-state=\"admitted\"]")
        try await page.waitForText("#counts-total", "39 arrived") { $0.hasPrefix("39 /") }
        try await save("checkin.png")
        try await page.expectNoPageErrors("console errors on the check-in page")

        try await page.openMap(1, on: server, version: 1)
        try await page.find("#colour [data-colour=\"attendance\"]").click()
        try await page.waitForText("#attendance-total", "the counts") { $0.hasPrefix("39 /") }
        let arrived = try await page.execute("return document.querySelectorAll('#map-svg .s-arrived').length")
        #expect(arrived.int == 39, "39 seats drawn as arrived: \(arrived)")
        try await page.find("#rostrum-missing-button").click()
        try await page.waitFor("#rostrum-missing-list li")
        let missing = try await page.execute(
            "return [...document.querySelectorAll('#rostrum-missing-list li')].map((li) => li.dataset.attendee)")
        #expect(missing.array?.compactMap(\.string) == rostrum.dropFirst(2).map(\.attendee))
        try await page.waitUntilStill()
        try await save("map-attendance.png")

        try await page.find("#mark-absent").click()
        try await page.waitForPreview(basedOn: 1)
        let cancelled = try await page.findAll("#changes-list .change[data-op=\"cancel\"]")
        #expect(cancelled.count == rostrum.count - 2)
        try await page.waitUntilStill()
        try await save("map-attendance-replan.png")
        try await page.expectNoPageErrors("console errors on the map's attendance view")
    }
}

extension BrowserSession {
    /// Waits until the map's view and labels stop changing (after a fit or a flight).
    func waitUntilStill() async throws {
        var last: JSONValue = .null
        try await waitUntil("the map to stand still", timeout: .seconds(20), every: .milliseconds(250)) {
            let state = try await execute(
                """
                const svg = document.getElementById('map-svg');
                return [svg.getAttribute('viewBox'), svg.querySelectorAll('text').length];
                """)
            defer { last = state }
            return state == last ? true : nil
        }
    }
}

/// A generated roster split by unit, for uploads unit by unit.
struct RosterSplit {
    struct Unit {
        let name: String
        let order: String
        let csv: String
    }

    let units: [Unit]
    let people: Int

    /// `unit,unit_order` for every unit.
    var unitsCSV: String {
        "unit,unit_order\n" + units.map { "\($0.name),\($0.order)\n" }.joined()
    }

    init(csv: String) throws {
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        guard let header = lines.first else { throw HTTPError(description: "the roster is empty") }
        let columns = header.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard let unitColumn = columns.firstIndex(of: "unit"), let orderColumn = columns.firstIndex(of: "unit_order")
        else { throw HTTPError(description: "the roster has no unit or unit_order column: \(header)") }
        var order: [String] = []
        var rows: [String: (order: String, lines: [String])] = [:]
        for line in lines.dropFirst() {
            // The generator writes no quoted fields (no commas inside names).
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == columns.count else { throw HTTPError(description: "a quoted or short line: \(line)") }
            let unit = fields[unitColumn]
            if rows[unit] == nil {
                order.append(unit)
                rows[unit] = (fields[orderColumn], [])
            }
            rows[unit]?.lines.append(line)
        }
        units = order.compactMap { name in
            rows[name].map {
                Unit(name: name, order: $0.order, csv: ([header] + $0.lines).joined(separator: "\n") + "\n")
            }
        }
        people = lines.count - 1
    }
}
