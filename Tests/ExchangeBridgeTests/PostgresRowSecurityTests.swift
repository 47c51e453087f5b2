import ExchangeBridge
import ExchangePostgres
import Foundation
import TestSupport
import Testing

/// Row-level security: as the unit role, a district sees its own subtree only, whatever the query.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "no PostgreSQL test cluster: run `make test`"))
struct PostgresRowSecurityTests {
    /// A meeting with a city, two districts and a town under the first district, each with a
    /// submission and a notice; returns the database's URL.
    static func districts() async throws -> String {
        let url = try PostgresTestServer.freshDatabase()
        _ = try await PostgresExchangeStore(
            location: try PostgresLocation(url),
            options: ExchangeStoreOptions(databasePassword: ProcessInfo.processInfo.environment["PGPASSWORD"]))
        try PostgresTestServer.psql(
            url,
            """
            INSERT INTO meetings (id, name, created_at) VALUES (1, '会议', now());
            INSERT INTO units (id, meeting_id, name, official_order, parent_unit_id, created_at, updated_at) VALUES
              (1, 1, '市', 1, NULL, now(), now()), (2, 1, '东区', 2, 1, now(), now()),
              (3, 1, '西区', 3, 1, now(), now()), (4, 1, '东区甲镇', 4, 2, now(), now());
            INSERT INTO roster_submissions (meeting_id, unit_id, version, received_at, file_name, raw_bytes,
              byte_count, sha256, status, processed_at)
              SELECT 1, id, 1, now(), 'r.csv', '\\x41', 1, repeat('a', 64), 'parsed', now() FROM units;
            INSERT INTO notices (id, meeting_id, kind, title, body, created_by, created_at)
              VALUES (1, 1, 'notice', '通知', '正文', 'staff:admin', now());
            INSERT INTO notice_recipients (notice_id, unit_id) SELECT 1, id FROM units;
            """)
        return url
    }

    /// `sql` run as the unit role reaching `unit` (one implicit transaction: `psql -c` sends
    /// the statements together).
    static func asUnit(_ unit: String, _ url: String, _ sql: String) throws -> String {
        try PostgresTestServer.psql(
            url, "SET LOCAL ROLE seatplan_unit_reach; SET LOCAL seatplan.reach_unit = '\(unit)'; \(sql)")
    }

    @Test func aDistrictSeesItsSubtreeAndATownItselfOnly() async throws {
        let url = try await Self.districts()
        let units = "SELECT string_agg(name, ',' ORDER BY id) FROM units"
        #expect(try Self.asUnit("东区", url, units) == "东区,东区甲镇")
        #expect(try Self.asUnit("东区甲镇", url, units) == "东区甲镇")
        let submissions = "SELECT count(*) FROM roster_submissions"
        #expect(try Self.asUnit("东区", url, submissions) == "2")
        #expect(try Self.asUnit("西区", url, "SELECT count(*) FROM notice_recipients") == "1")
        #expect(try Self.asUnit("无此单位", url, units).isEmpty)
        // The store's own role is not subject to the policies.
        #expect(try PostgresTestServer.psql(url, units) == "市,东区,西区,东区甲镇")
    }

    @Test func aDistrictCannotChangeAnotherUnitsRows() async throws {
        let url = try await Self.districts()
        _ = try Self.asUnit("西区", url, "UPDATE notice_recipients SET read_at = now(), read_by = 'x' WHERE unit_id = 2")
        #expect(
            try PostgresTestServer.psql(url, "SELECT count(*) FROM notice_recipients WHERE read_at IS NOT NULL") == "0")
        #expect(throws: (any Error).self) {
            try Self.asUnit(
                "西区", url,
                """
                INSERT INTO roster_submissions (meeting_id, unit_id, version, received_at, file_name, raw_bytes,
                  byte_count, sha256) VALUES (1, 2, 2, now(), 'x.csv', '\\x41', 1, repeat('b', 64))
                """)
        }
        #expect(throws: (any Error).self) { try Self.asUnit("西区", url, "DELETE FROM units WHERE id = 2") }
    }

    @Test func theStoreWorksWithinTheReachOfTheRequest() async throws {
        let url = try await Self.districts()
        let store = try await PostgresExchangeStore(
            location: try PostgresLocation(url),
            options: ExchangeStoreOptions(databasePassword: ProcessInfo.processInfo.environment["PGPASSWORD"]))
        let meeting = MeetingID(rawValue: 1)
        let seen = try await UnitReach.$current.withValue("东区") {
            try await store.units(meeting: meeting).map(\.details.name)
        }
        #expect(seen == ["东区", "东区甲镇"])
        let csv = StoreFixtures.rosterCSV([StoreFixtures.person("X1", "张三", unit: "西区", precedence: 1)])
        await #expect(throws: ExchangeStoreError.self) {
            try await UnitReach.$current.withValue("东区") {
                _ = try await store.submitRosterCSV(unitNamed: "西区", meeting: meeting, fileName: "x.csv", raw: csv)
            }
        }
        // In one group commit, each upload within its own uploader's reach.
        let parsed = try RosterIntake.parse(csv, file: "x.csv", unit: "西区")
        let results = await store.submitParsedRosters([
            ParsedRosterUpload(parsed, unitNamed: "西区", meeting: meeting, fileName: "a.csv", raw: csv, reach: "东区"),
            ParsedRosterUpload(parsed, unitNamed: "西区", meeting: meeting, fileName: "b.csv", raw: csv, reach: "西区"),
            ParsedRosterUpload(parsed, unitNamed: "西区", meeting: meeting, fileName: "c.csv", raw: csv, reach: nil),
        ])
        #expect((try? results[0].get()) == nil)
        #expect((try? results[1].get())?.version == 2 && (try? results[2].get())?.version == 3)
        #expect(
            try await store.submissions(meeting: meeting, unitNamed: "西区").map(\.fileName) == [
                "r.csv", "b.csv", "c.csv",
            ])
    }
}
