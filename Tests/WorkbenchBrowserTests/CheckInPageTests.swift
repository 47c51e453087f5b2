import Foundation
import TestSupport
import Testing

extension WorkbenchBrowserTests {
    /// The door page (签到) of the demo meeting, with pass codes typed as a keyboard-wedge scanner
    /// types them (the keys of the code, then Enter): a genuine pass shows green with the seat,
    /// the same pass again red "already", a forged one red.
    @Test(.timeLimit(.minutes(2)))
    func checkInPage() async throws {
        let server = try await WorkbenchProcess.start()
        defer { server.close() }
        let driver = try await ChromeDriver.start()
        defer { driver.close() }
        let passes = try DemoPasses(server: server)
        let people = MapPerson.all(try await server.getJSON("/api/meetings/1/map"))
        let person = try #require(people.first { $0.role == "member" })

        let page = try await driver.workbenchSession()
        try await page.open("/meetings/1/checkin", on: server)
        try await page.waitForText("#counts-total", "the counts") { $0.contains("/ \(people.count)") }
        try await page.waitForLiveEvents()
        let focused = try await page.execute("return document.activeElement && document.activeElement.id")
        #expect(focused.string == "code", "the scan input has the focus: \(focused)")

        let code = try passes.code(person)
        let input = try await page.find("#code")
        try await input.sendKeys(code + "\u{E007}")
        try await page.waitFor("#result[data-state=\"admitted\"]")
        #expect(try await page.find("#result-seat").text() == person.label)
        #expect(try await page.find("#result-name").text().contains(person.name))
        #expect(try await page.find("#code").property("value").string == "", "the input is ready for the next scan")
        try await page.waitForText("#counts-total", "one arrived") { $0.hasPrefix("1 /") }

        try await page.find("#code").sendKeys(code + "\u{E007}")
        try await page.waitFor("#result[data-state=\"already\"]")
        #expect(try await page.find("#result-head").text().contains("重复签到"))

        var forged = Array(code)
        let index = forged.count - 20
        forged[index] = forged[index] == "A" ? "B" : "A"
        try await page.find("#code").sendKeys(String(forged) + "\u{E007}")
        try await page.waitFor("#result[data-state=\"refused\"][data-reason=\"forged\"]")
        #expect(try await page.findAll("#recent .recent-item").count == 3)
        try await page.expectNoPageErrors("console errors on the check-in page")

        let checkIns = try await server.getJSON("/api/meetings/1/attendance")
        #expect(checkIns["arrived"].array?.compactMap(\.string) == [person.attendee])
    }
}
