import ExchangeBridge
import ExchangePostgres
import Foundation
import SeatPlanCore
import TestSupport
import Testing

/// An SQLite store and a PostgreSQL store holding the same meeting and units (and optionally
/// rosters), on one clock: the same calls on both must give the same results. The PostgreSQL
/// side is seeded with `psql`, so its audit log starts empty; ``sqliteAuditBaseline`` counts the
/// SQLite entries of the seeding.
struct PostgresTwin {
    let sqlite: ExchangeStore
    let postgres: PostgresExchangeStore
    let url: String
    let meeting: MeetingID
    let clock: TestClock
    let sqliteAuditBaseline: Int

    static let office = "市委办公室"
    static let government = "市政府办公室"
    static let district = "区委"

    /// The people of the rosters, by unit.
    static let people = [
        StoreFixtures.person("A1", "张三", unit: office, precedence: 1),
        StoreFixtures.person("A2", "O'Brien \"李\" 😀", unit: office, precedence: 2),
        StoreFixtures.person("B1", "王喆", unit: government, precedence: 3),
        StoreFixtures.person("C1", "赵六", unit: district, precedence: 4),
    ]

    /// Options for a PostgreSQL store of the test cluster on `clock`.
    static func options(_ clock: TestClock) -> ExchangeStoreOptions {
        ExchangeStoreOptions(
            maximumReaderCount: 2, actor: "tester", now: { clock.now },
            databasePassword: ProcessInfo.processInfo.environment["PGPASSWORD"])
    }

    /// Another store on the same PostgreSQL database (another server).
    func secondServer() async throws -> PostgresExchangeStore {
        try await PostgresExchangeStore(location: try PostgresLocation(url), options: Self.options(clock))
    }

    /// A fresh pair: meeting `测试会议` with three units (the district unit has no mobile
    /// number), and with `rosters` every unit's roster of ``people``.
    static func make(rosters: Bool = false) async throws -> PostgresTwin {
        let clock = TestClock()
        let sqlite = try ExchangeStore(
            path: StoreFixtures.freshPath(), options: ExchangeStoreOptions(actor: "tester", now: { clock.now }))
        let meeting = try sqlite.findOrCreateMeeting(named: "测试会议")
        _ = try sqlite.saveUnits(
            [
                UnitDetails(name: office, officialOrder: 1, mobile: "13800000000"),
                UnitDetails(name: government, officialOrder: 2, mobile: "13900000000"),
                UnitDetails(name: district, officialOrder: 3, parent: office),
            ],
            meeting: meeting.id)
        let url = try PostgresTestServer.freshDatabase()
        let postgres = try await PostgresExchangeStore(location: try PostgresLocation(url), options: options(clock))
        try PostgresTestServer.psql(
            url,
            """
            INSERT INTO meetings (name, created_at) VALUES ('测试会议', now());
            INSERT INTO units (meeting_id, name, official_order, parent_unit_id, mobile, created_at, updated_at)
            VALUES (1, '\(office)', 1, NULL, '13800000000', now(), now()),
                (1, '\(government)', 2, NULL, '13900000000', now(), now()),
                (1, '\(district)', 3, 1, '', now(), now());
            """)
        let sqliteUnits = try sqlite.units(meeting: meeting.id).map { "\($0.id.rawValue):\($0.details.name)" }
        let postgresUnits = try PostgresTestServer.psql(url, "SELECT id || ':' || name FROM units ORDER BY id")
        try #require(meeting.id.rawValue == 1 && sqliteUnits.joined(separator: "\n") == postgresUnits)
        if rosters {
            for unit in [office, government, district] {
                _ = try sqlite.submitRosterCSV(
                    unitNamed: unit, meeting: meeting.id, fileName: "r.csv",
                    raw: StoreFixtures.rosterCSV(people.filter { $0.unit == unit }))
            }
            try PostgresTestServer.psql(
                url,
                """
                INSERT INTO roster_submissions (meeting_id, unit_id, version, received_at, file_name, raw_bytes,
                    byte_count, sha256, status, processed_at)
                VALUES (1, 1, 1, now(), 'r.csv', '\\x00', 1, repeat('a', 64), 'parsed', now()),
                    (1, 2, 1, now(), 'r.csv', '\\x00', 1, repeat('b', 64), 'parsed', now()),
                    (1, 3, 1, now(), 'r.csv', '\\x00', 1, repeat('c', 64), 'parsed', now());
                INSERT INTO submission_rows (submission_id, line, attendee_id, name, unit, accepted)
                VALUES (1, 1, 'A1', '张三', '\(office)', true), (1, 2, 'A2', 'O''Brien "李" 😀', '\(office)', true),
                    (2, 1, 'B1', '王喆', '\(government)', true), (3, 1, 'C1', '赵六', '\(district)', true);
                """)
        }
        return PostgresTwin(
            sqlite: sqlite, postgres: postgres, url: url, meeting: meeting.id, clock: clock,
            sqliteAuditBaseline: try sqlite.auditLog(limit: 10_000).count)
    }

