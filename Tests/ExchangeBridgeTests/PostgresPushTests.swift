import ExchangeBridge
import ExchangePostgres
import Foundation
import SeatPlanCore
import Synchronization
import TestSupport
import Testing

/// `push` on PostgreSQL: plan version, documents, seat notices in the outbox and the units'
/// inboxes in one transaction, as in SQLite, and its optimistic concurrency across servers.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "no PostgreSQL test cluster: run `make test`"))
struct PostgresPushTests {
    static let documents = [
        NewDocument(kind: .chart, fileName: "chart.pdf", content: Data("%PDF-1.7 chart".utf8)),
        NewDocument(kind: .seatList, fileName: "seat-list.pdf", content: Data("%PDF-1.7 list".utf8)),
    ]

    /// A plan seating A1, B1 and C1 (A2 unseated; X9 of a unit the meeting does not know).
    static func plan(objective: Double = 1) -> SeatPlan {
        let people = PostgresTwin.people
        var plan = StoreFixtures.plan(
            seating: [people[0], people[2], people[3]],
            unseated: [UnseatedAttendee(attendee: "A2", reason: "no accessible seat left")], objective: objective)
        plan.assignments.append(
            SeatAssignment(
                attendee: "X9", name: "外单位", unit: "外单位", precedence: 9, seat: "F1-2-1", label: "一楼 2排1号",
                area: .hall, floor: 1, row: 2, number: "1", table: nil, x: 0, y: 6))
        return plan
    }

    /// The seat notices posted to the units' inboxes, as `title|body|plan version|units`.
    static func postgresInbox(_ url: String) throws -> String {
        try PostgresTestServer.psql(
            url,
            """
            SELECT n.kind || '|' || n.title || '|' || n.body || '|' || n.plan_version_id || '|'
                || n.created_by || '|' || (SELECT string_agg(unit_id::text, ',' ORDER BY unit_id)
                    FROM notice_recipients WHERE notice_id = n.id)
            FROM notices n ORDER BY n.id
            """)
    }

    static func sqliteInbox(_ store: ExchangeStore, meeting: MeetingID) throws -> String {
        let units = try store.units(meeting: meeting).map(\.id)
        return try store.notices(meeting: meeting).reversed().map { notice in
            let recipients = try units.filter { unit in
                try store.inbox(units: [unit]).contains { $0.notice.id == notice.id }
            }
            return "\(notice.category.rawValue)|\(notice.title)|\(notice.body)|"
                + "\(notice.planVersionID?.rawValue ?? 0)|\(notice.createdBy)|"
                + recipients.map { String($0.rawValue) }.joined(separator: ",")
        }.joined(separator: "\n")
    }

    @Test func aPushStoresAndQueuesAsInSQLite() async throws {
        let twin = try await PostgresTwin.make(rosters: true)
        let (sqlite, postgres, meeting) = (twin.sqlite, twin.postgres, twin.meeting)
        let json = try Self.plan().jsonData()
        let pushed = try await postgres.push(
            planJSON: json, fileName: "PLAN.json", documents: Self.documents, meeting: meeting, condition: .none,
            beforeCommit: nil)
        let expected = try sqlite.push(
            planJSON: json, fileName: "PLAN.json", documents: Self.documents, meeting: meeting)
        #expect(pushed == expected)
        #expect(pushed.noticesQueued == 3 && pushed.newDocumentCount == 2 && pushed.unknownUnits == ["外单位"])
        let outbox = try await postgres.outbox(meeting: meeting, kind: nil)
        #expect(outbox == (try sqlite.outbox(meeting: meeting, kind: nil)))
        #expect(outbox.map(\.unitName) == [PostgresTwin.office, PostgresTwin.government, PostgresTwin.district])
        #expect(outbox[0].payload.contains("未安排座位，共1人：\nO'Brien \"李\" 😀\tno accessible seat left"))
        #expect(try await postgres.outbox(meeting: meeting, kind: NoticeKind.reminder).isEmpty)
        #expect(try await postgres.outbox(meeting: meeting, kind: "a\u{0}") == [])
        #expect(try Self.postgresInbox(twin.url) == (try Self.sqliteInbox(sqlite, meeting: meeting)))
        #expect(try Self.postgresInbox(twin.url).hasSuffix("|1,2,3"))

        // Again: nothing new, the notices are found queued.
        twin.clock.advance(2)
        let again = try await postgres.push(
            planJSON: json, fileName: "PLAN.json", documents: Self.documents, meeting: meeting, condition: .none,
            beforeCommit: nil)
        #expect(again.changedNothing && again.noticesAlreadyQueued == 3)
        #expect(
            again
                == (try sqlite.push(
                    planJSON: json, fileName: "PLAN.json", documents: Self.documents,
                    meeting: meeting)))

