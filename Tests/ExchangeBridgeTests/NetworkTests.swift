import Foundation
import SeatPlanCore
import Testing

@testable import ExchangeBridge

/// Accounts, sessions, notices, read receipts, reminders and the delivery board of the exchange
/// network ("3 of 6"), on a real SQLite store.
@Suite struct NetworkTests {
    /// A meeting of a city tree: 市政府 → 东城区 → 东华镇, 东城区 → 东安镇, and 西城区 apart.
    static func cityStore() throws -> (ExchangeStore, Meeting, [String: UnitID]) {
        let store = try StoreFixtures.freshStore()
        let meeting = try store.findOrCreateMeeting(named: "市工作会议")
        _ = try store.saveUnits(
            [
                UnitDetails(name: "市政府", officialOrder: 1),
                UnitDetails(name: "东城区", officialOrder: 2, parent: "市政府", mobile: "13811112222"),
                UnitDetails(name: "东华镇", officialOrder: 3, parent: "东城区"),
                UnitDetails(name: "东安镇", officialOrder: 4, parent: "东城区"),
                UnitDetails(name: "西城区", officialOrder: 5, parent: "市政府"),
            ], meeting: meeting.id)
        let ids = Dictionary(
            uniqueKeysWithValues: try store.units(meeting: meeting.id).map { ($0.details.name, $0.id) })
        return (store, meeting, ids)
    }

    static let code = ActivationHash(hash: String(repeating: "a", count: 64), expiresAt: StoreFixtures.fixedDate + 3600)

