import Foundation
import TestSupport
import Testing

/// The browser tests of the workbench: `seatplan serve` in a temporary folder (the demo meeting
/// planned as version 1), driven by headless Chromium through chromedriver.
///
/// One browser at a time on two cores: the suite is serialized, and every test starts its own
/// server and chromedriver and closes both. The suite is skipped (with this message) only when
/// chromium or chromedriver is not installed; any other problem fails.
@Suite(
    .serialized,
    .enabled(
        if: ChromeDriver.isInstalled,
        "chromium and chromedriver are not installed (Debian: apt-get install chromium chromium-driver)"))
struct WorkbenchBrowserTests {}

/// Test instrumentation loaded before the page's own scripts: wraps `EventSource` so a test can
/// see when the page's live stream is open, which events it received, and hold the `plan` and
/// `progress` events back (a page whose update has not arrived yet). The page's code is unchanged.
let eventSourceProbe = """
    (() => {
      const Native = window.EventSource;
      if (!Native || window.__seatplanProbe) return;
      const probe = { opened: 0, hold: false, held: [], received: [] };
      window.__seatplanProbe = probe;
      class ProbedEventSource extends Native {
        constructor(url, init) {
          super(url, init);
          super.addEventListener('open', () => { probe.opened += 1; });
        }
        addEventListener(type, listener, options) {
          if (type !== 'plan' && type !== 'progress') return super.addEventListener(type, listener, options);
          return super.addEventListener(type, (event) => {
            probe.received.push({ type, data: event.data });
            if (probe.hold) { probe.held.push(() => listener.call(this, event)); return; }
            listener.call(this, event);
          }, options);
        }
      }
      window.EventSource = ProbedEventSource;
      probe.release = () => { probe.hold = false; for (const deliver of probe.held.splice(0)) deliver(); };
    })();
    """

/// Test instrumentation: uncaught errors and unhandled rejections, kept in `window.__seatplanErrors`
/// with their stacks (the console log has the message; this has the stack).
let errorCollector = """
    (() => {
      const errors = window.__seatplanErrors = [];
      window.addEventListener('error', (e) => {
        errors.push(`${e.message} at ${e.filename}:${e.lineno}:${e.colno}\\n${e.error && e.error.stack || ''}`);
      });
      window.addEventListener('unhandledrejection', (e) => {
        const r = e.reason;
        errors.push(`unhandled rejection: ${r && (r.stack || r.message) || r}`);
      });
    })();
    """

extension ChromeDriver {
    /// A browser with the test instrumentation installed.
    func workbenchSession() async throws -> BrowserSession {
        let session = try await newSession()
        try await session.addScriptOnNewDocument(eventSourceProbe)
        try await session.addScriptOnNewDocument(errorCollector)
        return session
    }
}

extension BrowserSession {
    /// Loads `path` of the workbench, signing in as the staff account through the sign-in page
    /// when the workbench asks for it first.
    func open(_ path: String, on server: WorkbenchProcess) async throws {
        try await navigate(to: try server.url(path))
        guard try await currentURL().contains("/sign-in") else { return }
        _ = try await server.signedIn()  // activates the first staff account when it waits
        try await signIn(login: WorkbenchProcess.staffLogin, password: WorkbenchProcess.staffPassword)
        try await navigate(to: try server.url(path))
    }

    /// Fills in the sign-in page and waits until it has moved on.
    func signIn(login: String, password: String) async throws {
        let loginField = try await waitFor("#login")
        try await loginField.clear()
        try await loginField.sendKeys(login)
        try await find("#password").sendKeys(password)
        try await find("#sign-in-submit").click()
        try await waitUntil("the sign-in page has moved on") {
            try await currentURL().contains("/sign-in") ? nil : true
        }
    }

    /// Waits until the page's live event stream is open (the server has subscribed it).
    func waitForLiveEvents() async throws {
        try await waitUntil("the page's event stream is open") {
            try await execute("return window.__seatplanProbe ? window.__seatplanProbe.opened : 0").int
                .flatMap { $0 >= 1 ? true : nil }
        }
    }

    /// The `plan` / `progress` events the page received, as `(type, data)`.
    func receivedEvents() async throws -> [(type: String, data: JSONValue)] {
        let value = try await execute("return window.__seatplanProbe ? window.__seatplanProbe.received : []")
        return (value.array ?? []).map {
            (type: $0["type"].string ?? "", data: (try? JSONValue.parse(Data(($0["data"].string ?? "").utf8))) ?? .null)
        }
    }

    // ---- the seat map ------------------------------------------------------------------------

    /// Opens the meeting's map and waits until it shows `version` with its seats drawn.
    func openMap(_ meeting: Int, on server: WorkbenchProcess, version: Int) async throws {
        try await open("/meetings/\(meeting)/map", on: server)
        try await waitForMapVersion(version)
        try await waitUntil("seats with people drawn") {
            try await execute("return document.querySelectorAll('#map-svg [data-attendee]').length").int
                .flatMap { $0 > 0 ? $0 : nil }
        }
    }

    /// Waits until the map's toolbar shows `version` (第 N 版).
    func waitForMapVersion(_ version: Int, timeout: Duration = .seconds(20)) async throws {
        try await waitUntil("#version shows 第 \(version) 版", timeout: timeout) {
            let element = try await find("#version")
            let text = try await element.text()
            let data = try await element.attribute("data-version")
            return text.contains("第 \(version) 版") && data == String(version) ? true : nil
        }
    }

