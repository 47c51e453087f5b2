import Foundation
import Synchronization

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An error WebDriver answered with (`{"value": {"error": …, "message": …}}`), or a failure to
/// talk to chromedriver at all.
public struct WebDriverError: Error, CustomStringConvertible {
    /// The command, e.g. `POST /session/…/element`.
    public let command: String
    /// The HTTP status (0 when there was no answer).
    public let status: Int
    /// WebDriver's error code, e.g. `no such element`.
    public let error: String
    /// WebDriver's message.
    public let message: String

    public var description: String { "\(command) → \(status) \(error): \(message)" }
}

/// A script run in the page threw, or rejected its promise.
public struct ScriptError: Error, CustomStringConvertible {
    public let description: String
}

/// A wait gave up.
public struct WaitTimeout: Error, CustomStringConvertible {
    public let description: String
}

/// A chromedriver child process: started on a free port, closed by its one owner.
///
/// ```swift
/// let driver = try await ChromeDriver.start()
/// defer { driver.close() }
/// let browser = try await driver.newSession()
/// try await browser.navigate(to: url)
/// ```
public final class ChromeDriver: Sendable {
    /// chromedriver's address, e.g. `http://127.0.0.1:41234`.
    public let baseURL: URL
    /// A folder of this driver's own (download folders, chromedriver's log); removed by `close()`.
    public let directory: URL
    let http: PlainHTTP
    private let process: Mutex<Process?>
    /// Open sessions: id → the browser's process id (to kill it if chromedriver cannot).
    private let sessions = Mutex<[String: Int32]>([:])

    private init(port: Int, baseURL: URL, directory: URL, process: sending Process) {
        http = PlainHTTP(port: port)
        self.baseURL = baseURL
        self.directory = directory
        self.process = Mutex(process)
    }

    // ---- what is installed ------------------------------------------------------------------

    /// The chromedriver program (`$SEATPLAN_CHROMEDRIVER` or `chromedriver` on the PATH).
    public static var driverPath: String? {
        if let path = ProcessInfo.processInfo.environment["SEATPLAN_CHROMEDRIVER"] {
            return FileManager.default.isExecutableFile(atPath: path) ? path : nil
        }
        return ProcessRunner.which("chromedriver")
    }

    /// The browser (`$SEATPLAN_CHROMIUM`, else chromium, chromium-browser or google-chrome on the PATH).
    public static var browserPath: String? {
        if let path = ProcessInfo.processInfo.environment["SEATPLAN_CHROMIUM"] {
            return FileManager.default.isExecutableFile(atPath: path) ? path : nil
        }
        return ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"].lazy
            .compactMap { ProcessRunner.which($0) }.first
    }

    /// Whether both the browser and chromedriver are installed.
    public static var isInstalled: Bool { driverPath != nil && browserPath != nil }

    // ---- start and close ----------------------------------------------------------------------

    /// Starts chromedriver on a free loopback port and waits until `/status` says ready.
    public static func start(timeout: Duration = .seconds(20)) async throws -> ChromeDriver {
        guard let program = driverPath else {
            throw WebDriverError(
                command: "start", status: 0, error: "not installed",
                message: "chromedriver is not installed (Debian: apt-get install chromium chromium-driver)")
        }
        var lastProblem = ""
        // A port found free can be taken before chromedriver binds it: then try another.
        for _ in 0..<3 {
            let directory = try ProcessRunner.temporaryDirectory("seatplan-webdriver")
            let port = try freePort()
            let logURL = directory.appendingPathComponent("chromedriver-\(port).log")
            _ = FileManager.default.createFile(atPath: logURL.path, contents: nil)
            let log = try FileHandle(forWritingTo: logURL)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = ["--port=\(port)"]
            process.standardOutput = log
            process.standardError = log
            process.standardInput = FileHandle.nullDevice
            try ChildExit.run(process)
            try? log.close()
            guard let base = URL(string: "http://127.0.0.1:\(port)") else { continue }
            let driver = ChromeDriver(port: port, baseURL: base, directory: directory, process: process)
            if try await driver.waitUntilReady(timeout: timeout) { return driver }
            lastProblem = (try? String(contentsOf: logURL, encoding: .utf8)) ?? ""
            driver.close()
        }
        throw WebDriverError(
            command: "start", status: 0, error: "not ready",
            message: "chromedriver did not become ready in \(timeout); its log:\n\(lastProblem.suffix(2000))")
    }