        // A late change: only the changed units are told.
        var late = Self.plan(objective: 2)
        late.changes = PlanChanges(
            policy: LateChangePolicy(),
            moved: [SeatMove(attendee: "B1", name: "王喆", from: "F1-1-2", to: "F1-1-9", fromLabel: "2", toLabel: "9")])
        let lateJSON = try late.jsonData()
        let changed = try await postgres.push(
            planJSON: lateJSON, fileName: "PLAN.json", documents: [], meeting: meeting,
            condition: PushCondition(basedOnVersion: 1, requestID: "req-late"), beforeCommit: nil)
        #expect(
            changed
                == (try sqlite.push(
                    planJSON: lateJSON, fileName: "PLAN.json", documents: [], meeting: meeting,
                    condition: PushCondition(basedOnVersion: 1, requestID: "req-late"))))
        #expect(changed.noticesQueued == 1 && changed.plan.info.version == 2)
        #expect(
            try await postgres.outbox(meeting: meeting, kind: NoticeKind.seatNotice)
                == (try sqlite.outbox(meeting: meeting, kind: NoticeKind.seatNotice)))
        #expect(try Self.postgresInbox(twin.url) == (try Self.sqliteInbox(sqlite, meeting: meeting)))
        #expect(try await postgres.planVersion(ofRequest: "req-late", meeting: meeting) == 2)
        #expect(try await postgres.planVersion(ofRequest: "req-late", meeting: MeetingID(rawValue: 2)) == nil)
        try twin.expectSameAudit()
    }

    @Test func aStaleOrBadPushFailsAsInSQLiteAndWritesNothing() async throws {
        let twin = try await PostgresTwin.make(rosters: true)
        let (sqlite, postgres, meeting) = (twin.sqlite, twin.postgres, twin.meeting)
        let json = try Self.plan().jsonData()
        let json2 = try Self.plan(objective: 5).jsonData()
        _ = try await postgres.push(
            planJSON: json, fileName: "PLAN.json", documents: [], meeting: meeting, condition: .none,
            beforeCommit: nil)
        _ = try sqlite.push(planJSON: json, fileName: "PLAN.json", documents: [], meeting: meeting)
        for condition in [
            PushCondition(basedOnVersion: 0), PushCondition(basedOnVersion: 2), PushCondition(requestID: ""),
            PushCondition(requestID: String(repeating: "r", count: 101)),
        ] {
            await expectSameError(
                { () throws(ExchangeStoreError) in
                    try sqlite.push(
                        planJSON: json2, fileName: "PLAN.json", documents: Self.documents, meeting: meeting,
                        condition: condition)
                },
                { () async throws(ExchangeStoreError) in
                    try await postgres.push(
                        planJSON: json2, fileName: "PLAN.json", documents: Self.documents, meeting: meeting,
                        condition: condition, beforeCommit: nil)
                })
        }
        let badDocument = [NewDocument(kind: .chart, fileName: "", content: Data())]
        for (planJSON, documents, target) in [
            (json2, badDocument, meeting), (Data("{}".utf8), [], meeting), (json2, [], MeetingID(rawValue: 9)),
        ] {
            await expectSameError(
                { () throws(ExchangeStoreError) in
                    try sqlite.push(planJSON: planJSON, fileName: "PLAN.json", documents: documents, meeting: target)
                },
                { () async throws(ExchangeStoreError) in
                    try await postgres.push(
                        planJSON: planJSON, fileName: "PLAN.json", documents: documents, meeting: target,
                        condition: .none, beforeCommit: nil)
                })
        }
        #expect(try await postgres.planVersions(meeting: meeting).count == 1)
        #expect(try await postgres.outbox(meeting: meeting, kind: nil).count == 3)
        #expect(try PostgresTestServer.psql(twin.url, "SELECT count(*) FROM documents") == "0")
        try twin.expectSameAudit()
    }

    @Test func beforeCommitRunsLastInsideTheTransaction() async throws {
        let twin = try await PostgresTwin.make(rosters: true)
        let url = twin.url
        let seen = Mutex<[String]>([])
        let result = try await twin.postgres.push(
            planJSON: try Self.plan().jsonData(), fileName: "PLAN.json", documents: Self.documents,
            meeting: twin.meeting, condition: PushCondition(basedOnVersion: 0, requestID: "r1"),
            beforeCommit: {
                // Another connection sees nothing of the push yet.
                let counts = try? PostgresTestServer.psql(
                    url,
                    """
                    SELECT (SELECT count(*) FROM plan_versions) || ',' || (SELECT count(*) FROM outbox) || ','
                        || (SELECT count(*) FROM audit_log)
                    """)
                seen.withLock { $0.append(counts ?? "failed") }
            })
        #expect(seen.withLock { $0 } == ["0,0,0"])
        #expect(result.noticesQueued == 3)
        #expect(
            try PostgresTestServer.psql(
                url,
                """
                SELECT (SELECT count(*) FROM plan_versions) || ',' || (SELECT count(*) FROM outbox) || ','
                    || (SELECT count(*) FROM notices)
                """) == "1,3,1")
    }

    @Test func twoServersPushingOnTheSameVersionHaveExactlyOneWinner() async throws {
        let twin = try await PostgresTwin.make(rosters: true)
        let other = try await twin.secondServer()
        let meeting = twin.meeting
        _ = try await twin.postgres.push(
            planJSON: try Self.plan().jsonData(), fileName: "PLAN.json", documents: [], meeting: meeting,
            condition: .none, beforeCommit: nil)
        for round in 1...3 {
            // Each push holds its transaction open a moment before committing, so both overlap.
            let hold: @Sendable () -> Void = { Thread.sleep(forTimeInterval: 0.3) }
            let firstJSON = try Self.plan(objective: Double(10 * round)).jsonData()
            let secondJSON = try Self.plan(objective: Double(10 * round + 1)).jsonData()
            let condition = PushCondition(basedOnVersion: round)
            async let first = Self.outcome {
                () async throws(ExchangeStoreError) in
                try await twin.postgres.push(
                    planJSON: firstJSON, fileName: "PLAN.json", documents: Self.documents, meeting: meeting,
                    condition: condition, beforeCommit: hold)
            }
            async let second = Self.outcome {
                () async throws(ExchangeStoreError) in
                try await other.push(
                    planJSON: secondJSON, fileName: "PLAN.json", documents: Self.documents, meeting: meeting,
                    condition: condition, beforeCommit: hold)
            }
            let outcomes = await [first, second]
            let winners = outcomes.compactMap { try? $0.get() }
            let errors = outcomes.compactMap { outcome -> ExchangeStoreError? in
                if case .failure(let error) = outcome { return error } else { return nil }
            }
            #expect(winners.count == 1 && winners.first?.plan.info.version == round + 1, "round \(round)")
            #expect(errors.count == 1, "round \(round)")
            #expect(errors.first?.kind == .conflict)
            #expect(
                errors.first?.message
                    == "the change was made on plan version \(round), but version \(round + 1) is current now",
                "\(String(describing: errors.first))")
        }
        #expect(try await other.planVersions(meeting: meeting).map(\.version) == [1, 2, 3, 4])
        // The losers wrote nothing: two documents and three notices per version, one inbox notice each.
        #expect(try PostgresTestServer.psql(twin.url, "SELECT count(*) FROM documents") == "6")
        #expect(try PostgresTestServer.psql(twin.url, "SELECT count(*) FROM outbox") == "12")
        #expect(try PostgresTestServer.psql(twin.url, "SELECT count(*) FROM notices") == "4")
    }

    /// The outcome of `body` as a value.
    static func outcome<T>(
        _ body: () async throws(ExchangeStoreError) -> T
    ) async -> Result<T, ExchangeStoreError> {
        do { return .success(try await body()) } catch { return .failure(error) }
    }
}
