import ExchangePostgres
import Foundation
import TestSupport
import Testing

@testable import ExchangeBridge

/// The exchange network on PostgreSQL (accounts, sessions, notices, receipts, the delivery
/// board), call for call against the SQLite store holding the same meeting and units.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "no PostgreSQL test cluster: run `make test`"))
struct PostgresNetworkTests {
    /// Both stores with the city tree of ``NetworkTests/cityStore()`` under the same ids.
    struct Pair {
        let sqlite: ExchangeStore
        let postgres: PostgresExchangeStore
        let url: String
        let meeting: MeetingID
        let ids: [String: UnitID]

        func id(_ name: String) throws -> UnitID { try #require(ids[name]) }
    }

    static func pair() async throws -> Pair {
        let (sqlite, meeting, ids) = try NetworkTests.cityStore()
        let url = try PostgresTestServer.freshDatabase()
        let postgres = try await PostgresExchangeStore(
            location: try PostgresLocation(url),
            options: ExchangeStoreOptions(
                actor: "tester", now: { StoreFixtures.fixedDate },
                databasePassword: ProcessInfo.processInfo.environment["PGPASSWORD"]))
        var sql = """
            INSERT INTO meetings (id, name, created_at) VALUES (\(meeting.id.rawValue), '\(meeting.name)', now());
            """
        for unit in try sqlite.units(meeting: meeting.id) {
            let parent = unit.details.parent.flatMap { ids[$0] }.map { "\($0.rawValue)" } ?? "NULL"
            sql += """
                INSERT INTO units (id, meeting_id, name, official_order, parent_unit_id, created_at, updated_at)
                VALUES (\(unit.id.rawValue), \(meeting.id.rawValue), '\(unit.details.name)',
                        \(unit.details.officialOrder), \(parent), now(), now());
                """
        }
        try PostgresTestServer.psql(url, sql)
        return Pair(sqlite: sqlite, postgres: postgres, url: url, meeting: meeting.id, ids: ids)
    }

    static let code = NetworkTests.code

    /// The network's audit entries (actor, action, subject, detail with sorted keys), oldest first.
    static func audit(_ store: ExchangeStore) throws -> [String] {
        try store.auditLog(limit: 1000).reversed().filter { isNetwork($0.action) }.map { entry in
            "\(entry.actor) \(entry.action) \(entry.subject) \(try normalized(entry.detail))"
        }
    }

    static func isNetwork(_ action: String) -> Bool {
        ["account.", "session.", "notice.", "outbox.read-remind"].contains { action.hasPrefix($0) }
    }

    static func audit(_ url: String) throws -> [String] {
        let lines = try PostgresTestServer.psql(
            url, "SELECT actor || ' ' || action || ' ' || subject || E'\\t' || detail::text FROM audit_log ORDER BY id")
        return try lines.split(separator: "\n").map { line in
            let parts = line.split(separator: "\t", maxSplits: 1)
            return "\(parts[0]) \(try normalized(String(parts.count > 1 ? parts[1] : "{}")))"
        }.filter { isNetwork(String($0.split(separator: " ")[1])) }
    }

