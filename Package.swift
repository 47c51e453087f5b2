// swift-tools-version: 6.0
import PackageDescription

/// Settings shared by every Swift target: Swift 6 language mode plus the upcoming features
/// that keep dependencies and existentials explicit.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "SeatPlan",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "seatplan", targets: ["seatplan"]),
        .library(name: "Planner", targets: ["Planner"]),
        .library(name: "PlanningPipeline", targets: ["PlanningPipeline"]),
        .library(name: "Render", targets: ["Render"]),
        .library(name: "ExchangeBridge", targets: ["ExchangeBridge"]),
        .library(name: "Grouping", targets: ["Grouping"]),
        .library(name: "DiscussionGroups", targets: ["DiscussionGroups"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.0"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.30.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
    ],
    targets: [
        // C libraries, linked from Debian's -dev packages.
        .systemLibrary(name: "CGLPK", providers: [.apt(["libglpk-dev"])]),
        .systemLibrary(
            name: "CPangoCairo", pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]),
        .systemLibrary(name: "CQREncode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),

        // Safe Swift API over GLPK: model builder, solve, result.
        .target(name: "Optimization", dependencies: ["CGLPK"], swiftSettings: strictSettings),
        // China's commercial cryptography (SM2 signatures and encryption, SM3, SM4) over OpenSSL 3.
        .target(name: "NationalCrypto", dependencies: ["CCrypto"], swiftSettings: strictSettings),
        // The office key: making and unlocking it, signing documents and passes, sealing personal
        // fields, and the door's check of a pass.
        .target(
            name: "OfficeKeys", dependencies: ["NationalCrypto", "ExchangeBridge", "SeatPlanCore"],
            swiftSettings: strictSettings),
        // Reading and writing .xlsx workbooks (first sheet, bounded), for rosters and exports.
        .target(
            name: "Spreadsheet", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strictSettings),
        // Domain types shared by every module: roster, venue, plan, errors.
        .target(
            name: "SeatPlanCore", dependencies: ["Spreadsheet", .product(name: "Yams", package: "Yams")],
            swiftSettings: strictSettings),
        // The shipped venue library (hand-editable YAML files) and the demo meeting.
        .target(
            name: "VenueLibrary", path: "Venues",
            resources: [
                .copy("municipal-hall.yaml"), .copy("great-hall.yaml"), .copy("banquet-hall.yaml"),
                .copy("breakout-rooms.yaml"), .copy("boardroom.yaml"), .copy("demo-meeting"),
            ],
            swiftSettings: strictSettings),
        // The planners and the re-planner for late changes; they never call the checker.
        .target(
            name: "Planner", dependencies: ["SeatPlanCore", "Optimization"],
            swiftSettings: strictSettings),
        // The layer the tool (and the coming server) calls: plan → check → stamp quality,
        // re-plan → check → record changes.
        .target(
            name: "PlanningPipeline", dependencies: ["Planner", "PlanCheck", "SeatPlanCore", "Optimization"],
            swiftSettings: strictSettings),
        // A seeded pseudo-random generator, so generated rosters and searches repeat exactly.
        .target(name: "SeededRandom", swiftSettings: strictSettings),
        // Maximally diverse grouping (MDGP): exact branch and bound and iterated tabu search.
        .target(
            name: "Grouping", dependencies: ["Optimization", "SeatPlanCore", "SeededRandom"],
            swiftSettings: strictSettings),
        // Discussion groups from a roster (protocol §4): packing and rooms with GLPK, mix with Grouping.
        .target(
            name: "DiscussionGroups", dependencies: ["Grouping", "Optimization", "SeatPlanCore"],
            swiftSettings: strictSettings),
        // The independent plan checker: reads only venue, roster, rules and plan.
        .target(name: "PlanCheck", dependencies: ["SeatPlanCore"], swiftSettings: strictSettings),
        // Deterministic, seeded rosters for benchmarks and property tests.
        .target(
            name: "RosterGenerator", dependencies: ["SeatPlanCore", "SeededRandom"], swiftSettings: strictSettings),
        .target(
            name: "Render", dependencies: ["SeatPlanCore", "CPangoCairo", "CQREncode", "Spreadsheet"],
            swiftSettings: strictSettings),
        .target(
            name: "ExchangeBridge",
            dependencies: ["SeatPlanCore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings),
        // The exchange store on PostgreSQL (postgres-nio), and the factory that opens a store by its
        // location (an SQLite file or a postgres:// URL).
        .target(
            name: "ExchangePostgres",
            dependencies: [
                "ExchangeBridge", "SeatPlanCore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings),
        // The outbox worker: delivers queued notices (reminders, seat notices) through a pluggable
        // transport (a masked log file by default, or an HTTP SMS gateway). No web layer.
        .target(
            name: "OutboxDelivery",
            dependencies: [
                "ExchangeBridge",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictSettings),
        // The web workbench (`seatplan serve`): pages, JSON API and live events over the engine.
        // A layer like the tool: no engine module depends on it.
        .target(
            name: "Workbench",
            dependencies: [
                "DiscussionGroups", "ExchangeBridge", "ExchangePostgres", "OfficeKeys", "Optimization", "PlanCheck",
                "Planner",
                "PlanningPipeline", "Render",
                "SeatPlanCore", "VenueLibrary", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Resources")], swiftSettings: strictSettings),
        .executableTarget(
            name: "seatplan",
            dependencies: [
                "DiscussionGroups", "ExchangeBridge", "Grouping", "Optimization", "PlanCheck", "Planner",
                "PlanningPipeline",
                "Render", "RosterGenerator", "SeatPlanCore", "VenueLibrary", "Workbench", "OutboxDelivery",
                "ExchangePostgres", "OfficeKeys",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictSettings),
        .executableTarget(
            name: "seatplan-bench",
            dependencies: [
                "DiscussionGroups", "ExchangeBridge", "Grouping", "Optimization", "PlanCheck", "Planner",
                "PlanningPipeline",
                "Render", "RosterGenerator", "SeatPlanCore", "SeededRandom", "TestSupport", "VenueLibrary",
                "ExchangePostgres", "OfficeKeys", .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Benchmarks", exclude: ["Data"], swiftSettings: strictSettings),

        .target(
            name: "TestSupport",
            dependencies: ["SeatPlanCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/TestSupport", swiftSettings: strictSettings),
        .testTarget(
            name: "SpreadsheetTests",
            dependencies: ["Spreadsheet", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strictSettings),
        .testTarget(
            name: "OptimizationTests", dependencies: ["Optimization", "SeatPlanCore", "SeededRandom"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "NationalCryptoTests", dependencies: ["NationalCrypto", "TestSupport"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "OfficeKeysTests", dependencies: ["OfficeKeys", "ExchangeBridge", "SeatPlanCore"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "SeatPlanCoreTests",
            dependencies: ["SeatPlanCore", "SeededRandom", "Spreadsheet", "TestSupport", "VenueLibrary"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "PlannerTests",
            dependencies: [
                "Optimization", "PlanCheck", "Planner", "PlanningPipeline", "RosterGenerator", "SeatPlanCore",
                "SeededRandom", "TestSupport", "VenueLibrary",
            ],
            swiftSettings: strictSettings),
        .testTarget(
            name: "PlanningPipelineTests",
            dependencies: ["PlanCheck", "Planner", "PlanningPipeline", "SeatPlanCore", "TestSupport"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "PlanCheckTests", dependencies: ["PlanCheck", "SeatPlanCore", "VenueLibrary"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "RosterGeneratorTests", dependencies: ["RosterGenerator", "SeatPlanCore"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "RenderTests",
            dependencies: ["Render", "SeatPlanCore", "Spreadsheet", "TestSupport", "VenueLibrary"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "ExchangeBridgeTests",
            dependencies: [
                "ExchangeBridge", "ExchangePostgres", "SeatPlanCore", "SeededRandom", "Spreadsheet", "TestSupport",
            ],
            swiftSettings: strictSettings),
        .testTarget(
            name: "GroupingTests",
            dependencies: ["Grouping", "Optimization", "SeatPlanCore", "SeededRandom", "TestSupport"],
            resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        .testTarget(
            name: "DiscussionGroupsTests",
            dependencies: ["DiscussionGroups", "RosterGenerator", "SeatPlanCore"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "WorkbenchTests",
            dependencies: [
                "ExchangeBridge", "ExchangePostgres", "OfficeKeys", "SeatPlanCore", "SeededRandom", "Spreadsheet",
                "TestSupport", "VenueLibrary",
                "Workbench",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: strictSettings),
        // The workbench in a real headless Chromium through WebDriver (skipped without chromium).
        .testTarget(
            name: "WorkbenchBrowserTests",
            dependencies: ["ExchangeBridge", "OfficeKeys", "SeatPlanCore", "Spreadsheet", "TestSupport"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "OutboxDeliveryTests",
            dependencies: [
                "ExchangeBridge", "OutboxDelivery", "TestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictSettings),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["ExchangeBridge", "ExchangePostgres", "SeatPlanCore", "Spreadsheet", "TestSupport"],
            swiftSettings: strictSettings),
    ]
)
