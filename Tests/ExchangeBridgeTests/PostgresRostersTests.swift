import ExchangeBridge
import ExchangePostgres
import Foundation
import SeatPlanCore
import TestSupport
import Testing

/// The requirements of meetings, units and roster submissions that both stores serve, so that
/// one script runs on each and their answers can be compared (the PostgreSQL store's conformance
/// to ``ExchangeStorage`` is declared elsewhere).
protocol RosterStoreUnderTest: Sendable {
    var path: String { get }
    func findOrCreateMeeting(named name: String) async throws(ExchangeStoreError) -> Meeting
    func meeting(named name: String) async throws(ExchangeStoreError) -> Meeting?
    func meetings() async throws(ExchangeStoreError) -> [Meeting]
    func saveUnits(_ units: [UnitDetails], meeting: MeetingID) async throws(ExchangeStoreError) -> UnitsSaveResult
    func units(meeting: MeetingID) async throws(ExchangeStoreError) -> [MeetingUnit]
    func unit(_ id: UnitID) async throws(ExchangeStoreError) -> MeetingUnit?
    func receiveSubmission(
        unitNamed unitName: String, meeting: MeetingID, fileName: String, raw: Data
    ) async throws(ExchangeStoreError) -> SubmissionReceipt
    func recordParsedRoster(
        _ roster: ParsedRoster, submission: SubmissionID
    ) async throws(ExchangeStoreError) -> SubmissionReceipt
    func submitParsedRoster(
        _ roster: ParsedRoster, unitNamed unitName: String, meeting: MeetingID, fileName: String, raw: Data
    ) async throws(ExchangeStoreError) -> SubmissionReceipt
    func submitParsedRosters(_ uploads: [ParsedRosterUpload]) async -> [Result<SubmissionReceipt, ExchangeStoreError>]
    func recordSubmissionFailure(
        _ reason: String, encoding: String?, submission: SubmissionID
    ) async throws(ExchangeStoreError) -> SubmissionReceipt
    func submission(_ id: SubmissionID) async throws(ExchangeStoreError) -> RosterSubmission
    func submissions(meeting: MeetingID, unitNamed unitName: String?) async throws(ExchangeStoreError)
        -> [RosterSubmission]
    func rawFile(of submission: SubmissionID) async throws(ExchangeStoreError) -> Data
    func rows(of submission: SubmissionID) async throws(ExchangeStoreError) -> [SubmittedRow]
    func chooseMeeting(named name: String?) async throws(ExchangeStoreError) -> Meeting
    func submitRosterCSV(
        unitNamed unitName: String, meeting: MeetingID, fileName: String, raw: Data
    ) async throws(ExchangeStoreError) -> SubmissionReceipt
    func submissionOverview(meeting: MeetingID, deadline: Date?) async throws(ExchangeStoreError) -> SubmissionOverview
    func queueReminders(meeting: MeetingID, deadline: Date?, units: Set<UnitID>?) async throws(ExchangeStoreError)
        -> ReminderResult
    func mergedRoster(meeting: MeetingID) async throws(ExchangeStoreError) -> MergedRoster
    func rowCounts() async throws(ExchangeStoreError) -> [TableRowCount]
    func auditLog(limit: Int) async throws(ExchangeStoreError) -> [AuditEntry]
    func connectionSettings() async throws(ExchangeStoreError) -> ConnectionSettings
}

extension ExchangeStore: RosterStoreUnderTest {}
extension PostgresExchangeStore: RosterStoreUnderTest {}

@Suite(.enabled(if: PostgresTestServer.isAvailable, "no PostgreSQL test cluster: run `make test`"))
struct PostgresRostersTests {
    static let fixedDate = Date(timeIntervalSince1970: 1_740_000_000)

    /// A PostgreSQL store on a database of its own, with the fixed clock.
    static func postgresStore(actor: String = "tester") async throws -> (PostgresExchangeStore, String) {
        let url = try PostgresTestServer.freshDatabase()
        let store = try await PostgresExchangeStore(
            location: try PostgresLocation(url),
            options: ExchangeStoreOptions(
                actor: actor, now: { fixedDate },
                databasePassword: ProcessInfo.processInfo.environment["PGPASSWORD"]))
        return (store, url)
    }