    /// Polls `/status` until it says ready (true), or the process exits or time runs out (false).
    private func waitUntilReady(timeout: Duration) async throws -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            guard let pid = process.withLock({ $0?.processIdentifier }), !ChildExit.hasExited(pid) else { return false }
            if let reply = try? await http.send("GET", "/status", timeout: 2), reply.status == 200,
                let json = try? reply.json(), json["value"]["ready"].bool == true
            {
                return true
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        return false
    }

    /// Ends every session still open (the browsers quit), terminates chromedriver and removes
    /// this driver's folder. Blocking and idempotent, for a `defer`.
    public func close() {
        let open = sessions.withLock { sessions in
            let open = sessions
            sessions = [:]
            return open
        }
        for (id, browserPID) in open {
            let deleted =
                (try? http.sendBlocking("DELETE", "/session/\(id)", timeout: 15)).map { $0.status < 400 } ?? false
            if !deleted, browserPID > 0 { kill(browserPID, SIGKILL) }
        }
        stopProcess()
        try? FileManager.default.removeItem(at: directory)
    }

    /// SIGTERM, then SIGKILL after 5 s.
    private func stopProcess() {
        guard let pid = process.withLock({ $0.take()?.processIdentifier }) else { return }
        ChildExit.stop(pid)
    }

    deinit { close() }

    // ---- sessions ------------------------------------------------------------------------------

    /// Opens a headless browser with a download folder of its own.
    ///
    /// - Parameters:
    ///   - windowSize: The window's size in CSS pixels.
    ///   - arguments: More browser arguments.
    public func newSession(
        windowSize: (width: Int, height: Int) = (1400, 900), arguments: [String] = []
    ) async throws -> BrowserSession {
        let name = UUID().uuidString
        let downloads = directory.appendingPathComponent("downloads-\(name)", isDirectory: true)
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)
        // The profile in this driver's folder too: chromedriver's own scoped profile folders
        // were sometimes left behind in /tmp when it was stopped right after the session ended.
        let profile = directory.appendingPathComponent("profile-\(name)", isDirectory: true)
        var options: [String: JSONValue] = [
            "args": .array(
                ([
                    "--headless=new", "--no-sandbox", "--disable-gpu",
                    "--window-size=\(windowSize.width),\(windowSize.height)", "--user-data-dir=\(profile.path)",
                ]
                    + arguments).map { .string($0) }),
            "prefs": [
                "download.default_directory": .string(downloads.path),
                "download.prompt_for_download": false,
                "download.directory_upgrade": true,
                "safebrowsing.enabled": false,
            ],
        ]
        if let browser = Self.browserPath { options["binary"] = .string(browser) }
        let capabilities: JSONValue = [
            "capabilities": [
                "alwaysMatch": [
                    "browserName": "chrome",
                    "goog:loggingPrefs": ["browser": "ALL"],
                    "timeouts": ["script": 60_000, "pageLoad": 60_000, "implicit": 0],
                    "goog:chromeOptions": .object(options),
                ]
            ]
        ]
        let value = try await WebDriverWire(http: http).command("POST", "/session", capabilities, timeout: 90)
        guard let id = value["sessionId"].string else {
            throw WebDriverError(
                command: "POST /session", status: 200, error: "no session id", message: value.description)
        }
        let pid = value["capabilities"]["goog:processID"].int.map { Int32($0) } ?? 0
        sessions.withLock { $0[id] = pid }
        return BrowserSession(driver: self, id: id, downloads: downloads)
    }

    /// Ends one session (its browser quits).
    func endSession(_ id: String) async throws {
        guard sessions.withLock({ $0.removeValue(forKey: id) }) != nil else { return }
        _ = try await WebDriverWire(http: http).command("DELETE", "/session/\(id)", nil, timeout: 30)
    }

    /// A free TCP port on the loopback address (the kernel's pick for port 0).
    static func freePort() throws -> Int {
        #if os(Linux)
            let socketType = Int32(SOCK_STREAM.rawValue)
        #else
            let socketType = SOCK_STREAM
        #endif
        let fd = socket(AF_INET, socketType, 0)
        guard fd >= 0 else { throw HTTPError(description: "socket() failed: errno \(errno)") }
        defer { closeDescriptor(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard bound == 0 else { throw HTTPError(description: "bind() failed: errno \(errno)") }
        var actual = sockaddr_in()
        var actualLength = length
        let named = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &actualLength) }
        }
        guard named == 0 else { throw HTTPError(description: "getsockname() failed: errno \(errno)") }
        return Int(UInt16(bigEndian: actual.sin_port))
    }
}

