import Foundation
import HTTPTypes
import Hummingbird

/// The pages (HTML shells) and their assets (CSS, JavaScript), bundled with the program and read
/// once at start.
struct PageRoutes {
    /// Page shells by route, and assets by file name.
    let pages: [String: Data]
    let assets: [String: Data]

    /// Reads the bundled pages and assets; a missing bundle is a broken build, reported at start.
    init() throws {
        guard let root = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            throw WorkbenchError("the workbench's pages are missing from the build (Resources bundle)")
        }
        pages = try Self.files(in: root.appendingPathComponent("pages"))
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

    func register(on router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in try page("meetings.html") }
        router.get("meetings/:meeting") { _, context in try page("overview.html", context) }
        router.get("meetings/:meeting/map") { _, context in try page("map.html", context) }
        router.get("meetings/:meeting/versions") { _, context in try page("versions.html", context) }
        router.get("meetings/:meeting/groups") { _, context in try page("groups.html", context) }
        router.get("assets/:file") { _, context in
            let name = context.parameters.get("file") ?? ""
            guard let data = assets[name] else { throw APIError.notFound("asset '\(name)'") }
            return JSONReply.bytes(data, contentType: Self.contentType(of: name))
        }
    }

    private func page(_ name: String, _ context: BasicRequestContext? = nil) throws -> Response {
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