    /// An SQLite store on a fresh file, with the same clock.
    static func sqliteStore() throws -> ExchangeStore {
        try ExchangeStore(
            path: try StoreFixtures.freshPath(), options: ExchangeStoreOptions(actor: "tester", now: { fixedDate }))
    }

    @Test func theWholeRosterScriptAnswersAsTheSQLiteStoreDoes() async throws {
        let sqlite = try await RosterScript.run(try Self.sqliteStore())
        let (postgres, url) = try await Self.postgresStore()
        let answers = try await RosterScript.run(postgres)
        #expect(answers.count == sqlite.count)
        for (index, (got, expected)) in zip(answers, sqlite).enumerated() {
            #expect(got == expected, "step \(index)")
        }
        // The reminders' dedupe keys are the SQLite store's, byte for byte.
        let keys = try PostgresTestServer.psql(url, "SELECT string_agg(dedupe_key, '|' ORDER BY id) FROM outbox")
        #expect(keys.hasPrefix("reminder:1:"))
        #expect(keys.contains(":2025-02-19T21:00:00.000Z"))
        #expect(keys.contains(":none"))
    }

    @Test func theOutboxRowsOfRemindersAreTheSQLiteStoresRows() async throws {
        let sqlite = try Self.sqliteStore()
        let (postgres, url) = try await Self.postgresStore()
        for store in [sqlite as any RosterStoreUnderTest, postgres] {
            let meeting = try await store.findOrCreateMeeting(named: "催报会议")
            _ = try await store.saveUnits(
                [UnitDetails(name: "甲", officialOrder: 1), UnitDetails(name: "乙", officialOrder: 2)],
                meeting: meeting.id)
            _ = try await store.queueReminders(
                meeting: meeting.id, deadline: Date(timeIntervalSince1970: 1_740_000_000.5), units: nil)
        }
        let expected = try sqlite.outbox(meeting: MeetingID(rawValue: 1), kind: nil)
            .map { "\($0.kind)|\($0.dedupeKey)|\($0.payload)|\($0.unitID.rawValue)|\($0.state.rawValue)" }
        // Base64 of the rows joined by U+001E, so that psql's output keeps every byte.
        let encoded = try PostgresTestServer.psql(
            url,
            "SELECT translate(encode(convert_to(string_agg(kind || '|' || dedupe_key || '|' || payload || '|' "
                + "|| unit_id || '|' || state, chr(30) ORDER BY id), 'UTF8'), 'base64'), chr(10), '') FROM outbox")
        let got = Data(base64Encoded: encoded).map { String(decoding: $0, as: UTF8.self) } ?? "not base64"
        #expect(got.split(separator: "\u{1e}").map(String.init) == expected)
        #expect(expected.count == 2 && expected[0].contains(":2025-02-19T21:20:00.500Z|"), "\(expected)")
    }