/// `close(2)`, out of reach of `ChromeDriver.close()`.
private func closeDescriptor(_ fd: Int32) {
    _ = close(fd)
}

/// Sends WebDriver commands and unwraps `value`, turning WebDriver's errors into Swift errors.
struct WebDriverWire: Sendable {
    let http: PlainHTTP

    func command(_ method: String, _ path: String, _ body: JSONValue?, timeout: TimeInterval = 60) async throws
        -> JSONValue
    {
        let what = "\(method) \(path)"
        let data: Data? = try body.map { try $0.jsonData() } ?? (method == "POST" ? Data("{}".utf8) : nil)
        let reply: HTTPReply
        do {
            reply = try await http.send(method, path, body: data, timeout: timeout)
        } catch {
            throw WebDriverError(command: what, status: 0, error: "no answer", message: "\(error)")
        }
        let json: JSONValue
        do {
            json = try JSONValue.parse(reply.body)
        } catch {
            throw WebDriverError(
                command: what, status: reply.status, error: "not JSON", message: String(reply.text.prefix(500)))
        }
        let value = json["value"]
        if reply.status >= 400 || value["error"].string != nil {
            throw WebDriverError(
                command: what, status: reply.status, error: value["error"].string ?? "unknown error",
                message: value["message"].string ?? reply.text)
        }
        return value
    }
}

/// One browser (a WebDriver session). Its commands go to the chromedriver that opened it.
public struct BrowserSession: Sendable {
    /// The element reference key of the W3C protocol.
    static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

    let driver: ChromeDriver
    /// The session id.
    public let id: String
    /// Where this browser saves downloads.
    public let downloads: URL

    var wire: WebDriverWire { WebDriverWire(http: driver.http) }

    func command(_ method: String, _ path: String, _ body: JSONValue? = nil, timeout: TimeInterval = 60)
        async throws -> JSONValue
    {
        try await wire.command(method, "/session/\(id)\(path)", body, timeout: timeout)
    }

    /// Ends the session; the browser quits.
    public func close() async throws {
        try await driver.endSession(id)
    }

    // ---- navigation ------------------------------------------------------------------------

    /// Loads `url` and waits for the load event.
    public func navigate(to url: URL) async throws {
        _ = try await command("POST", "/url", ["url": .string(url.absoluteString)], timeout: 90)
    }

    /// Reloads the page.
    public func refresh() async throws {
        _ = try await command("POST", "/refresh", timeout: 90)
    }

    /// The page's URL.
    public func currentURL() async throws -> String {
        try await command("GET", "/url").string ?? ""
    }

    /// The page's title.
    public func title() async throws -> String {
        try await command("GET", "/title").string ?? ""
    }

    // ---- elements ----------------------------------------------------------------------------

    /// The first element matching the CSS selector; throws `no such element` when there is none.
    public func find(_ css: String) async throws -> WebElement {
        let value = try await command("POST", "/element", ["using": "css selector", "value": .string(css)])
        return try element(value, what: css)
    }

    /// Every element matching the CSS selector (possibly none).
    public func findAll(_ css: String) async throws -> [WebElement] {
        let value = try await command("POST", "/elements", ["using": "css selector", "value": .string(css)])
        return try (value.array ?? []).map { try element($0, what: css) }
    }

    /// The first element matching the selector, or `nil`.
    public func first(_ css: String) async throws -> WebElement? {
        try await findAll(css).first
    }

    func element(_ value: JSONValue, what: String) throws -> WebElement {
        guard let reference = value[Self.elementKey].string else {
            throw WebDriverError(
                command: "element \(what)", status: 0, error: "not an element", message: value.description)
        }
        return WebElement(session: self, id: reference, selector: what)
    }

