import ExchangeBridge
import ExchangePostgres
import Foundation
import TestSupport

/// Which exchange-store backend a store scenario runs on: the embedded SQLite file, or a fresh
/// database in the throwaway PostgreSQL cluster `make bench` starts (scripts/with-postgres.sh).
enum StoreBackend: String, Sendable {
    case sqlite
    case postgres

    /// The scenario name's suffix: none for SQLite (the names of "5 of 7"), `-postgres` else.
    var suffix: String { self == .sqlite ? "" : "-postgres" }
    /// The summary's backend label.
    var label: String { self == .sqlite ? "" : " (PostgreSQL)" }

    /// A new, empty store.
    func freshStore() async throws -> any ExchangeStorage {
        switch self {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "seatplan-bench-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return try await ExchangeStorageFactory.open(folder.appendingPathComponent("exchange.sqlite").path)
        case .postgres:
            return try await ExchangeStorageFactory.open(try Self.freshDatabase(), options: Self.options)
        }
    }

    /// A fresh database of the bench's PostgreSQL cluster.
    static func freshDatabase() throws -> String {
        guard PostgresTestServer.isAvailable else {
            throw BenchmarkFailure("no PostgreSQL cluster: run `make bench` (scripts/with-postgres.sh starts one)")
        }
        return try PostgresTestServer.freshDatabase()
    }

    /// Options carrying the cluster's password.
    static var options: ExchangeStoreOptions {
        ExchangeStoreOptions(databasePassword: ProcessInfo.processInfo.environment["PGPASSWORD"])
    }
}

extension Scenarios {
    /// `store-change-delivery-postgres`: one store value (server) announces a change, another
    /// on the same database hears it (LISTEN/NOTIFY); the time from announcing to hearing,
    /// 20 changes a run (target: a change on one server on the others' consoles within 1 s).
    static let storeChangeDelivery = Scenario(
        name: "store-change-delivery-postgres",
        summary: "Store (PostgreSQL): a change announced by one server, heard by another (target ≤ 1 s)"
    ) {
        let url = try StoreBackend.freshDatabase()
        let announcing = try await PostgresExchangeStore(
            location: try PostgresLocation(url), options: StoreBackend.options)
        let hearing = try await PostgresExchangeStore(
            location: try PostgresLocation(url), options: StoreBackend.options)
        let heard = hearing.changes()
        try await Task.sleep(for: .milliseconds(300))
        nonisolated(unsafe) var iterator = heard.makeAsyncIterator()
        nonisolated(unsafe) var serial = 0
        return {
            var latencies: [Double] = []
            for _ in 0..<20 {
                serial += 1
                let change = StoreChange(meeting: 1, event: "plan", data: "{\"version\":\(serial)}", origin: "bench")
                let start = ContinuousClock.now
                await announcing.announce(change)
                while let notice = await iterator.next(), notice != .change(change) {}
                latencies.append((ContinuousClock.now - start).milliseconds)
            }
            latencies.sort()
            return "20 changes: median \(String(format: "%.1f", latencies.percentile(0.5))) ms, "
                + "max \(String(format: "%.1f", latencies.last ?? 0)) ms from announce to heard"
        }
    }
}