    /// The audit entries both stores wrote since the seeding, oldest first, as `action subject`
    /// lines; the details are compared as JSON objects (PostgreSQL's `jsonb` spaces them).
    func expectSameAudit(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let sqliteEntries = try sqlite.auditLog(limit: 10_000).reversed().dropFirst(sqliteAuditBaseline)
        let postgresLines = try PostgresTestServer.psql(
            url,
            "SELECT action || E'\\t' || subject || E'\\t' || actor || E'\\t' || detail::text FROM audit_log ORDER BY id"
        ).split(separator: "\n").map(String.init)
        #expect(
            sqliteEntries.map { "\($0.action)\t\($0.subject)\t\($0.actor)" }
                == postgresLines.map { $0.split(separator: "\t").prefix(3).joined(separator: "\t") },
            sourceLocation: sourceLocation)
        for (entry, line) in zip(sqliteEntries, postgresLines) {
            let detail = line.split(separator: "\t", maxSplits: 3).last.map(String.init) ?? ""
            #expect(Self.object(entry.detail) == Self.object(detail), "\(entry.action)", sourceLocation: sourceLocation)
        }
    }

    private static func object(_ json: String) -> NSDictionary? {
        (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? NSDictionary
    }
}

/// Expects both calls to fail with the same kind and message (or only the same kind when
/// `sameMessage` is `false`: where SQLite's message quotes SQLite itself).
func expectSameError<A, B>(
    sameMessage: Bool = true, _ sqlite: () throws(ExchangeStoreError) -> A,
    _ postgres: () async throws(ExchangeStoreError) -> B, sourceLocation: SourceLocation = #_sourceLocation
) async {
    var expected: ExchangeStoreError?
    do { _ = try sqlite() } catch { expected = error }
    var actual: ExchangeStoreError?
    do { _ = try await postgres() } catch { actual = error }
    #expect(expected != nil, "SQLite did not fail", sourceLocation: sourceLocation)
    #expect(
        actual?.kind == expected?.kind && (!sameMessage || actual?.message == expected?.message),
        "\(String(describing: actual)) vs \(String(describing: expected))", sourceLocation: sourceLocation)
}

/// Plan versions, their differences, documents and the workbench's setup on PostgreSQL, call
/// for call against the SQLite store.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "no PostgreSQL test cluster: run `make test`"))
struct PostgresPlanStorageTests {
    /// PLAN.json with spacing of its own: stored and returned byte for byte.
    static func spacedJSON(_ plan: SeatPlan) throws -> Data {
        Data(("  \n" + String(decoding: try plan.jsonData(), as: UTF8.self) + " \n\n").utf8)
    }

