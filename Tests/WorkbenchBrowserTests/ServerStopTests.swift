import Foundation
import TestSupport
import Testing

extension WorkbenchBrowserTests {
    /// Ctrl-C (SIGTERM) stops `seatplan serve` promptly even while a staff member has a map open:
    /// the page's event stream must not hold the graceful shutdown.
    @Test(.timeLimit(.minutes(1)))
    func sigtermStopsTheServerWhileAMapIsOpen() async throws {
        let server = try await WorkbenchProcess.start()
        defer { server.close() }
        let driver = try await ChromeDriver.start()
        defer { driver.close() }

        let page = try await driver.workbenchSession()
        try await page.openMap(1, on: server, version: 1)
        try await page.waitForLiveEvents()

        let exited = server.terminate(within: 5)
        #expect(exited, "seatplan serve was still running 5 s after SIGTERM with a map page (event stream) open")
    }
}