    @Test func anAccountActivatesOnceWithItsCode() throws {
        let (store, _, _) = try Self.cityStore()
        let account = try store.createAccount(
            NewAccount(login: "dongcheng", kind: .unit, unitName: "东城区", displayName: "东城区办公室"),
            activation: Self.code)
        #expect(!account.isActivated)
        #expect(try store.signInRecord(login: "DongCheng")?.passwordHash == nil)
        let activated = try store.activateAccount(codeHash: Self.code.hash, passwordHash: "pbkdf2$x")
        #expect(activated.isActivated && activated.id == account.id)
        #expect(try store.signInRecord(login: "dongcheng")?.passwordHash == "pbkdf2$x")
        #expect(throws: ExchangeStoreError.self) {
            try store.activateAccount(codeHash: Self.code.hash, passwordHash: "again")
        }
    }

    @Test func expiredCodesUnknownUnitsAndTakenLoginsAreRefused() throws {
        let (store, _, _) = try Self.cityStore()
        let expired = ActivationHash(hash: String(repeating: "b", count: 64), expiresAt: StoreFixtures.fixedDate - 1)
        _ = try store.createAccount(NewAccount(login: "old", kind: .staff, displayName: "会务组"), activation: expired)
        #expect(throws: ExchangeStoreError.self) {
            try store.activateAccount(codeHash: expired.hash, passwordHash: "p")
        }
        #expect(throws: ExchangeStoreError.self) {
            try store.createAccount(NewAccount(login: "OLD", kind: .staff, displayName: "重名"), activation: Self.code)
        }
        #expect(throws: ExchangeStoreError.self) {
            try store.createAccount(
                NewAccount(login: "ghost", kind: .unit, unitName: "不存在的单位", displayName: "无"), activation: Self.code)
        }
    }

    @Test func sessionsAreFoundByTheirHashUntilTheyEnd() throws {
        let (store, _, _) = try Self.cityStore()
        let account = try store.createAccount(
            NewAccount(login: "staff", kind: .staff, displayName: "会务组"), activation: Self.code)
        _ = try store.activateAccount(codeHash: Self.code.hash, passwordHash: "h")
        try store.recordFailedSignIn(account.id, lockUntil: nil)
        #expect(try store.account(account.id).failedSignIns == 1)
        let token = String(repeating: "c", count: 64)
        try store.acting(as: "staff", from: "127.0.0.1").startSession(
            tokenHash: token, account: account.id, expiresAt: StoreFixtures.fixedDate + 60)
        #expect(try store.session(tokenHash: token)?.account.login == "staff")
        #expect(try store.account(account.id).failedSignIns == 0)
        try store.endSession(tokenHash: token)
        #expect(try store.session(tokenHash: token) == nil)
        let started = try store.auditLog(limit: 10).first { $0.action == "session.start" }
        #expect(started?.address == "127.0.0.1" && started?.actor == "staff")
    }

    @Test func aDistrictReachesItsSubtreeOnly() throws {
        let (store, meeting, ids) = try Self.cityStore()
        let scope = try store.unitScope(meeting: meeting.id, unitName: "东城区")
        #expect(scope == [ids["东城区"], ids["东华镇"], ids["东安镇"]].compactMap { $0 })
        #expect(try store.unitScope(meeting: meeting.id, unitName: "东华镇") == [ids["东华镇"]].compactMap { $0 })
        #expect(try store.unitScope(meeting: meeting.id, unitName: "外省").isEmpty)
    }

    @Test func noticesReachTheirAudienceAndKeepTheFirstReceipt() throws {
        let (store, meeting, ids) = try Self.cityStore()
        let agenda = NewAttachment(fileName: "议程.pdf", contentType: "application/pdf", bytes: Data("%PDF-1.4".utf8))
        let all = try store.sendNotice(
            NewNotice(title: "会议通知", body: "请报名单", deadline: StoreFixtures.fixedDate + 86400, attachments: [agenda]),
            to: .all, meeting: meeting.id)
        #expect(all.recipientCount == 5 && all.readCount == 0 && all.attachments.count == 1)
        let district = try store.sendNotice(
            NewNotice(title: "区内通知", body: ""), to: .subtree(try #require(ids["东城区"])), meeting: meeting.id)
        #expect(district.recipientCount == 3)
        let chosen = try store.sendNotice(
            NewNotice(title: "个别通知", body: ""), to: .units([try #require(ids["西城区"])]), meeting: meeting.id)
        #expect(chosen.recipientCount == 1)

        let town = try #require(ids["东华镇"])
        #expect(try store.inbox(units: [town]).map(\.notice.title) == ["区内通知", "会议通知"])
        let first = try store.recordRead(notice: all.id, unit: town, reader: "东华镇联络员")
        let again = try store.recordRead(notice: all.id, unit: town, reader: "someone else")
        #expect(first == again)
        #expect(try store.inbox(units: [town]).last?.readBy == "东华镇联络员")
        #expect(throws: ExchangeStoreError.self) {
            try store.recordRead(notice: chosen.id, unit: town, reader: "东华镇联络员")
        }
        let attachment = try store.attachment(try #require(all.attachments.first?.id))
        #expect(attachment.bytes == agenda.bytes && attachment.info.fileName == "议程.pdf")
    }

    @Test func readRemindersGoOncePerUnitAndNoticeToThoseWhoHaveNotRead() throws {
        let (store, meeting, ids) = try Self.cityStore()
        let notice = try store.sendNotice(NewNotice(title: "会议通知", body: ""), to: .all, meeting: meeting.id)
        _ = try store.recordRead(notice: notice.id, unit: try #require(ids["市政府"]), reader: "x")
        let district = Set(try store.unitScope(meeting: meeting.id, unitName: "东城区"))
        let first = try store.queueReadReminders(notice: notice.id, units: district)
        #expect(first.queued == ["东城区", "东华镇", "东安镇"] && first.alreadyQueued.isEmpty)
        let everyone = try store.queueReadReminders(notice: notice.id, units: nil)
        #expect(everyone.queued == ["西城区"] && everyone.alreadyQueued.count == 3 && everyone.skipped == 1)
        let board = try store.deliveryBoard(meeting: meeting.id, notice: notice.id)
        #expect(board.map(\.readReminders) == [0, 1, 1, 1, 1])
        #expect(board.first?.readAt != nil && board.allSatisfy(\.noticeSent))
        let outbox = try store.outbox(meeting: meeting.id, kind: NoticeKind.readReminder)
        #expect(outbox.count == 4 && outbox.allSatisfy { $0.payload.contains("会议通知") })
        #expect(!outbox.map(\.payload).joined().contains("13811112222"))
    }

    @Test func theBoardFollowsRostersAndDistrictRemindersStayInTheDistrict() throws {
        let (store, meeting, ids) = try Self.cityStore()
        let good = StoreFixtures.rosterCSV([StoreFixtures.person("D1", "赵一", unit: "东华镇", precedence: 1)])
        _ = try store.submitRosterCSV(unitNamed: "东华镇", meeting: meeting.id, fileName: "a.csv", raw: good)
        let mixed = StoreFixtures.rosterCSV([
            StoreFixtures.person("D2", "钱二", unit: "东安镇", precedence: 1),
            StoreFixtures.person("D3", "孙三", unit: "西城区", precedence: 2),
        ])
        _ = try store.submitRosterCSV(unitNamed: "东安镇", meeting: meeting.id, fileName: "b.csv", raw: mixed)
        let district = Set(try store.unitScope(meeting: meeting.id, unitName: "东城区"))
        let reminded = try store.queueReminders(meeting: meeting.id, deadline: nil, units: district)
        #expect(reminded.queued == ["东城区"])
        let board = try store.deliveryBoard(meeting: meeting.id, notice: nil)
        let byName = Dictionary(uniqueKeysWithValues: board.map { ($0.unitName, $0) })
        #expect(byName["东华镇"]?.roster == .accepted && byName["东安镇"]?.roster == .rowsRejected)
        #expect(byName["东安镇"]?.rejectedRows == 1 && byName["西城区"]?.roster == RosterState.none)
        #expect(byName["东城区"]?.reportReminders == 1 && byName["西城区"]?.reportReminders == 0)
        #expect(board.allSatisfy { !$0.noticeSent } && byName["东华镇"]?.parentID == ids["东城区"])
    }

    @Test func aPushPutsOneSeatNoticeInTheInboxOfEveryUnitWithPeople() throws {
        let (store, meeting, ids) = try Self.cityStore()
        let people = [
            StoreFixtures.person("P1", "周一", unit: "东城区", precedence: 1),
            StoreFixtures.person("P2", "吴二", unit: "西城区", precedence: 2),
        ]
        let json = try StoreFixtures.plan(seating: people).jsonData()
        _ = try store.push(planJSON: json, fileName: "PLAN.json", documents: [], meeting: meeting.id)
        _ = try store.push(planJSON: json, fileName: "PLAN.json", documents: [], meeting: meeting.id)
        let notices = try store.notices(meeting: meeting.id)
        #expect(notices.count == 1 && notices.first?.category == .seatNotice && notices.first?.recipientCount == 2)
        #expect(try store.inbox(units: [try #require(ids["东城区"])]).count == 1)
        #expect(try store.inbox(units: [try #require(ids["东华镇"])]).isEmpty)
    }

    @Test func aLateChangeNotifiesOnlyTheUnitsItChanged() throws {
        let (store, meeting, ids) = try Self.cityStore()
        let people = [
            StoreFixtures.person("P1", "周一", unit: "东城区", precedence: 1),
            StoreFixtures.person("P2", "吴二", unit: "西城区", precedence: 2),
        ]
        let first = StoreFixtures.plan(seating: people)
        _ = try store.push(planJSON: try first.jsonData(), fileName: "PLAN.json", documents: [], meeting: meeting.id)
        var second = StoreFixtures.plan(seating: people, objective: 2)
        second.changes = PlanChanges(
            policy: LateChangePolicy(),
            moved: [SeatMove(attendee: "P1", name: "周一", from: "F1-1-1", to: "F1-1-3", fromLabel: "1", toLabel: "3")])
        let result = try store.push(
            planJSON: try second.jsonData(), fileName: "PLAN.json", documents: [], meeting: meeting.id)
        #expect(result.noticesQueued == 1)
        let latest = try #require(try store.notices(meeting: meeting.id).first)
        #expect(latest.category == .seatNotice && latest.recipientCount == 1)
        #expect(try store.inbox(units: [try #require(ids["西城区"])]).count == 1)
        #expect(try store.inbox(units: [try #require(ids["东城区"])]).count == 2)
    }

    @Test func sentNoticesAndReceiptsCannotBeRewritten() throws {
        let (store, meeting, ids) = try Self.cityStore()
        let notice = try store.sendNotice(NewNotice(title: "会议通知", body: "正文"), to: .all, meeting: meeting.id)
        _ = try store.recordRead(notice: notice.id, unit: try #require(ids["市政府"]), reader: "x")
        for sql in [
            "UPDATE notices SET body = 'changed'", "DELETE FROM notices",
            "UPDATE notice_recipients SET read_by = 'forged' WHERE read_at IS NOT NULL",
            "DELETE FROM notice_recipients",
        ] {
            #expect(throws: ExchangeStoreError.self) { try store.executeRawSQL(sql) }
        }
    }
}

/// A file already read, stored with its rows in one transaction.
@Suite struct OneTransactionSubmissionTests {
    @Test func aReadFileIsStoredWithItsRowsAndSupersedesTheLastOne() throws {
        let (store, meeting) = try StoreFixtures.storeWithUnits()
        let unit = "市委办公室"
        let csv = StoreFixtures.rosterCSV([StoreFixtures.person("A1", "张三", unit: unit, precedence: 1)])
        let first = try store.submitParsedRoster(
            try RosterIntake.parse(csv, file: "a.csv", unit: unit), unitNamed: unit, meeting: meeting.id,
            fileName: "a.csv", raw: csv)
        let second = try store.submitParsedRoster(
            try RosterIntake.parse(csv, file: "b.csv", unit: unit), unitNamed: unit, meeting: meeting.id,
            fileName: "b.csv", raw: csv)
        #expect(first.status == .parsed && second.version == 2)
        let submissions = try store.submissions(meeting: meeting.id, unitNamed: unit)
        #expect(submissions.map(\.isCurrent) == [false, true] && submissions.last?.acceptedCount == 1)
        #expect(try store.rawFile(of: second.id) == csv)
    }

    @Test func rowsTheStoreCannotKeepWriteNothing() throws {
        let (store, meeting) = try StoreFixtures.storeWithUnits()
        let unit = "市委办公室"
        let csv = StoreFixtures.rosterCSV([StoreFixtures.person("A1", "张\u{0}三", unit: unit, precedence: 1)])
        let parsed = try RosterIntake.parse(csv, file: "a.csv", unit: unit)
        #expect(throws: ExchangeStoreError.self) {
            try store.submitParsedRoster(parsed, unitNamed: unit, meeting: meeting.id, fileName: "a.csv", raw: csv)
        }
        #expect(try store.submissions(meeting: meeting.id, unitNamed: unit).isEmpty)
    }
}