    static func normalized(_ json: String) throws -> String {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: .sortedKeys), as: UTF8.self)
    }

    /// The error `body` throws, or `nil`.
    static func failure<T>(_ body: () async throws(ExchangeStoreError) -> T) async -> ExchangeStoreError? {
        do {
            _ = try await body()
            return nil
        } catch { return error }
    }

    /// Both stores refuse alike: same kind, and the same message but for the store's name.
    static func expectSameRefusal(
        _ sqlite: ExchangeStoreError?, _ postgres: ExchangeStoreError?,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(sqlite != nil && postgres != nil, sourceLocation: sourceLocation)
        #expect(sqlite?.kind == postgres?.kind, sourceLocation: sourceLocation)
        #expect(sqlite?.message == postgres?.message, sourceLocation: sourceLocation)
    }

    // MARK: Accounts and sessions

    @Test func accountsAreCreatedActivatedAndListedAsInSQLite() async throws {
        let pair = try await Self.pair()
        let (sqlite, postgres) = (pair.sqlite, pair.postgres)
        let news = [
            NewAccount(login: " zeta ", kind: .unit, unitName: "西城区", displayName: "西城区办公室"),
            NewAccount(login: "Admin", kind: .staff, displayName: "会务组"),
            NewAccount(login: "dongcheng", kind: .unit, unitName: "东城区", displayName: " 东城区办公室 "),
            NewAccount(login: "beta", kind: .staff, displayName: "值班"),
        ]
        for (index, new) in news.enumerated() {
            let activation = ActivationHash(
                hash: String(repeating: "\(index)", count: 64), expiresAt: StoreFixtures.fixedDate + 3600)
            let fromSQLite = try sqlite.createAccount(new, activation: activation)
            let fromPostgres = try await postgres.createAccount(new, activation: activation)
            #expect(fromPostgres == fromSQLite)
        }
        #expect(try await postgres.accounts() == (try sqlite.accounts()))
        #expect(try await postgres.accounts().map(\.login) == ["Admin", "beta", "dongcheng", "zeta"])

        // Taken in any case, unknown unit, bad logins: refused alike, before anything is stored.
        let refused = [
            NewAccount(login: "ADMIN", kind: .staff, displayName: "重名"),
            NewAccount(login: "ghost", kind: .unit, unitName: "不存在的单位", displayName: "无"),
            NewAccount(login: "two words", kind: .staff, displayName: "x"),
            NewAccount(login: "nameless", kind: .staff, displayName: "  "),
            NewAccount(login: "staffunit", kind: .staff, unitName: "东城区", displayName: "x"),
        ]
        for new in refused {
            Self.expectSameRefusal(
                await Self.failure { () throws(ExchangeStoreError) in
                    try sqlite.createAccount(new, activation: Self.code)
                },
                await Self.failure { () async throws(ExchangeStoreError) in
                    try await postgres.createAccount(new, activation: Self.code)
                })
        }
        let nul = await Self.failure { () async throws(ExchangeStoreError) in
            try await postgres.createAccount(
                NewAccount(login: "nul", kind: .staff, displayName: "a\u{0}b"), activation: Self.code)
        }
        #expect(nul?.kind == .invalidInput && nul?.message.contains("NUL") == true)

        // Activation: once, by the code's hash; the sign-in record is found in any case.
        let adminCode = String(repeating: "1", count: 64)
        let activated = try await postgres.activateAccount(codeHash: adminCode, passwordHash: "h1")
        #expect(activated == (try sqlite.activateAccount(codeHash: adminCode, passwordHash: "h1")))
        #expect(activated.isActivated && activated.login == "Admin")
        let record = try await postgres.signInRecord(login: "aDmIn")
        #expect(record == (try sqlite.signInRecord(login: "aDmIn")) && record?.passwordHash == "h1")
        #expect(try await postgres.signInRecord(login: "nobody") == nil)
        #expect(try await postgres.signInRecord(login: "ad\u{0}min") == nil)
        Self.expectSameRefusal(
            await Self.failure { () throws(ExchangeStoreError) in
                try sqlite.activateAccount(codeHash: adminCode, passwordHash: "again")
            },
            await Self.failure { () async throws(ExchangeStoreError) in
                try await postgres.activateAccount(codeHash: adminCode, passwordHash: "again")
            })
        Self.expectSameRefusal(
            await Self.failure { () throws(ExchangeStoreError) in try sqlite.account(AccountID(rawValue: 99)) },
            await Self.failure { () async throws(ExchangeStoreError) in
                try await postgres.account(AccountID(rawValue: 99))
            })

        // Failed sign-ins count and lock; a reissued code clears the password and the lock.
        for lock in [nil, StoreFixtures.fixedDate + 900] {
            try sqlite.recordFailedSignIn(activated.id, lockUntil: lock)
            try await postgres.recordFailedSignIn(activated.id, lockUntil: lock)
        }
        let locked = try await postgres.account(activated.id)
        #expect(locked == (try sqlite.account(activated.id)))
        #expect(locked.failedSignIns == 2 && locked.lockedUntil == StoreFixtures.fixedDate + 900)
        let reissue = ActivationHash(hash: String(repeating: "e", count: 64), expiresAt: StoreFixtures.fixedDate + 60)
        try sqlite.reissueActivation(activated.id, activation: reissue)
        try await postgres.reissueActivation(activated.id, activation: reissue)
        #expect(try await postgres.account(activated.id) == (try sqlite.account(activated.id)))
        #expect(try await postgres.signInRecord(login: "admin")?.passwordHash == nil)
        #expect(try await postgres.accounts() == (try sqlite.accounts()))
        #expect(try Self.audit(pair.url) == (try Self.audit(sqlite)))
    }

    @Test func expiredCodesAreRefusedAlike() async throws {
        let pair = try await Self.pair()
        let expired = ActivationHash(hash: String(repeating: "b", count: 64), expiresAt: StoreFixtures.fixedDate - 1)
        let new = NewAccount(login: "old", kind: .staff, displayName: "会务组")
        _ = try pair.sqlite.createAccount(new, activation: expired)
        _ = try await pair.postgres.createAccount(new, activation: expired)
        Self.expectSameRefusal(
            await Self.failure { () throws(ExchangeStoreError) in
                try pair.sqlite.activateAccount(codeHash: expired.hash, passwordHash: "p")
            },
            await Self.failure { () async throws(ExchangeStoreError) in
                try await pair.postgres.activateAccount(codeHash: expired.hash, passwordHash: "p")
            })
        #expect(try await pair.postgres.signInRecord(login: "OLD")?.passwordHash == nil)
    }

    @Test func sessionsAreFoundByTheirHashUntilTheyEndOrTheCodeIsReissued() async throws {
        let pair = try await Self.pair()
        let postgres = pair.postgres
        let account = try await postgres.createAccount(
            NewAccount(login: "staff", kind: .staff, displayName: "会务组"), activation: Self.code)
        _ = try await postgres.activateAccount(codeHash: Self.code.hash, passwordHash: "h")
        try await postgres.recordFailedSignIn(account.id, lockUntil: nil)
        let token = String(repeating: "c", count: 64)
        try await AuditScope.$current.withValue(AuditScope(actor: "staff:staff", address: "127.0.0.1")) {
            try await postgres.startSession(
                tokenHash: token, account: account.id, expiresAt: StoreFixtures.fixedDate + 60)
        }
        let session = try await postgres.session(tokenHash: token)
        #expect(session?.account.login == "staff" && session?.expiresAt == StoreFixtures.fixedDate + 60)
        #expect(session?.account.failedSignIns == 0)
        #expect(try PostgresTestServer.psql(pair.url, "SELECT address FROM sessions") == "127.0.0.1")
        let started = "SELECT actor || ' ' || address FROM audit_log WHERE action = 'session.start'"
        #expect(try PostgresTestServer.psql(pair.url, started) == "staff:staff 127.0.0.1")
        // An expired session is not live; nor is one whose account's code was reissued.
        let stale = String(repeating: "d", count: 64)
        try await postgres.startSession(tokenHash: stale, account: account.id, expiresAt: StoreFixtures.fixedDate)
        #expect(try await postgres.session(tokenHash: stale) == nil)
        try await postgres.endSession(tokenHash: token)
        try await postgres.endSession(tokenHash: token)
        #expect(try await postgres.session(tokenHash: token) == nil)
        let ended = "SELECT count(*) FROM audit_log WHERE action = 'session.end'"
        #expect(try PostgresTestServer.psql(pair.url, ended) == "1")
        try await postgres.startSession(
            tokenHash: token, account: account.id, expiresAt: StoreFixtures.fixedDate + 60)
        try await postgres.reissueActivation(account.id, activation: NetworkTests.code)
        #expect(try await postgres.session(tokenHash: token) == nil)
        #expect(try PostgresTestServer.psql(pair.url, "SELECT count(*) FROM sessions") == "0")
    }

    // MARK: Unit scope

    @Test func aDistrictsScopeIsItsSubtreeOnly() async throws {
        let pair = try await Self.pair()
        let district = try await pair.postgres.unitScope(meeting: pair.meeting, unitName: "东城区")
        #expect(district == [try pair.id("东城区"), try pair.id("东华镇"), try pair.id("东安镇")])
        for name in ["市政府", "东城区", "东华镇", "东安镇", "西城区", "外省"] {
            #expect(
                try await pair.postgres.unitScope(meeting: pair.meeting, unitName: name)
                    == (try pair.sqlite.unitScope(meeting: pair.meeting, unitName: name)), "\(name)")
        }
        #expect(try await pair.postgres.unitScope(meeting: MeetingID(rawValue: 99), unitName: "东城区").isEmpty)
        // No unit's name holds a NUL (SQLite reads such a name cut short at the NUL).
        #expect(try await pair.postgres.unitScope(meeting: pair.meeting, unitName: "东城区\u{0}").isEmpty)
        // A cycle put in by hand ends the walk instead of looping.
        try PostgresTestServer.psql(
            pair.url, "UPDATE units SET parent_unit_id = \(try pair.id("东华镇").rawValue) WHERE name = '东城区'")
        let cycle = try await pair.postgres.unitScope(meeting: pair.meeting, unitName: "东城区")
        #expect(cycle == [try pair.id("东城区"), try pair.id("东华镇"), try pair.id("东安镇")])
    }

    // MARK: Notices, inbox, receipts

    @Test func noticesReachTheirAudienceAsInSQLite() async throws {
        let pair = try await Self.pair()
        let (sqlite, postgres) = (pair.sqlite, pair.postgres)
        let agenda = NewAttachment(
            fileName: " 议程.pdf ", contentType: "application/pdf", bytes: Data("%PDF-1.4".utf8))
        let empty = NewAttachment(fileName: "空.txt", contentType: "text/plain", bytes: Data())
        let sends: [(NewNotice, NoticeAudience)] = [
            (
                NewNotice(
                    title: " 会议通知 ", body: "请报名单 😀", deadline: StoreFixtures.fixedDate + 86400,
                    attachments: [agenda, empty]),
                .all
            ),
            (NewNotice(title: "区内通知", body: ""), .subtree(try pair.id("东城区"))),
            (NewNotice(title: "个别通知", body: "x"), .units([try pair.id("西城区"), try pair.id("市政府")])),
        ]
        for (notice, audience) in sends {
            let fromSQLite = try sqlite.sendNotice(notice, to: audience, meeting: pair.meeting)
            let fromPostgres = try await postgres.sendNotice(notice, to: audience, meeting: pair.meeting)
            #expect(fromPostgres == fromSQLite)
        }
        let notices = try await postgres.notices(meeting: pair.meeting)
        #expect(notices == (try sqlite.notices(meeting: pair.meeting)))
        #expect(notices.map(\.recipientCount) == [2, 3, 5] && notices.last?.attachments.count == 2)
        #expect(notices.last?.createdBy == "tester" && notices.last?.title == "会议通知")
        let first = try #require(notices.last)
        #expect(try await postgres.notice(first.id) == (try sqlite.notice(first.id)))
        for info in first.attachments {
            let fromPostgres = try await postgres.attachment(info.id)
            let fromSQLite = try sqlite.attachment(info.id)
            #expect(fromPostgres.info == fromSQLite.info && fromPostgres.bytes == fromSQLite.bytes)
        }
        #expect(try await postgres.attachment(try #require(first.attachments.first?.id)).bytes == agenda.bytes)
        for id in [try pair.id("东华镇")] + [try pair.id("西城区"), try pair.id("市政府")] {
            #expect(try await postgres.inbox(units: [id]) == (try sqlite.inbox(units: [id])))
        }
        let scope = try await postgres.unitScope(meeting: pair.meeting, unitName: "东城区")
        let inbox = try await postgres.inbox(units: scope)
        #expect(inbox == (try sqlite.inbox(units: scope)) && inbox.count == 6)
        #expect(try await postgres.inbox(units: []).isEmpty)
        #expect(try Self.audit(pair.url) == (try Self.audit(sqlite)))

        // Refused alike: unknown notice, attachment, meeting; empty title; slashes; no unit.
        Self.expectSameRefusal(
            await Self.failure { () throws(ExchangeStoreError) in try sqlite.notice(NoticeID(rawValue: 99)) },
            await Self.failure { () async throws(ExchangeStoreError) in
                try await postgres.notice(NoticeID(rawValue: 99))
            })
        Self.expectSameRefusal(
            await Self.failure { () throws(ExchangeStoreError) in try sqlite.attachment(AttachmentID(rawValue: 99)) },
            await Self.failure { () async throws(ExchangeStoreError) in
                try await postgres.attachment(AttachmentID(rawValue: 99))
            })
        let bad: [(NewNotice, NoticeAudience, MeetingID)] = [
            (NewNotice(title: "  ", body: ""), .all, pair.meeting),
            (NewNotice(title: String(repeating: "长", count: 201), body: ""), .all, pair.meeting),
            (
                NewNotice(
                    title: "t", body: "",
                    attachments: [NewAttachment(fileName: "a/b.pdf", contentType: "x", bytes: Data())]),
                .all, pair.meeting
            ),
            (NewNotice(title: "t", body: ""), .all, MeetingID(rawValue: 99)),
            (NewNotice(title: "t", body: ""), .units([]), pair.meeting),
            (NewNotice(title: "t", body: ""), .units([UnitID(rawValue: 99)]), pair.meeting),
            (NewNotice(title: "t", body: ""), .subtree(UnitID(rawValue: 99)), pair.meeting),
        ]
        for (notice, audience, meeting) in bad {
            Self.expectSameRefusal(
                await Self.failure { () throws(ExchangeStoreError) in
                    try sqlite.sendNotice(notice, to: audience, meeting: meeting)
                },
                await Self.failure { () async throws(ExchangeStoreError) in
                    try await postgres.sendNotice(notice, to: audience, meeting: meeting)
                })
        }
        let nul = await Self.failure { () async throws(ExchangeStoreError) in
            try await postgres.sendNotice(NewNotice(title: "t", body: "a\u{0}b"), to: .all, meeting: pair.meeting)
        }
        #expect(nul?.kind == .invalidInput && nul?.message.contains("NUL") == true)
        #expect(try await postgres.notices(meeting: pair.meeting).count == 3)
    }

    @Test func aReceiptIsKeptWhenReadTwice() async throws {
        let pair = try await Self.pair()
        let (sqlite, postgres) = (pair.sqlite, pair.postgres)
        let notice = NewNotice(title: "会议通知", body: "")
        let sent = try await postgres.sendNotice(notice, to: .subtree(try pair.id("东城区")), meeting: pair.meeting)
        _ = try sqlite.sendNotice(notice, to: .subtree(try pair.id("东城区")), meeting: pair.meeting)
        let town = try pair.id("东华镇")
        let first = try await postgres.recordRead(notice: sent.id, unit: town, reader: "东华镇联络员")
        let again = try await AuditScope.$current.withValue(AuditScope(actor: "other", address: nil)) {
            try await postgres.recordRead(notice: sent.id, unit: town, reader: "someone else")
        }
        #expect(first == StoreFixtures.fixedDate && again == first)
        #expect(first == (try sqlite.recordRead(notice: sent.id, unit: town, reader: "东华镇联络员")))
        _ = try sqlite.recordRead(notice: sent.id, unit: town, reader: "someone else")
        let inbox = try await postgres.inbox(units: [town])
        #expect(inbox.first?.readBy == "东华镇联络员" && inbox.first?.readAt == first)
        #expect(inbox == (try sqlite.inbox(units: [town])))
        #expect(try await postgres.notice(sent.id).readCount == 1)
        #expect(try Self.audit(pair.url) == (try Self.audit(sqlite)))
        let reads = "SELECT count(*) FROM audit_log WHERE action = 'notice.read'"
        #expect(try PostgresTestServer.psql(pair.url, reads) == "1")
        // Not sent to that unit, or no such notice: refused alike.
        for (noticeID, unit) in [(sent.id, try pair.id("西城区")), (NoticeID(rawValue: 99), town)] {
            Self.expectSameRefusal(
                await Self.failure { () throws(ExchangeStoreError) in
                    try sqlite.recordRead(notice: noticeID, unit: unit, reader: "x")
                },
                await Self.failure { () async throws(ExchangeStoreError) in
                    try await postgres.recordRead(notice: noticeID, unit: unit, reader: "x")
                })
        }
    }

    @Test func sentNoticesAttachmentsAndReceiptsCannotBeRewrittenThroughPsql() async throws {
        let pair = try await Self.pair()
        let attachment = NewAttachment(fileName: "a.txt", contentType: "text/plain", bytes: Data("a".utf8))
        let notice = try await pair.postgres.sendNotice(
            NewNotice(title: "会议通知", body: "正文", attachments: [attachment]), to: .all, meeting: pair.meeting)
        _ = try await pair.postgres.recordRead(notice: notice.id, unit: try pair.id("市政府"), reader: "x")
        for sql in [
            "UPDATE notices SET body = 'changed'", "DELETE FROM notices",
            "UPDATE notice_attachments SET bytes = 'b'", "DELETE FROM notice_attachments",
            "UPDATE notice_recipients SET read_by = 'forged' WHERE read_at IS NOT NULL",
            "UPDATE notice_recipients SET read_at = NULL, read_by = NULL WHERE read_at IS NOT NULL",
            "DELETE FROM notice_recipients",
        ] {
            #expect(throws: TestSupportError.self, "\(sql)") { try PostgresTestServer.psql(pair.url, sql) }
        }
        #expect(try await pair.postgres.notice(notice.id) == notice.with(readCount: 1))
        let reader = "SELECT read_by FROM notice_recipients WHERE read_at IS NOT NULL"
        #expect(try PostgresTestServer.psql(pair.url, reader) == "x")
    }

    // MARK: The delivery board and read reminders

    @Test func readRemindersAndTheBoardMatchSQLite() async throws {
        let pair = try await Self.pair()
        let (sqlite, postgres) = (pair.sqlite, pair.postgres)
        let notice = NewNotice(title: "会议通知", body: "")
        let sent = try await postgres.sendNotice(notice, to: .all, meeting: pair.meeting)
        _ = try sqlite.sendNotice(notice, to: .all, meeting: pair.meeting)
        _ = try await postgres.recordRead(notice: sent.id, unit: try pair.id("市政府"), reader: "x")
        _ = try sqlite.recordRead(notice: sent.id, unit: try pair.id("市政府"), reader: "x")

        // Rosters and roster reminders, stored by SQLite's own methods and copied into PostgreSQL.
        let good = StoreFixtures.rosterCSV([StoreFixtures.person("D1", "赵一", unit: "东华镇", precedence: 1)])
        _ = try sqlite.submitRosterCSV(unitNamed: "东华镇", meeting: pair.meeting, fileName: "a.csv", raw: good)
        _ = try sqlite.submitRosterCSV(unitNamed: "东华镇", meeting: pair.meeting, fileName: "a2.csv", raw: good)
        let mixed = StoreFixtures.rosterCSV([
            StoreFixtures.person("D2", "钱二", unit: "东安镇", precedence: 1),
            StoreFixtures.person("D3", "孙三", unit: "西城区", precedence: 2),
        ])
        _ = try sqlite.submitRosterCSV(unitNamed: "东安镇", meeting: pair.meeting, fileName: "b.csv", raw: mixed)
        let unreadable = try sqlite.submitRoster(
            unitNamed: "西城区", meeting: pair.meeting, fileName: "c.csv", raw: Data([0xFF, 0xFE, 0x00])
        ) { _ in throw Unreadable() }
        #expect(unreadable.status == .failed)
        let district = Set(try sqlite.unitScope(meeting: pair.meeting, unitName: "东城区"))
        _ = try sqlite.queueReminders(meeting: pair.meeting, deadline: nil, units: district)
        var sql = ""
        // Newest first, so that a superseded file names a successor already copied.
        for submission in try sqlite.submissions(meeting: pair.meeting, unitNamed: nil).reversed() {
            let reason = submission.failureReason.map { _ in "'unreadable'" } ?? "NULL"
            sql += """
                INSERT INTO roster_submissions (id, meeting_id, unit_id, version, received_at, file_name, raw_bytes,
                    byte_count, sha256, status, failure_reason, processed_at, accepted_count, rejected_count,
                    superseded_by)
                VALUES (\(submission.id.rawValue), \(pair.meeting.rawValue), \(submission.unitID.rawValue),
                    \(submission.version), '\(Timestamp.text(submission.receivedAt))', 'f', '\\x00', 1,
                    '\(submission.sha256)', '\(submission.status.rawValue)', \(reason), now(),
                    \(submission.acceptedCount), \(submission.rejectedCount),
                    \(submission.supersededBy.map { "\($0.rawValue)" } ?? "NULL"));
                """
        }
        for reminder in try sqlite.outbox(meeting: pair.meeting, kind: NoticeKind.reminder) {
            sql += """
                INSERT INTO outbox (meeting_id, unit_id, kind, dedupe_key, payload, created_at)
                VALUES (\(pair.meeting.rawValue), \(reminder.unitID.rawValue), 'reminder', '\(reminder.dedupeKey)',
                        'x', now());
                """
        }
        try PostgresTestServer.psql(pair.url, sql)

        let first = try await postgres.queueReadReminders(notice: sent.id, units: district)
        #expect(first == (try sqlite.queueReadReminders(notice: sent.id, units: district)))
        #expect(first.queued == ["东城区", "东华镇", "东安镇"] && first.alreadyQueued.isEmpty)
        let everyone = try await postgres.queueReadReminders(notice: sent.id, units: nil)
        #expect(everyone == (try sqlite.queueReadReminders(notice: sent.id, units: nil)))
        #expect(everyone.queued == ["西城区"] && everyone.alreadyQueued.count == 3 && everyone.skipped == 1)
        let keys = try PostgresTestServer.psql(
            pair.url,
            "SELECT string_agg(dedupe_key || '=' || payload, '|' ORDER BY id) FROM outbox WHERE kind = 'read-reminder'")
        let expected = try sqlite.outbox(meeting: pair.meeting, kind: NoticeKind.readReminder)
            .map { "\($0.dedupeKey)=\($0.payload)" }.joined(separator: "|")
            .trimmingCharacters(in: .newlines)  // as psql prints it
        let firstKey = "read-reminder:\(sent.id.rawValue):\(try pair.id("东城区").rawValue)="
        #expect(keys == expected, "\(keys) != \(expected)")
        #expect(keys.hasPrefix(firstKey))

        for chosen in [sent.id, nil, NoticeID(rawValue: 99)] {
            let board = try await postgres.deliveryBoard(meeting: pair.meeting, notice: chosen)
            let fromSQLite = try sqlite.deliveryBoard(meeting: pair.meeting, notice: chosen)
            #expect(board == fromSQLite, "\(String(describing: chosen))")
        }
        let board = try await postgres.deliveryBoard(meeting: pair.meeting, notice: sent.id)
        #expect(board.map(\.readReminders) == [0, 1, 1, 1, 1] && board.first?.readAt == StoreFixtures.fixedDate)
        #expect(board.map(\.roster) == [.none, .none, .accepted, .rowsRejected, .failed])
        #expect(board.map(\.submissionCount) == [0, 0, 2, 1, 1] && board.map(\.reportReminders) == [0, 1, 0, 0, 0])
        #expect(try await postgres.deliveryBoard(meeting: MeetingID(rawValue: 99), notice: nil).isEmpty)
        let reminded = try Self.audit(pair.url).filter { $0.contains("read-remind") }
        #expect(reminded == (try Self.audit(sqlite)).filter { $0.contains("read-remind") } && reminded.count == 2)
        Self.expectSameRefusal(
            await Self.failure { () throws(ExchangeStoreError) in
                try sqlite.queueReadReminders(notice: NoticeID(rawValue: 99), units: nil)
            },
            await Self.failure { () async throws(ExchangeStoreError) in
                try await postgres.queueReadReminders(notice: NoticeID(rawValue: 99), units: nil)
            })
    }
}

private struct Unreadable: Error {}

extension NoticeInfo {
    fileprivate func with(readCount: Int) -> NoticeInfo {
        var copy = self
        copy.readCount = readCount
        return copy
    }
}
