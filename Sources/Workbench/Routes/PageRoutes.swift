import Foundation
import HTTPTypes
import Hummingbird

/// The pages and their assets (CSS, JavaScript), bundled with the program and read once at
/// start. Each page is its content (`Resources/pages`) in the shared layout
/// (`Resources/layout/page.html`: head, header and, on a meeting's pages, the meeting's nav).
struct PageRoutes {
    /// Whole pages by file name, and assets by file name.
    let pages: [String: Data]
    let assets: [String: Data]

    /// How each page fills the layout: its title, its script, whether it belongs to a meeting.
    private static let shells: [String: (title: String, script: String, ofMeeting: Bool)] = [
        "meetings.html": ("会议", "meetings.js", false), "overview.html": ("概况", "overview.js", true),
        "map.html": ("座位图", "map.js", true), "versions.html": ("版本", "versions.js", true),
        "groups.html": ("分组", "groups.js", true), "sign-in.html": ("登录", "sign-in.js", false),
        "activate.html": ("激活账户", "activate.js", false), "notices.html": ("通知", "notices.js", true),
        "accounts.html": ("账户", "accounts.js", false), "portal.html": ("单位门户", "portal.js", false),
        "checkin.html": ("签到", "checkin.js", true),
    ]

    /// Pages shown before sign-in: no account corner in the top bar.
    private static let signedOutPages: Set<String> = ["sign-in.html", "activate.html"]

    /// Reads the bundled pages and assets; a missing bundle is a broken build, reported at start.
    init() throws {
        guard let root = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            throw WorkbenchError("the workbench's pages are missing from the build (Resources bundle)")
        }
        let layout = try String(contentsOf: root.appendingPathComponent("layout/page.html"), encoding: .utf8)
        let nav = try String(contentsOf: root.appendingPathComponent("layout/meeting-nav.html"), encoding: .utf8)
        let accountBar = "  <div class=\"account-bar\" id=\"account-bar\"></div>\n"
        var pages: [String: Data] = [:]
        for (name, content) in try Self.files(in: root.appendingPathComponent("pages")) {
            guard let shell = Self.shells[name] else { throw WorkbenchError("page \(name) has no entry in PageRoutes") }
            let isMap = name == "map.html"
            let page = layout.replacingOccurrences(of: "{{title}}", with: shell.title)
                .replacingOccurrences(of: "{{script}}", with: shell.script)
                .replacingOccurrences(
                    of: "{{head}}", with: isMap ? "<link rel=\"stylesheet\" href=\"/assets/map.css\">\n" : ""
                )
                .replacingOccurrences(of: "{{body-attributes}}", with: isMap ? " class=\"map-page\"" : "")
                .replacingOccurrences(of: "{{meeting-nav}}", with: shell.ofMeeting ? nav : "")
                .replacingOccurrences(
                    of: "{{account-bar}}", with: Self.signedOutPages.contains(name) ? "" : accountBar
                )
                .replacingOccurrences(of: "{{content}}", with: String(decoding: content, as: UTF8.self))
            pages[name] = Data(page.utf8)
        }
        self.pages = pages
        assets = try Self.files(in: root.appendingPathComponent("assets"))
    }

    private static func files(in folder: URL) throws -> [String: Data] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        var files: [String: Data] = [:]
        for name in names where !name.hasPrefix(".") {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    func register(on router: Router<WorkbenchContext>) {
        router.get("/") { _, _ in try page("meetings.html") }
        router.get("meetings/:meeting") { _, context in try page("overview.html", context) }
        router.get("meetings/:meeting/map") { _, context in try page("map.html", context) }
        router.get("meetings/:meeting/versions") { _, context in try page("versions.html", context) }
        router.get("meetings/:meeting/groups") { _, context in try page("groups.html", context) }
        router.get("meetings/:meeting/notices") { _, context in try page("notices.html", context) }
        router.get("meetings/:meeting/checkin") { _, context in try page("checkin.html", context) }
        router.get("accounts") { _, _ in try page("accounts.html") }
        router.get("portal") { _, _ in try page("portal.html") }
        router.get("sign-in") { _, _ in try page("sign-in.html") }
        router.get("activate") { _, _ in try page("activate.html") }
        router.get("assets/:file") { _, context in
            let name = context.parameters.get("file") ?? ""
            guard let data = assets[name] else { throw APIError.notFound("asset '\(name)'") }
            return JSONReply.bytes(data, contentType: Self.contentType(of: name))
        }
    }

    private func page(_ name: String, _ context: WorkbenchContext? = nil) throws -> Response {
        if let context { _ = try context.parameters.id("meeting", what: "meeting") }
        guard let data = pages[name] else { throw APIError.notFound("page '\(name)'") }
        return JSONReply.bytes(data, contentType: "text/html; charset=utf-8")
    }

    static func contentType(of name: String) -> String {
        switch URL(fileURLWithPath: name).pathExtension {
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "json": "application/json; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}

/// A problem starting the workbench (not a request's error).
public struct WorkbenchError: Error, CustomStringConvertible {
    /// What went wrong.
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