    @Test func plansAreStoredAndReadAsInSQLite() async throws {
        let twin = try await PostgresTwin.make()
        let (sqlite, postgres, meeting) = (twin.sqlite, twin.postgres, twin.meeting)
        #expect(try await postgres.latestPlan(meeting: meeting) == nil)
        let json = try Self.spacedJSON(StoreFixtures.samplePlan())
        let first = try await postgres.savePlan(json: json, fileName: "PLAN.json", meeting: meeting)
        #expect(first == (try sqlite.savePlan(json: json, fileName: "PLAN.json", meeting: meeting)))
        #expect(first.isNew && first.info.version == 1 && first.info.seatedCount == 3)
        let again = try await postgres.savePlan(json: json, fileName: "other.json", meeting: meeting)
        #expect(!again.isNew && again.info == first.info)
        #expect(again == (try sqlite.savePlan(json: json, fileName: "other.json", meeting: meeting)))

        var changed = StoreFixtures.samplePlan(objective: 3)
        changed.assignments[0].seat = "R1-9"
        changed.assignments[0].label = "主席台 第1排 9号"
        changed.assignments.remove(at: 2)
        changed.assignments[1].table = "第2桌"
        changed.assignments[1].floor = 2
        changed.changes = PlanChanges(
            policy: LateChangePolicy(),
            moved: [SeatMove(attendee: "A001", name: "张三", from: "R1-1", to: "R1-9", fromLabel: "1", toLabel: "9")])
        twin.clock.advance(1.25)
        let json2 = try changed.jsonData()
        let second = try await postgres.savePlan(json: json2, fileName: "PLAN.json", meeting: meeting)
        #expect(second == (try sqlite.savePlan(json: json2, fileName: "PLAN.json", meeting: meeting)))
        #expect(second.info.version == 2 && second.info.changedCount == 1)

        let latest = try #require(try await postgres.latestPlan(meeting: meeting))
        #expect(latest.json == json2)
        #expect(latest == (try sqlite.latestPlan(meeting: meeting)))
        let stored = try await postgres.plan(first.info.id)
        #expect(stored.json == json, "the PLAN.json comes back byte for byte")
        #expect(stored == (try sqlite.plan(first.info.id)))
        #expect(try await postgres.planVersions(meeting: meeting) == (try sqlite.planVersions(meeting: meeting)))
        for unit in [nil, "市委办公室", "无此单位", "a\u{0}b"] {
            let seats = try await postgres.assignments(of: first.info.id, unit: unit)
            #expect(seats == (try sqlite.assignments(of: first.info.id, unit: unit)), "\(String(describing: unit))")
        }
        #expect(
            try await postgres.assignments(of: first.info.id, unit: nil).map(\.attendee) == ["A001", "A002", "A003"])
        for (from, to) in [(1, 2), (2, 1), (2, 2)] {
            let diff = try await postgres.planDiff(meeting: meeting, from: from, to: to)
            #expect(diff == (try sqlite.planDiff(meeting: meeting, from: from, to: to)), "\(from) → \(to)")
        }
        let diff = try await postgres.planDiff(meeting: meeting, from: 1, to: 2)
        #expect(diff.moved.map(\.attendee) == ["A001"] && diff.unseated.map(\.attendee) == ["A003"])
        try twin.expectSameAudit()
    }

    @Test func badPlansAndUnknownVersionsFailAsInSQLite() async throws {
        let twin = try await PostgresTwin.make()
        let (sqlite, postgres, meeting) = (twin.sqlite, twin.postgres, twin.meeting)
        var withNUL = StoreFixtures.samplePlan()
        withNUL.assignments[1].name = "李\u{0}四"
        let nul = try withNUL.jsonData()
        await expectSameError(
            { () throws(ExchangeStoreError) in try sqlite.savePlan(json: nul, fileName: "PLAN.json", meeting: meeting)
            },
            { () async throws(ExchangeStoreError) in
                try await postgres.savePlan(json: nul, fileName: "PLAN.json", meeting: meeting)
            })
        let garbage = Data("{\"venue\": ".utf8)
        await expectSameError(
            { () throws(ExchangeStoreError) in try sqlite.savePlan(json: garbage, fileName: "P.json", meeting: meeting)
            },
            { () async throws(ExchangeStoreError) in
                try await postgres.savePlan(json: garbage, fileName: "P.json", meeting: meeting)
            })
        let json = try StoreFixtures.samplePlan().jsonData()
        let nowhere = MeetingID(rawValue: 42)
        await expectSameError(
            { () throws(ExchangeStoreError) in try sqlite.savePlan(json: json, fileName: "PLAN.json", meeting: nowhere)
            },
            { () async throws(ExchangeStoreError) in
                try await postgres.savePlan(json: json, fileName: "PLAN.json", meeting: nowhere)
            })
        let missing = PlanVersionID(rawValue: 7)
        await expectSameError(
            { () throws(ExchangeStoreError) in try sqlite.plan(missing) },
            { () async throws(ExchangeStoreError) in try await postgres.plan(missing) })
        _ = try sqlite.savePlan(json: json, fileName: "PLAN.json", meeting: meeting)
        _ = try await postgres.savePlan(json: json, fileName: "PLAN.json", meeting: meeting)
        await expectSameError(
            { () throws(ExchangeStoreError) in try sqlite.planDiff(meeting: meeting, from: 1, to: 3) },
            { () async throws(ExchangeStoreError) in try await postgres.planDiff(meeting: meeting, from: 1, to: 3) })
        #expect(try await postgres.planVersions(meeting: meeting).count == 1)
        #expect(try await postgres.latestPlan(meeting: nowhere) == nil)
        try twin.expectSameAudit()
    }

    @Test func storedPlansAndTheirRequestsCannotBeRewritten() async throws {
        let twin = try await PostgresTwin.make()
        let json = try StoreFixtures.samplePlan().jsonData()
        _ = try await twin.postgres.push(
            planJSON: json, fileName: "PLAN.json", documents: [], meeting: twin.meeting,
            condition: PushCondition(basedOnVersion: 0, requestID: "req-1"), beforeCommit: nil)
        for sql in [
            "UPDATE plan_versions SET plan_json = '{}'", "DELETE FROM plan_versions",
            "UPDATE plan_requests SET request_id = 'other'", "UPDATE notices SET title = 'x'",
            "DELETE FROM notice_recipients",
        ] {
            #expect(throws: (any Error).self, "\(sql)") { try PostgresTestServer.psql(twin.url, sql) }
        }
        #expect(try await twin.postgres.plan(PlanVersionID(rawValue: 1)).json == json)
    }

    @Test func documentsAreStoredOnceAndReadAsInSQLite() async throws {
        let twin = try await PostgresTwin.make()
        let (sqlite, postgres, meeting) = (twin.sqlite, twin.postgres, twin.meeting)
        let json = try StoreFixtures.samplePlan().jsonData()
        let version = try await postgres.savePlan(json: json, fileName: "PLAN.json", meeting: meeting).info.id
        _ = try sqlite.savePlan(json: json, fileName: "PLAN.json", meeting: meeting)
        let binary = Data([0x25, 0x50, 0x44, 0x46, 0x00, 0xFF, 0x00, 0x0A])
        let documents = [
            NewDocument(kind: .seatList, fileName: "seat-list.pdf", content: binary),
            NewDocument(kind: .chart, fileName: "chart.pdf", content: Data("%PDF chart".utf8)),
            NewDocument(kind: .chart, fileName: "chart.pdf", content: Data("%PDF chart".utf8)),
            NewDocument(kind: .chart, fileName: "chart.pdf", content: Data("%PDF chart v2".utf8)),
            NewDocument(kind: .chart, fileName: "Chart.pdf", content: Data(), mediaType: "text/plain"),
        ]
        var attached: [DocumentInfo] = []
        for document in documents {
            let info = try await postgres.attachDocument(document, planVersion: version)
            #expect(info == (try sqlite.attachDocument(document, planVersion: version)))
            attached.append(info)
        }
        #expect(attached[1].id == attached[2].id && attached[3].id != attached[1].id)
        let listed = try await postgres.documents(planVersion: version)
        #expect(listed == (try sqlite.documents(planVersion: version)) && listed.count == 4)
        #expect(listed.map(\.fileName) == ["Chart.pdf", "chart.pdf", "chart.pdf", "seat-list.pdf"])
        for info in listed {
            #expect(try await postgres.documentContent(info.id) == (try sqlite.documentContent(info.id)))
        }
        #expect(try await postgres.documentContent(attached[0].id) == binary)
        #expect(try await postgres.documents(planVersion: PlanVersionID(rawValue: 9)).isEmpty)

        let bad = [
            NewDocument(kind: .chart, fileName: " ", content: binary),
            NewDocument(kind: DocumentKind(rawValue: ""), fileName: "a.pdf", content: binary),
            NewDocument(kind: .chart, fileName: "a\u{0}.pdf", content: binary),
            NewDocument(kind: .chart, fileName: "a.pdf", content: binary, mediaType: "x\u{0}"),
        ]
        for document in bad {
            await expectSameError(
                { () throws(ExchangeStoreError) in try sqlite.attachDocument(document, planVersion: version) },
                { () async throws(ExchangeStoreError) in
                    try await postgres.attachDocument(document, planVersion: version)
                })
        }
        let missing = PlanVersionID(rawValue: 5)
        await expectSameError(
            { () throws(ExchangeStoreError) in try sqlite.attachDocument(documents[0], planVersion: missing) },
            { () async throws(ExchangeStoreError) in
                try await postgres.attachDocument(documents[0], planVersion: missing)
            })
        await expectSameError(
            { () throws(ExchangeStoreError) in try sqlite.documentContent(DocumentID(rawValue: 99)) },
            { () async throws(ExchangeStoreError) in try await postgres.documentContent(DocumentID(rawValue: 99)) })
        try twin.expectSameAudit()
    }

    @Test func meetingSetupsGroupsAndRequestsAsInSQLite() async throws {
        let twin = try await PostgresTwin.make()
        let (sqlite, postgres, meeting) = (twin.sqlite, twin.postgres, twin.meeting)
        #expect(try await postgres.meetingSetup(meeting: meeting) == nil)
        let setup = MeetingSetup(venueName: "municipal-hall", venueYAML: "name: 会堂\n", date: "2025年3月1日")
        try await postgres.saveMeetingSetup(setup, meeting: meeting)
        try sqlite.saveMeetingSetup(setup, meeting: meeting)
        let replaced = MeetingSetup(
            venueName: "hall.yaml", venueYAML: "name: 会堂 'x'\n", date: "", roomsYAML: "rooms: []\n",
            groupRulesYAML: "rules: {}\n")
        try await postgres.saveMeetingSetup(replaced, meeting: meeting)
        try sqlite.saveMeetingSetup(replaced, meeting: meeting)
        #expect(try await postgres.meetingSetup(meeting: meeting) == replaced)
        #expect(try await postgres.meetingSetup(meeting: meeting) == (try sqlite.meetingSetup(meeting: meeting)))
        let nowhere = MeetingID(rawValue: 3)
        for bad in [
            MeetingSetup(venueName: " ", venueYAML: "x", date: ""),
            MeetingSetup(venueName: "v", venueYAML: "", date: ""),
            MeetingSetup(venueName: "v", venueYAML: "x", date: "\u{0}"),
        ] {
            await expectSameError(
                { () throws(ExchangeStoreError) in try sqlite.saveMeetingSetup(bad, meeting: meeting) },
                { () async throws(ExchangeStoreError) in try await postgres.saveMeetingSetup(bad, meeting: meeting) })
        }
        await expectSameError(
            { () throws(ExchangeStoreError) in try sqlite.saveMeetingSetup(setup, meeting: nowhere) },
            { () async throws(ExchangeStoreError) in try await postgres.saveMeetingSetup(setup, meeting: nowhere) })
        await expectSameError(
            { () throws(ExchangeStoreError) in try sqlite.meetingSetup(meeting: nowhere) },
            { () async throws(ExchangeStoreError) in try await postgres.meetingSetup(meeting: nowhere) })

        #expect(try await postgres.latestGroupPlan(meeting: meeting) == nil)
        let groups = Data("{ \"groups\" : [ {\"name\": \"第一组\"} ],\n  \"b\": 1 }\n".utf8)
        try await postgres.saveGroupPlan(json: Data("[]".utf8), meeting: meeting)
        try sqlite.saveGroupPlan(json: Data("[]".utf8), meeting: meeting)
        try await postgres.saveGroupPlan(json: groups, meeting: meeting)
        try sqlite.saveGroupPlan(json: groups, meeting: meeting)
        #expect(try await postgres.latestGroupPlan(meeting: meeting) == groups)
        for bad in [Data([0xFF, 0xFE]), Data("{\"a\": \"\u{0}\"}".utf8), Data("{not json".utf8)] {
            await expectSameError(
                sameMessage: bad.first != UInt8(ascii: "{") || bad.contains(0),
                { () throws(ExchangeStoreError) in try sqlite.saveGroupPlan(json: bad, meeting: meeting) },
                { () async throws(ExchangeStoreError) in try await postgres.saveGroupPlan(json: bad, meeting: meeting) }
            )
        }
        await expectSameError(
            { () throws(ExchangeStoreError) in try sqlite.latestGroupPlan(meeting: nowhere) },
            { () async throws(ExchangeStoreError) in try await postgres.latestGroupPlan(meeting: nowhere) })

        for request in ["req-1", "a\u{0}b"] {
            #expect(try await postgres.planVersion(ofRequest: request, meeting: meeting) == nil)
        }
        try twin.expectSameAudit()
    }
}
