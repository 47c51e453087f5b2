import Foundation
import Testing

/// The planner does not depend on the checker: `PlanningPipeline` is the one layer that uses both.
@Suite("Module layering")
struct PlannerIndependenceTests {
    /// The package manifest, found from this file's path.
    static func manifest() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
    }

    /// The dependency list of the target named `name`, as written in the manifest.
    static func dependencies(of name: String, in manifest: String) throws -> String {
        let declaration = try #require(manifest.range(of: "name: \"\(name)\", dependencies: ["))
        let end = try #require(manifest[declaration.upperBound...].firstIndex(of: "]"))
        return String(manifest[declaration.upperBound..<end])
    }

    @Test("Planner lists neither PlanCheck nor the pipeline among its dependencies")
    func plannerStandsAlone() throws {
        let manifest = try Self.manifest()
        let planner = try Self.dependencies(of: "Planner", in: manifest)
        #expect(planner.contains("\"SeatPlanCore\""))
        #expect(!planner.contains("PlanCheck"))
        #expect(!planner.contains("PlanningPipeline"))
        let checker = try Self.dependencies(of: "PlanCheck", in: manifest)
        #expect(!checker.contains("Planner"))
    }

    @Test("Planner's sources import neither PlanCheck nor the pipeline")
    func plannerSourcesStandAlone() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let sources = root.appendingPathComponent("Sources/Planner")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var checked = 0
        for case let file as URL in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(!text.contains("import PlanCheck"), "\(file.lastPathComponent)")
            #expect(!text.contains("import PlanningPipeline"), "\(file.lastPathComponent)")
            checked += 1
        }
        #expect(checked > 10)
    }

    @Test("No engine module imports the server, the outbox worker or a network stack but the PostgreSQL driver")
    func engineStandsApartFromTheServer() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let sources = root.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var checked = 0
        for case let file as URL in files where file.pathExtension == "swift" {
            let module = file.pathComponents[sources.pathComponents.count]
            // The service layers over the engine: the web server, the outbox worker, the tool.
            guard !["Workbench", "OutboxDelivery", "seatplan"].contains(module) else { continue }
            let text = try String(contentsOf: file, encoding: .utf8)
            // The PostgreSQL store is a database driver: it speaks to PostgreSQL over NIO, and
            // still knows nothing of the server above it.
            let networkStack = module == "ExchangePostgres" ? [] : ["import NIO", "import AsyncHTTP"]
            for server in ["import Workbench", "import OutboxDelivery", "import Hummingbird"] + networkStack {
                #expect(!text.contains(server), "\(module)/\(file.lastPathComponent) has \(server)")
            }
            checked += 1
        }
        #expect(checked > 100)
    }
}