    // ---- scripts ---------------------------------------------------------------------------

    /// Runs `script` (a function body; `arguments` holds `arguments`) and returns its value.
    /// Elements in `arguments` are passed with ``WebElement/reference``.
    @discardableResult
    public func execute(_ script: String, _ arguments: [JSONValue] = []) async throws -> JSONValue {
        try await command("POST", "/execute/sync", ["script": .string(script), "args": .array(arguments)], timeout: 90)
    }

    /// Runs `body` as the body of an `async` function (it may `await` and `return`), waits for it
    /// and returns its value; a throw or rejection becomes ``ScriptError`` with the JS stack.
    /// `args` is visible to the body as the array `args`.
    @discardableResult
    public func executeAsync(_ body: String, _ arguments: [JSONValue] = []) async throws -> JSONValue {
        let script = """
            const done = arguments[arguments.length - 1];
            const args = Array.prototype.slice.call(arguments, 0, arguments.length - 1);
            (async () => { \(body) })().then(
              (value) => done({ ok: value === undefined ? null : value }),
              (error) => done({ error: String((error && (error.stack || error.message)) || error) }));
            """
        let value = try await command(
            "POST", "/execute/async", ["script": .string(script), "args": .array(arguments)], timeout: 90)
        if let error = value["error"].string { throw ScriptError(description: error) }
        return value["ok"]
    }

    // ---- Chrome DevTools --------------------------------------------------------------------

    /// Runs a Chrome DevTools Protocol command through chromedriver (`goog/cdp/execute`).
    @discardableResult
    public func devTools(_ command: String, _ parameters: JSONValue = [:]) async throws -> JSONValue {
        try await self.command("POST", "/goog/cdp/execute", ["cmd": .string(command), "params": parameters])
    }

    /// Has every page this browser loads from now on run `script` before its own scripts
    /// (test instrumentation, e.g. a probe round `EventSource`).
    public func addScriptOnNewDocument(_ script: String) async throws {
        try await devTools("Page.addScriptToEvaluateOnNewDocument", ["source": .string(script)])
    }

    // ---- screenshots and logs ----------------------------------------------------------------

    /// A PNG of the viewport.
    public func screenshot() async throws -> Data {
        let value = try await command("GET", "/screenshot", timeout: 90)
        guard let base64 = value.string, let data = Data(base64Encoded: base64) else {
            throw WebDriverError(command: "GET screenshot", status: 0, error: "not base64", message: "")
        }
        return data
    }

    /// The viewport's PNG written to `url`.
    public func saveScreenshot(to url: URL) async throws {
        try await screenshot().write(to: url)
    }

    /// The browser console's entries since the last call (chromedriver's `goog:loggingPrefs` log).
    public func consoleLog() async throws -> [ConsoleEntry] {
        let value = try await command("POST", "/se/log", ["type": "browser"])
        return (value.array ?? []).map {
            ConsoleEntry(
                level: $0["level"].string ?? "", message: $0["message"].string ?? "", source: $0["source"].string ?? "")
        }
    }

    // ---- waiting ---------------------------------------------------------------------------

    /// Polls `probe` until it returns a value (not `nil`), and returns it; errors thrown by the
    /// probe count as "not yet" (e.g. a stale element) and the last one is reported on timeout.
    @discardableResult
    public func waitUntil<T: Sendable>(
        _ what: String, timeout: Duration = .seconds(15), every interval: Duration = .milliseconds(100),
        _ probe: () async throws -> T?
    ) async throws -> T {
        try await Waiting.until(what, timeout: timeout, every: interval, probe)
    }

    /// Waits until an element matching `css` is displayed, and returns it.
    @discardableResult
    public func waitFor(_ css: String, timeout: Duration = .seconds(15)) async throws -> WebElement {
        try await waitUntil("\(css) is shown", timeout: timeout) {
            for element in try await findAll(css) where try await element.isDisplayed() { return element }
            return nil
        }
    }

    /// Waits until the text of the first element matching `css` satisfies `condition`; returns the text.
    @discardableResult
    public func waitForText(
        _ css: String, timeout: Duration = .seconds(15), _ what: String = "", _ condition: (String) -> Bool
    ) async throws -> String {
        try await waitUntil("text of \(css) \(what)", timeout: timeout) {
            guard let element = try await first(css) else { return nil }
            let text = try await element.text()
            return condition(text) ? text : nil
        }
    }

