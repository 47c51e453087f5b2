import Foundation
import TestSupport

/// `workbench-first-paint-5300`: the great hall's seat map opened in headless Chromium (over
/// WebDriver) until its first paint: the page, its scripts, the map's data for 5,300 people and
/// 9,768 seats, and the drawing of floor 1 (≤ 1.5 s). The timed run goes from the navigation
/// command to the page's `seatmap-painted` mark; the note gives the mark's own time from the
/// start of navigation. Each run is a fresh page, so nothing is reused but the server's cache.
extension Scenarios {
    static let workbenchFirstPaint = Scenario(
        name: "workbench-first-paint-5300", summary: "Workbench: great-hall map to first paint in Chromium (≤ 1.5 s)"
    ) {
        guard ChromeDriver.isInstalled else {
            throw BenchmarkFailure("chromium and chromedriver are needed (make system-packages installs them)")
        }
        let server = try await WorkbenchServerProcess()
        let driver = try await ChromeDriver.start()
        let page = try await driver.newSession()
        let map = try server.url("meetings/1/map")
        return {
            try await page.navigate(to: URL(string: "about:blank") ?? map)
            try await page.navigate(to: map)
            let painted = try await page.executeAsync(
                """
                for (let i = 0; i < 600; i++) {
                  const mark = performance.getEntriesByName('seatmap-painted')[0];
                  if (mark) return mark.startTime;
                  await new Promise((resolve) => setTimeout(resolve, 5));
                }
                throw new Error('the map never painted');
                """)
            let seats = try await page.execute("return document.querySelectorAll('#map-svg [data-seat]').length")
            withExtendedLifetime((server, driver)) {}
            return "painted \(Int(painted.double ?? 0)) ms after navigation; \(seats.int ?? 0) seats drawn"
        }
    }
}