    /// In a database whose collation is not byte order (here ICU's Chinese), units and the merged
    /// roster still come in SQLite's order: official order, then name byte by byte.
    @Test func unitsAreOrderedByteByByteWhateverTheDatabaseCollation() async throws {
        let base = try #require(PostgresTestServer.url.flatMap(URL.init(string:)))
        let name = "t_icu_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try PostgresTestServer.psql(
            base.absoluteString, "CREATE DATABASE \(name) LOCALE_PROVIDER icu ICU_LOCALE 'zh-CN' TEMPLATE template0")
        let url = base.deletingLastPathComponent().appendingPathComponent(name).absoluteString
        let postgres = try await PostgresExchangeStore(
            location: try PostgresLocation(url),
            options: ExchangeStoreOptions(
                actor: "tester", now: { Self.fixedDate },
                databasePassword: ProcessInfo.processInfo.environment["PGPASSWORD"]))
        let names = ["b", "B", "a", "Ä", "中", "东城区", "市委"]
        var answers: [[String]] = []
        for store in [try Self.sqliteStore() as any RosterStoreUnderTest, postgres] {
            let meeting = try await store.findOrCreateMeeting(named: "排序")
            _ = try await store.saveUnits(names.map { UnitDetails(name: $0, officialOrder: 1) }, meeting: meeting.id)
            for (index, unit) in names.enumerated() {
                let person = StoreFixtures.person("P\(index)", "人\(index)", unit: unit, precedence: index + 1)
                let row = SubmittedRow(line: 2, fields: RosterFields(attendee: person))
                _ = try await store.submitParsedRoster(
                    ParsedRoster(encoding: "utf-8", rows: [row]), unitNamed: unit, meeting: meeting.id,
                    fileName: "r.csv", raw: Data())
            }
            let merged = try await store.mergedRoster(meeting: meeting.id)
            answers.append(try await store.units(meeting: meeting.id).map(\.details.name))
            answers.append(merged.attendees.map(\.unit))
        }
        #expect(answers[0] == ["B", "a", "b", "Ä", "东城区", "中", "市委"])
        #expect(answers[2] == answers[0])
        #expect(answers[3] == answers[1])
        // The database's own order differs: without `COLLATE "C"` the store would not answer as SQLite does.
        let collated = try PostgresTestServer.psql(url, "SELECT string_agg(name, ',' ORDER BY name) FROM units")
        #expect(collated != answers[0].joined(separator: ","))
    }

    @Test func failuresWriteNothingAndUnitIDsStayOpaque() async throws {
        let (store, url) = try await Self.postgresStore()
        let meeting = try await store.findOrCreateMeeting(named: "M")
        _ = try await store.saveUnits([UnitDetails(name: "A", officialOrder: 1)], meeting: meeting.id)
        await #expect(throws: ExchangeStoreError.self) {
            try await store.saveUnits(
                [UnitDetails(name: "B", officialOrder: 2), UnitDetails(name: "C", officialOrder: 3, parent: "Z")],
                meeting: meeting.id)
        }
        #expect(try await store.units(meeting: meeting.id).map(\.details.name) == ["A"])
        do {
            _ = try await store.saveUnits(
                [UnitDetails(name: "C", officialOrder: 3, parent: "Z")], meeting: meeting.id)
            Issue.record("a unit with an unknown parent was saved")
        } catch {
            #expect(error.kind == .notFound)
            #expect(error.message == "unit 'C': parent unit 'Z' is not a unit of this meeting")
        }
        #expect(try PostgresTestServer.psql(url, "SELECT count(*) FROM audit_log WHERE action = 'unit.add'") == "1")
    }

    @Test func storedRosterRecordsCannotBeChangedOrDeleted() async throws {
        let (store, url) = try await Self.postgresStore()
        let meeting = try await store.findOrCreateMeeting(named: "M")
        _ = try await store.saveUnits([UnitDetails(name: "A", officialOrder: 1)], meeting: meeting.id)
        let people = [StoreFixtures.person("P1", "张三", unit: "A", precedence: 1)]
        let receipt = try await store.submitRosterCSV(
            unitNamed: "A", meeting: meeting.id, fileName: "a.csv", raw: RosterCSV.encode(people))
        #expect(receipt.status == .parsed)
        let id = receipt.id.rawValue
        for statement in [
            "UPDATE submission_rows SET name = 'x' WHERE submission_id = \(id)",
            "DELETE FROM submission_rows WHERE submission_id = \(id)",
            "UPDATE roster_submissions SET raw_bytes = '\\x00' WHERE id = \(id)",
            "UPDATE roster_submissions SET file_name = 'b.csv' WHERE id = \(id)",
            "DELETE FROM roster_submissions WHERE id = \(id)",
            "UPDATE audit_log SET actor = 'x'",
            "DELETE FROM audit_log",
        ] {
            #expect(throws: (any Error).self, "\(statement)") { try PostgresTestServer.psql(url, statement) }
        }
        #expect(try await store.rawFile(of: receipt.id) == RosterCSV.encode(people))
        #expect(try await store.rows(of: receipt.id).map(\.fields.name) == ["张三"])
    }

    @Test func aGroupCommitAuditsEachUploadUnderItsOwnScopeAndIsolatesFailures() async throws {
        let (store, _) = try await Self.postgresStore()
        let meeting = try await store.findOrCreateMeeting(named: "M")
        _ = try await store.saveUnits(
            [UnitDetails(name: "A", officialOrder: 1), UnitDetails(name: "B", officialOrder: 2)], meeting: meeting.id)
        func upload(_ unit: String, _ actor: String, file: String = "r.csv") -> ParsedRosterUpload {
            let person = StoreFixtures.person("\(unit)1", "某\(unit)", unit: unit, precedence: 1)
            return ParsedRosterUpload(
                ParsedRoster(encoding: "utf-8", rows: [SubmittedRow(line: 2, fields: RosterFields(attendee: person))]),
                unitNamed: unit, meeting: meeting.id, fileName: file, raw: Data(unit.utf8),
                audit: AuditScope(actor: actor, address: "10.0.0.\(actor.count)"))
        }
        let results = await store.submitParsedRosters([
            upload("A", "unit:a"), upload("Nope", "unit:nope"), upload("B", "unit:b", file: "bad\u{0}.csv"),
            upload("B", "unit:bb"),
        ])
        #expect(results.count == 4)
        #expect((try? results[0].get())?.version == 1)
        #expect((try? results[3].get())?.version == 1)
        if case .failure(let error) = results[1] { #expect(error.kind == .notFound) } else { Issue.record("stored") }
        if case .failure(let error) = results[2] {
            #expect(error.kind == .invalidInput)
        } else {
            Issue.record("stored")
        }
        let audit = try await store.auditLog(limit: 100).filter { $0.action.hasPrefix("submission.") }
        #expect(audit.map(\.actor) == ["unit:bb", "unit:bb", "unit:a", "unit:a"])
        #expect(audit.map(\.address) == ["10.0.0.7", "10.0.0.7", "10.0.0.6", "10.0.0.6"])
        #expect(try await store.submissions(meeting: meeting.id, unitNamed: nil).count == 2)
    }

    @Test func concurrentWritersGetDistinctVersionsAndOneMeeting() async throws {
        let (store, url) = try await Self.postgresStore()
        let meetings = try await withThrowingTaskGroup(of: Meeting.self) { group in
            for _ in 0..<6 { group.addTask { try await store.findOrCreateMeeting(named: "同时") } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(meetings.map(\.id)).count == 1)
        let creations = try PostgresTestServer.psql(
            url, "SELECT count(*) FROM audit_log WHERE action = 'meeting.create'")
        #expect(creations == "1")
        let meeting = meetings[0].id
        _ = try await store.saveUnits([UnitDetails(name: "A", officialOrder: 1)], meeting: meeting)
        let versions = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<8 {
                group.addTask {
                    let person = StoreFixtures.person("P\(index)", "人\(index)", unit: "A", precedence: index + 1)
                    let roster = ParsedRoster(
                        encoding: "utf-8", rows: [SubmittedRow(line: 2, fields: RosterFields(attendee: person))])
                    return try await store.submitParsedRoster(
                        roster, unitNamed: "A", meeting: meeting, fileName: "\(index).csv", raw: Data([UInt8(index)])
                    ).version
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(versions.sorted() == Array(1...8))
        let submissions = try await store.submissions(meeting: meeting, unitNamed: "A")
        #expect(submissions.filter(\.isCurrent).map(\.version) == [8])
        #expect(try await store.mergedRoster(meeting: meeting).attendees.count == 1)

        // Group commits at once, each storing one upload for 'A' and one for 'B': retried whole.
        _ = try await store.saveUnits([UnitDetails(name: "B", officialOrder: 2)], meeting: meeting)
        let batches = await withTaskGroup(of: [Result<SubmissionReceipt, ExchangeStoreError>].self) { group in
            for index in 0..<5 {
                group.addTask {
                    await store.submitParsedRosters(
                        ["A", "B"].map { unit in
                            let person = StoreFixtures.person("\(unit)\(index)", "某", unit: unit, precedence: 1)
                            let row = SubmittedRow(line: 2, fields: RosterFields(attendee: person))
                            return ParsedRosterUpload(
                                ParsedRoster(encoding: "utf-8", rows: [row]),
                                unitNamed: unit, meeting: meeting, fileName: "g\(index).csv", raw: Data())
                        })
                }
            }
            return await group.reduce(into: []) { $0.append(contentsOf: $1) }
        }
        let receipts = batches.compactMap { try? $0.get() }
        #expect(receipts.count == 10, "\(batches)")
        #expect(Set(receipts.filter { $0.unitID.rawValue == 1 }.map(\.version)) == Set(9...13))
        #expect(Set(receipts.filter { $0.unitID.rawValue != 1 }.map(\.version)) == Set(1...5))
        let current = try await store.submissions(meeting: meeting, unitNamed: nil).filter(\.isCurrent)
        #expect(current.map(\.version).sorted() == [5, 13])
    }

    @Test func connectionSettingsDescribeThePostgreSQLServer() async throws {
        let (store, url) = try await Self.postgresStore()
        let settings = try await store.connectionSettings()
        #expect(settings.journalMode == "postgresql")
        #expect(settings.busyTimeoutMilliseconds == 0)
        #expect(settings.foreignKeysEnabled)
        #expect(settings.appliedMigrations == ["pg-v1", "pg-v2-row-security", "pg-v3-keys-scans"])
        #expect(settings.sqliteVersion == (try PostgresTestServer.psql(url, "SHOW server_version")))
        #expect(!settings.sqliteVersion.isEmpty)
    }
}

/// One script over meetings, units and submissions, answered as text so that two stores'
/// answers compare line by line (errors by kind and message, the store's path taken out).
enum RosterScript {
    static let deadlineBefore = Date(timeIntervalSince1970: 1_740_000_000 - 1_200)
    static let deadlineAfter = Date(timeIntervalSince1970: 1_740_000_000 + 86_400)

    static func run(_ store: some RosterStoreUnderTest) async throws -> [String] {
        var log = RosterTranscript(path: store.path)
        await log.note("no meeting") { try await store.chooseMeeting(named: nil) }
        await log.note("empty name") {
            try await store.findOrCreateMeeting(named: " \n")
        }
        await log.note("NUL name") {
            try await store.findOrCreateMeeting(named: "a\u{0}b")
        }
        let meeting = try await store.findOrCreateMeeting(named: "测试会议 \"O'Brien\" 😀")
        log.add("meeting", meeting)
        await log.note("again") {
            try await store.findOrCreateMeeting(named: "测试会议 \"O'Brien\" 😀")
        }
        await log.note("unknown, one meeting") {
            try await store.chooseMeeting(named: "nope")
        }
        await log.note("only meeting") {
            try await store.chooseMeeting(named: nil)
        }
        let other = try await store.findOrCreateMeeting(named: "Other")
        await log.note("meetings") { try await store.meetings() }
        await log.note("missing meeting") {
            try await store.meeting(named: "missing")
        }
        await log.note("several") { try await store.chooseMeeting(named: nil) }
        await log.note("unknown, several") {
            try await store.chooseMeeting(named: "nope")
        }
        await log.note("named") { try await store.chooseMeeting(named: "Other") }

        // Units: refusals first (nothing is written), then adds and updates with parents.
        let refused: [[UnitDetails]] = [
            [UnitDetails(name: "  ", officialOrder: 1)], [UnitDetails(name: "X", officialOrder: 0)],
            [UnitDetails(name: "X", officialOrder: 1, parent: "X")],
            [UnitDetails(name: "X", officialOrder: 1), UnitDetails(name: "X", officialOrder: 2)],
            [UnitDetails(name: "X", officialOrder: 1, mobile: "138\u{0}")],
        ]
        for (index, units) in refused.enumerated() {
            await log.note("refused units \(index)") {
                try await store.saveUnits(units, meeting: meeting.id)
            }
        }
        await log.note("units of no meeting") {
            try await store.saveUnits([UnitDetails(name: "X", officialOrder: 1)], meeting: MeetingID(rawValue: 999))
        }
        let units = [
            UnitDetails(name: "东城区", officialOrder: 3, parent: "市政府办公室"),
            UnitDetails(name: "b", officialOrder: 2), UnitDetails(name: "B", officialOrder: 2),
            UnitDetails(name: "a", officialOrder: 2), UnitDetails(name: "Ä", officialOrder: 2),
            UnitDetails(name: "中", officialOrder: 2),
            UnitDetails(
                name: "市委办公室", officialOrder: 1, contactPerson: "李四", officePhone: "0571-8888",
                mobile: "13800000000"),
            UnitDetails(name: "市政府办公室", officialOrder: 2, parent: "市委办公室"),
        ]
        await log.note("add units") {
            try await store.saveUnits(units, meeting: meeting.id)
        }
        await log.note("units") { try await store.units(meeting: meeting.id) }
        await log.note("update units") {
            try await store.saveUnits(
                [
                    UnitDetails(name: "东城区", officialOrder: 3),
                    UnitDetails(name: "b", officialOrder: 2, parent: "东城区"),
                    UnitDetails(name: "a", officialOrder: 2),
                    UnitDetails(
                        name: "市委办公室", officialOrder: 1, contactPerson: "王五", mobile: "13900000000"),
                    UnitDetails(name: "西城区", officialOrder: 4, parent: "b"),
                ], meeting: meeting.id)
        }
        await log.note("other meeting's units") {
            try await store.saveUnits([UnitDetails(name: "东城区", officialOrder: 1)], meeting: other.id)
        }
        let stored = try await store.units(meeting: meeting.id)
        log.add("units after update", stored)
        for unit in stored { await log.note("unit") { try await store.unit(unit.id) } }
        await log.note("no unit") { try await store.unit(UnitID(rawValue: 999)) }

        try await submissions(store, meeting: meeting.id, log: &log)
        try await reports(store, meeting: meeting.id, log: &log)
        return log.lines
    }

    private static func roster(_ unit: String, ids: [String], extraRejected: Bool = false) -> ParsedRoster {
        var rows = ids.enumerated().map { index, id in
            SubmittedRow(
                line: index + 2, rawText: "\(id),名\(index)😀,\(unit)",
                fields: RosterFields(
                    attendee: Attendee(
                        id: id, name: "名\(index) O'Brien 😀", unit: unit, unitOrder: 1, precedence: index + 1,
                        role: index == 0 ? .rostrum : .member, title: index == 0 ? "主任" : "",
                        gender: index == 0 ? .female : nil, tags: index == 0 ? ["accessible", "convener"] : [])))
        }
        if extraRejected {
            rows.append(
                SubmittedRow(
                    line: ids.count + 2, rawText: "X9,,\(unit)",
                    fields: RosterFields(id: "X9", unit: unit),
                    rejection: RowRejection(field: "name", reason: "name is empty")))
            rows.append(
                SubmittedRow(
                    line: ids.count + 3, rawText: nil, fields: RosterFields(),
                    rejection: RowRejection(reason: "the line has no fields")))
        }
        return ParsedRoster(encoding: "utf-8", rows: rows)
    }

    private static func submissions(
        _ store: some RosterStoreUnderTest, meeting: MeetingID, log: inout RosterTranscript
    ) async throws {
        await log.note("unknown unit") {
            try await store.receiveSubmission(unitNamed: "nope", meeting: meeting, fileName: "a.csv", raw: Data())
        }
        await log.note("NUL file name") {
            try await store.receiveSubmission(unitNamed: "a", meeting: meeting, fileName: "a\u{0}.csv", raw: Data())
        }
        let first = try await store.receiveSubmission(
            unitNamed: "a", meeting: meeting, fileName: "名单.csv", raw: Data([0, 1, 2, 255]))
        log.add("received", first)
        await log.note("duplicate lines") {
            try await store.recordParsedRoster(
                ParsedRoster(
                    encoding: "utf-8",
                    rows: [
                        SubmittedRow(line: 2, fields: RosterFields()), SubmittedRow(line: 2, fields: RosterFields()),
                    ]
                ), submission: first.id)
        }
        await log.note("NUL in a row") {
            try await store.recordParsedRoster(
                ParsedRoster(encoding: "utf-8", rows: [SubmittedRow(line: 2, fields: RosterFields(name: "a\u{0}"))]),
                submission: first.id)
        }
        await log.note("parse") {
            try await store.recordParsedRoster(
                roster("a", ids: ["A1", "A2", "A3"], extraRejected: true), submission: first.id)
        }
        await log.note("parse again") {
            try await store.recordParsedRoster(roster("a", ids: ["A1"]), submission: first.id)
        }
        await log.note("fail a parsed one") {
            try await store.recordSubmissionFailure("x", encoding: nil, submission: first.id)
        }
        await log.note("parse none") {
            try await store.recordParsedRoster(roster("a", ids: ["A1"]), submission: SubmissionID(rawValue: 999))
        }
        let second = try await store.receiveSubmission(
            unitNamed: "a", meeting: meeting, fileName: "second.csv", raw: Data("x".utf8))
        await log.note("fail") {
            try await store.recordSubmissionFailure("no header line", encoding: "gb18030", submission: second.id)
        }
        await log.note("submit parsed") {
            try await store.submitParsedRoster(
                roster("a", ids: ["A1", "A4"]), unitNamed: "a", meeting: meeting, fileName: "third.csv",
                raw: Data("third".utf8))
        }
        // Read out of order: v2 read after v3 is superseded by it.
        let late = try await store.receiveSubmission(
            unitNamed: "b", meeting: meeting, fileName: "v1.csv", raw: Data("v1".utf8))
        let latest = try await store.receiveSubmission(
            unitNamed: "b", meeting: meeting, fileName: "v2.csv", raw: Data("v2".utf8))
        await log.note("read latest first") {
            try await store.recordParsedRoster(roster("b", ids: ["B1"]), submission: latest.id)
        }
        await log.note("read earlier later") {
            try await store.recordParsedRoster(roster("b", ids: ["B0"]), submission: late.id)
        }
        let people = [
            Attendee(id: "C1", name: "张三", unit: "市委办公室", unitOrder: 1, precedence: 1, role: .rostrum),
            Attendee(id: "C2", name: "王喆𠀀", unit: "市委办公室", unitOrder: 1, precedence: 5, role: .member),
            Attendee(id: "C3", name: "别人", unit: "东城区", unitOrder: 3, precedence: 6, role: .member),
        ]
        await log.note("submit CSV") {
            try await store.submitRosterCSV(
                unitNamed: "市委办公室", meeting: meeting, fileName: "市委.csv", raw: RosterCSV.encode(people))
        }
        await log.note("submit unreadable CSV") {
            try await store.submitRosterCSV(
                unitNamed: "中", meeting: meeting, fileName: "bad.csv", raw: Data("\"unterminated\n".utf8))
        }
        let uploads = [
            ParsedRosterUpload(
                roster("B", ids: ["G1"]), unitNamed: "B", meeting: meeting, fileName: "g.csv", raw: Data("g".utf8),
                audit: AuditScope(actor: "unit:B", address: "192.0.2.1")),
            ParsedRosterUpload(
                roster("nope", ids: ["G2"]), unitNamed: "nope", meeting: meeting, fileName: "g.csv", raw: Data(),
                audit: AuditScope(actor: "unit:nope", address: nil)),
            ParsedRosterUpload(
                roster("Ä", ids: ["G3"]), unitNamed: "Ä", meeting: meeting, fileName: "g\u{0}.csv", raw: Data(),
                audit: nil),
            ParsedRosterUpload(
                roster("Ä", ids: ["D1"]), unitNamed: "Ä", meeting: meeting, fileName: "ä.csv", raw: Data("ä".utf8),
                audit: nil),
        ]
        log.add("group commit", await store.submitParsedRosters(uploads).map(log.describe))
        log.add("empty group commit", await store.submitParsedRosters([]).map(log.describe))
        let all = try await store.submissions(meeting: meeting, unitNamed: nil)
        log.add("submissions", all)
        await log.note("of one unit") {
            try await store.submissions(meeting: meeting, unitNamed: "b")
        }
        await log.note("of no unit") {
            try await store.submissions(meeting: meeting, unitNamed: "nope")
        }
        for submission in all {
            await log.note("submission") {
                try await store.submission(submission.id)
            }
            await log.note("raw") {
                try await store.rawFile(of: submission.id).base64EncodedString()
            }
            await log.note("rows") { try await store.rows(of: submission.id) }
        }
        let none = SubmissionID(rawValue: 999)
        await log.note("no submission") { try await store.submission(none) }
        await log.note("no raw file") { try await store.rawFile(of: none) }
        await log.note("no rows") { try await store.rows(of: none) }
    }

    private static func reports(
        _ store: some RosterStoreUnderTest, meeting: MeetingID, log: inout RosterTranscript
    ) async throws {
        for deadline in [nil, deadlineBefore, deadlineAfter] {
            await log.note("overview") {
                try await store.submissionOverview(meeting: meeting, deadline: deadline)
            }
        }
        await log.note("overview of none") {
            try await store.submissionOverview(meeting: MeetingID(rawValue: 999), deadline: nil)
        }
        let units = try await store.units(meeting: meeting)
        let scope = Set(units.prefix(3).map(\.id))
        for (deadline, scope) in [
            (deadlineBefore, scope), (deadlineBefore, nil), (deadlineBefore, nil), (nil, nil), (nil, Set<UnitID>()),
        ] {
            await log.note("remind") {
                try await store.queueReminders(meeting: meeting, deadline: deadline, units: scope)
            }
        }
        await log.note("remind none") {
            try await store.queueReminders(meeting: MeetingID(rawValue: 999), deadline: nil, units: nil)
        }
        await log.note("merged") { try await store.mergedRoster(meeting: meeting) }
        await log.note("merged none") {
            try await store.mergedRoster(meeting: MeetingID(rawValue: 999))
        }
        // Unit 'B' submits an id unit 'Ä' holds: the merged roster refuses both.
        _ = try await store.submitParsedRoster(
            roster("B", ids: ["D1"]), unitNamed: "B", meeting: meeting, fileName: "dup.csv", raw: Data())
        await log.note("merged conflict") {
            try await store.mergedRoster(meeting: meeting)
        }
        await log.note("counts") { try await store.rowCounts() }
        await log.note("no audit") { try await store.auditLog(limit: -1) }
        await log.note("audit") {
            try await store.auditLog(limit: 1_000).map(RosterTranscript.normalized)
        }
        await log.note("audit 3") {
            try await store.auditLog(limit: 3).map(RosterTranscript.normalized)
        }
    }
}

/// The answers of a script as lines of text.
struct RosterTranscript {
    let path: String
    var lines: [String] = []

    mutating func add(_ label: String, _ value: some Any) { lines.append("\(label): \(value)") }

    /// Records what `body` answers, or the error it throws (kind and message, without the path).
    mutating func note<T>(_ label: String, _ body: () async throws -> T) async {
        do {
            let value = try await body()
            add(label, value)
        } catch let error as ExchangeStoreError {
            lines.append("\(label): error \(error.kind): \(withoutPath(error.message))")
        } catch {
            lines.append("\(label): unexpected \(error)")
        }
    }

    /// `message` with the store's path replaced by `<store>`.
    func withoutPath(_ message: String) -> String { message.replacingOccurrences(of: path, with: "<store>") }

    /// A result as text, errors without the path.
    func describe(_ result: Result<SubmissionReceipt, ExchangeStoreError>) -> String {
        switch result {
        case .success(let receipt): "\(receipt)"
        case .failure(let error):
            "error \(error.kind): \(withoutPath(error.message))"
        }
    }

    /// An audit entry with its detail in one spelling (keys sorted, no spaces), whichever store
    /// wrote it: the same JSON object compares equal.
    static func normalized(_ entry: AuditEntry) -> AuditEntry {
        var entry = entry
        if let object = try? JSONSerialization.jsonObject(with: Data(entry.detail.utf8)),
            let data = try? JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        {
            entry.detail = String(decoding: data, as: UTF8.self)
        } else {
            entry.detail = "unreadable: \(entry.detail)"
        }
        return entry
    }
}