    /// Zooms the map to fit, waits until the seat of `attendee` is inside the map and still, and
    /// clicks it (retrying while something, e.g. a toast, is in the way).
    func clickSeat(of attendee: String) async throws {
        try await find("#zoom-fit").click()
        let selector = "#map-svg [data-attendee=\"\(attendee)\"]"
        var last: JSONValue = .null
        try await waitUntil("the seat of \(attendee) is in view and still") {
            let box = try await execute(
                """
                const seat = document.querySelector(arguments[0]);
                if (!seat) return null;
                const r = seat.getBoundingClientRect();
                const map = document.getElementById('map-svg').getBoundingClientRect();
                const inside = r.width > 2 && r.left >= map.left && r.right <= map.right
                  && r.top >= map.top && r.bottom <= map.bottom;
                return inside ? [Math.round(r.x), Math.round(r.y), Math.round(r.width)] : null;
                """, [.string(selector)])
            defer { last = box }
            return !box.isNull && box == last ? true : nil
        }
        try await waitUntil("a click on the seat of \(attendee)", timeout: .seconds(10)) {
            try await find(selector).click()
            return true
        }
    }

    /// Waits for the preview of the pending changes (`#preview[data-state=ready]`).
    func waitForPreview(basedOn version: Int) async throws {
        try await waitUntil("the preview based on 第 \(version) 版", timeout: .seconds(60)) { () async throws -> Bool? in
            guard let preview = try await first("#preview[data-state=ready]"), try await preview.isDisplayed() else {
                return nil
            }
            let heading = try await find("#preview-body h3").text()
            return heading.contains("第 \(version) 版") ? true : nil
        }
    }

    /// The preview's move rows: (attendee, name).
    func previewMoves() async throws -> [(attendee: String, name: String)] {
        var moves: [(attendee: String, name: String)] = []
        for row in try await findAll("#preview .move") {
            moves.append(
                (attendee: try await row.attribute("data-attendee") ?? "", name: try await row.find(".who").text()))
        }
        return moves
    }

    /// Clicks `#apply` once it is enabled.
    func clickApply() async throws {
        let apply = try await waitUntil("#apply is enabled") {
            let button = try await find("#apply")
            return try await button.isEnabled() ? button : nil
        }
        try await apply.click()
    }

    /// Opens the print menu, clicks the `kind` link (which must be for `version`) and waits for
    /// the file in this browser's download folder.
    func downloadPrint(_ kind: String, version: Int) async throws -> URL {
        let link = "a[data-print=\"\(kind)\"]"
        try await waitUntil("the \(kind) link is for version \(version)") { () async throws -> Bool? in
            let href = try await find(link).attribute("href") ?? ""
            return href.hasSuffix("?version=\(version)") ? true : nil
        }
        try await find("#print-menu > summary").click()
        try await waitFor(link).click()
        return try await waitForDownload(timeout: .seconds(60)) { $0 == "\(kind)-v\(version).pdf" }
    }

    // ---- page errors -----------------------------------------------------------------------

    /// Records an issue for every page error since the last look (see ``pageErrors(expected:)``).
    func expectNoPageErrors(
        _ context: String, expected: [String] = [], sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        for error in try await pageErrors(expected: expected) {
            Issue.record("\(context): \(error)", sourceLocation: sourceLocation)
        }
    }

    /// Console errors (SEVERE) and uncaught errors with stacks since the last call, minus those
    /// containing one of `expected`.
    func pageErrors(expected: [String] = []) async throws -> [String] {
        let console = try await consoleLog().filter { $0.level == "SEVERE" }.map(\.description)
        let thrown =
            (try await execute("return window.__seatplanErrors ? window.__seatplanErrors.splice(0) : []")
            .array ?? []).compactMap(\.string)
        return (console + thrown).filter { line in !expected.contains { line.contains($0) } }
    }
}

/// Where screenshots go: `$SEATPLAN_SCREENSHOTS` (created), or `nil` when it is not set.
func screenshotFolder() throws -> URL? {
    guard let path = ProcessInfo.processInfo.environment["SEATPLAN_SCREENSHOTS"], !path.isEmpty else { return nil }
    let folder = URL(fileURLWithPath: path, isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// Text with every kind of white space removed (PDF text may space out a name's characters).
func squeezed(_ text: String) -> String {
    String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
}

/// A person of the map payload.
struct MapPerson: Sendable {
    let attendee: String
    let name: String
    let unit: String
    let area: String
    let role: String
    let precedence: Int
    let initials: String
    let seat: String
    let label: String

    init(_ json: JSONValue) {
        attendee = json["attendee"].string ?? ""
        name = json["name"].string ?? ""
        unit = json["unit"].string ?? ""
        area = json["area"].string ?? ""
        role = json["role"].string ?? ""
        precedence = json["precedence"].int ?? Int.max
        initials = json["initials"].string ?? ""
        seat = json["seat"].string ?? ""
        label = json["label"].string ?? ""
    }

    /// Everyone seated in a map payload.
    static func all(_ map: JSONValue) -> [MapPerson] {
        (map["people"].array ?? []).map(MapPerson.init)
    }
}
