import Foundation
import SeatPlanCore
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
        try await server.signIn(page)
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

/// `workbench-click-to-moves-5300`: on the great hall's map in headless Chromium, the fourth-ranked
/// rostrum member is chosen and 取消出席 clicked; timed until the proposed moves are on the page
/// (≤ 250 ms). The note gives the page's own time from the click to the drawn moves.
extension Scenarios {
    static let workbenchClickToMoves = Scenario(
        name: "workbench-click-to-moves-5300", summary: "Workbench: click 取消出席 to proposed moves in Chromium (≤ 250 ms)"
    ) {
        guard ChromeDriver.isInstalled else {
            throw BenchmarkFailure("chromium and chromedriver are needed (make system-packages installs them)")
        }
        let server = try await WorkbenchServerProcess()
        let rostrum = server.people.filter { $0.area == .rostrum }
        guard rostrum.count > 3 else { throw BenchmarkFailure("the great hall's plan has no fourth rostrum member") }
        let driver = try await ChromeDriver.start()
        let page = try await driver.newSession()
        try await server.signIn(page)
        try await page.navigate(to: try server.url("meetings/1/map"))
        let fourth = JSONValue.string(rostrum[3].attendee)
        return {
            let elapsed = try await page.executeAsync(
                """
                const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
                for (let i = 0; i < 2000 && !(window.seatMap && window.seatMap.model); i++) await sleep(5);
                const discard = document.querySelector('#discard');
                if (discard && discard.offsetParent) { discard.click(); await sleep(20); }
                window.seatMap.choose(args[0]);
                let button;
                for (let i = 0; i < 400 && !button; i++) {
                  button = document.querySelector('#panel-actions button[data-action=cancel]');
                  if (!button) await sleep(5);
                }
                const start = performance.now();
                button.click();
                for (let i = 0; i < 4000; i++) {
                  if (document.querySelector('#preview .move')) return performance.now() - start;
                  await new Promise((resolve) => requestAnimationFrame(resolve));
                }
                throw new Error('no proposed moves appeared');
                """, [fourth])
            let moves = try await page.execute("return document.querySelectorAll('#preview .move').length")
            withExtendedLifetime((server, driver)) {}
            return "moves on the page \(Int(elapsed.double ?? 0)) ms after the click; \(moves.int ?? 0) moves shown"
        }
    }
}
