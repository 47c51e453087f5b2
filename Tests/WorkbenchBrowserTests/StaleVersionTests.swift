import Foundation
import TestSupport
import Testing

extension WorkbenchBrowserTests {
    /// Two staff on the same map: the first applies a change while the second's own change is
    /// still based on version 1 and its map has not heard of version 2 yet (its live events are
    /// held back). The second's apply gets the clear 409 message, and its map reloads to version
    /// 2 and previews the change again on it; applying that works.
    @Test(.timeLimit(.minutes(3)))
    func applyOnAStaleVersionSaysSoAndReloads() async throws {
        let server = try await WorkbenchProcess.start()
        defer { server.close() }
        let driver = try await ChromeDriver.start()
        defer { driver.close() }

        let people = MapPerson.all(try await server.getJSON("/api/meetings/1/map"))
        let hall = people.filter { $0.area == "hall" && $0.role == "member" }.sorted { $0.precedence < $1.precedence }
        try #require(hall.count >= 2, "two hall members in the demo meeting")
        let (firstCancels, secondCancels) = (hall[0], hall[hall.count - 1])

        let first = try await driver.workbenchSession()
        let second = try await driver.workbenchSession()
        try await first.openMap(1, on: server, version: 1)
        try await second.openMap(1, on: server, version: 1)
        try await second.waitForLiveEvents()
        // The second page's update is "still on its way": its plan events are held back.
        try await second.execute("window.__seatplanProbe.hold = true")

        // The second prepares a change on version 1.
        try await second.clickSeat(of: secondCancels.attendee)
        try await second.waitFor("[data-action=cancel]").click()
        try await second.waitForPreview(basedOn: 1)

        // The first applies its own change: version 2.
        try await first.clickSeat(of: firstCancels.attendee)
        try await first.waitFor("[data-action=cancel]").click()
        try await first.waitForPreview(basedOn: 1)
        try await first.clickApply()
        try await first.waitForMapVersion(2)

        // The second page has the event but has not acted on it: it still shows version 1.
        try await second.waitUntil("the plan event reached the second page") {
            try await second.execute("return window.__seatplanProbe.held.length").int.flatMap { $0 >= 1 ? true : nil }
        }
        #expect(try await second.find("#version").attribute("data-version") == "1")

        // Its apply is refused with the clear message, and the map reloads to version 2.
        try await second.clickApply()
        let message = try await second.waitForText("#preview-error", "says the plan was changed by someone else") {
            $0.contains("方案已被他人修改")
        }
        #expect(message.contains("409"), "the message shows the status: \(message)")
        try await second.waitForMapVersion(2)
        if let folder = try screenshotFolder() {
            try await second.saveScreenshot(to: folder.appendingPathComponent("map-stale-version-409.png"))
        }
        try await second.waitUntil("\(firstCancels.attendee) gone from the reloaded second map") {
            try await second.first("#map-svg [data-attendee=\"\(firstCancels.attendee)\"]") == nil ? true : nil
        }
        // The pending change is previewed again on version 2 and can be applied.
        try await second.waitForPreview(basedOn: 2)
        try await second.clickApply()
        try await second.waitForMapVersion(3)
        try await first.waitForMapVersion(3)
        try await second.execute("window.__seatplanProbe.release()")
        try await second.waitForMapVersion(3)

        // The API's answer to a stale apply, as the page's own api() sees it.
        let stale = try await second.executeAsync(
            """
            const { api } = await import('/assets/common.js');
            try {
              await api('POST', '/api/meetings/1/changes/apply', {
                baseVersion: 1, operations: [{ op: 'cancel', attendee: args[0] }], confirm: false,
                requestId: 'browser-test-stale-1' });
              return { status: 201 };
            } catch (error) {
              return { status: error.status, message: error.message, latestVersion: error.info.latestVersion ?? null };
            }
            """, [.string(hall[1].attendee)])
        #expect(stale["status"].int == 409, "\(stale)")
        #expect(stale["latestVersion"].int == 3, "\(stale)")
        #expect(stale["message"].string?.contains("version 3 is current") == true, "\(stale)")

        try await first.expectNoPageErrors("console errors on the first map")
        // The two refused applies log their 409 responses; nothing else may.
        try await second.expectNoPageErrors("console errors on the second map", expected: ["status of 409"])
    }
}
