import Foundation
import TestSupport
import Testing

extension WorkbenchBrowserTests {
    /// "立即编排" on the overview: the progress steps come in over the live events, then the
    /// summary lines of the new version (everyone planned, no violations).
    @Test(.timeLimit(.minutes(2)))
    func planNowShowsProgressThenTheSummary() async throws {
        let server = try await WorkbenchProcess.start()
        defer { server.close() }
        let driver = try await ChromeDriver.start()
        defer { driver.close() }

        let page = try await driver.workbenchSession()
        try await page.open("/meetings/1", on: server)
        try await page.waitForText("#version", "shows version 1") { $0.contains("第 1 版") }
        try await page.waitForLiveEvents()
        #expect(try await page.find("#plan-card").isDisplayed() == false)

        try await page.find("#plan-now").click()
        try await page.waitFor("#progress")
        try await page.waitUntil("#progress is done", timeout: .seconds(60)) {
            try await page.find("#progress").attribute("data-state") == "done" ? true : nil
        }
        // Progress events may still be arriving after the answer (another connection); the
        // steps are final once the stream's "done" is in.
        try await page.waitUntil("the progress event \"done\"") {
            try await page.receivedEvents().contains { $0.type == "progress" && $0.data["step"].string == "done" }
                ? true : nil
        }
        let steps = try await page.findAll("#progress li[data-step]")
        #expect(!steps.isEmpty, "the progress shows its steps")
        for step in steps {
            let name = try await step.attribute("data-step") ?? "?"
            #expect(try await step.attribute("class") == "is-done", "step \(name)")
        }
        #expect(try await page.find("#progress-message").text().contains("第 2 版"))

        let summary = try await page.waitForText("#summary", "shows the summary") { !$0.isEmpty }
        #expect(try await page.find("#summary").isDisplayed())
        #expect(summary.contains("Planned"), "\(summary)")
        #expect(summary.contains("violations  0"), "\(summary)")

        // The progress came over the event stream, step by step.
        let progress = try await page.receivedEvents().filter { $0.type == "progress" }.compactMap {
            $0.data["step"].string
        }
        #expect(progress.first == "pull" && progress.last == "done", "progress events: \(progress)")
        #expect(progress.contains("plan"), "progress events: \(progress)")

        // The versions table has the new version.
        try await page.waitFor("#versions tr[data-version=\"2\"]")
        try await page.waitForText("#version", "shows version 2") { $0.contains("第 2 版") }
        try await page.expectNoPageErrors("console errors on the overview")
    }
}