    /// Waits for a finished download in this session's download folder whose name satisfies
    /// `matching`, and returns its URL.
    public func waitForDownload(
        timeout: Duration = .seconds(30), matching: @escaping @Sendable (String) -> Bool = { _ in true }
    ) async throws -> URL {
        let folder = downloads
        return try await waitUntil("a download in \(folder.path)", timeout: timeout) {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            // Chromium writes `.crdownload` files while a download is under way.
            guard !names.contains(where: { $0.hasSuffix(".crdownload") }),
                let name = names.sorted().first(where: { matching($0) && !$0.hasPrefix(".") })
            else { return nil }
            return folder.appendingPathComponent(name)
        }
    }
}

/// A console entry of the page.
public struct ConsoleEntry: Sendable, CustomStringConvertible {
    /// `SEVERE`, `WARNING`, `INFO`, …
    public let level: String
    public let message: String
    /// `javascript`, `network`, `console-api`, …
    public let source: String

    public var description: String { "[\(level) \(source)] \(message)" }
}

/// Polling with a deadline, for waits outside a browser too.
public enum Waiting {
    /// See ``BrowserSession/waitUntil(_:timeout:every:_:)``.
    @discardableResult
    public static func until<T: Sendable>(
        _ what: String, timeout: Duration = .seconds(15), every interval: Duration = .milliseconds(100),
        _ probe: () async throws -> T?
    ) async throws -> T {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var lastError: (any Error)?
        while true {
            do {
                if let value = try await probe() { return value }
                lastError = nil
            } catch {
                lastError = error
            }
            if clock.now >= deadline { break }
            try await Task.sleep(for: interval)
        }
        throw WaitTimeout(
            description: "waited \(timeout) for \(what)" + (lastError.map { "; last error: \($0)" } ?? ""))
    }
}

/// An element of the page.
public struct WebElement: Sendable, CustomStringConvertible {
    let session: BrowserSession
    /// WebDriver's reference.
    public let id: String
    /// The selector it was found by (for messages).
    public let selector: String

    /// The element as a script argument.
    public var reference: JSONValue { [BrowserSession.elementKey: .string(id)] }

    public var description: String { "element \(selector)" }

    private func command(_ method: String, _ path: String, _ body: JSONValue? = nil) async throws -> JSONValue {
        try await session.command(method, "/element/\(id)\(path)", body)
    }

    /// Clicks the element's centre (scrolled into view) with a real mouse event.
    public func click() async throws {
        _ = try await command("POST", "/click")
    }

    /// Types `text` into the element (keys as a user would type them).
    public func sendKeys(_ text: String) async throws {
        _ = try await command("POST", "/value", ["text": .string(text)])
    }

    /// Empties an input.
    public func clear() async throws {
        _ = try await command("POST", "/clear")
    }

    /// The rendered text.
    public func text() async throws -> String {
        try await command("GET", "/text").string ?? ""
    }

    /// An attribute's value, or `nil` when it is absent.
    public func attribute(_ name: String) async throws -> String? {
        try await command("GET", "/attribute/\(name)").string
    }

    /// A DOM property.
    public func property(_ name: String) async throws -> JSONValue {
        try await command("GET", "/property/\(name)")
    }

    /// Whether the element is displayed.
    public func isDisplayed() async throws -> Bool {
        try await command("GET", "/displayed").bool ?? false
    }

    /// Whether the element is enabled.
    public func isEnabled() async throws -> Bool {
        try await command("GET", "/enabled").bool ?? false
    }

    /// The first descendant matching `css`.
    public func find(_ css: String) async throws -> WebElement {
        let value = try await command("POST", "/element", ["using": "css selector", "value": .string(css)])
        return try session.element(value, what: "\(selector) \(css)")
    }

    /// Every descendant matching `css`.
    public func findAll(_ css: String) async throws -> [WebElement] {
        let value = try await command("POST", "/elements", ["using": "css selector", "value": .string(css)])
        return try (value.array ?? []).map { try session.element($0, what: "\(selector) \(css)") }
    }
}
