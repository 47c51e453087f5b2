import ExchangeBridge
import Foundation
import Testing

/// Many read rosters stored in one transaction, each in a savepoint of its own.
@Suite struct GroupCommitTests {
    private static func upload(
        _ unit: String, _ name: String, file: String, meeting: Meeting, by actor: String
    ) throws -> ParsedRosterUpload {
        let csv = StoreFixtures.rosterCSV([StoreFixtures.person("\(unit)/\(name)", name, unit: unit, precedence: 1)])
        return ParsedRosterUpload(
            try RosterIntake.parse(csv, file: file, unit: unit), unitNamed: unit, meeting: meeting.id,
            fileName: file, raw: csv, audit: AuditScope(actor: actor, address: "127.0.0.\(file.count)"))
    }

    @Test func oneFailingUploadLeavesTheOthersOfItsCommitStanding() throws {
        let (store, meeting) = try StoreFixtures.storeWithUnits()
        var unreadable = try Self.upload("市政府办公室", "王五", file: "c.csv", meeting: meeting, by: "unit:c")
        unreadable.fileName = "c\u{0}.csv"
        let uploads = [
            try Self.upload("市委办公室", "张三", file: "a.csv", meeting: meeting, by: "unit:a"),
            try Self.upload("不存在的单位", "李四", file: "b.csv", meeting: meeting, by: "unit:b"),
            unreadable,
            try Self.upload("市委办公室", "赵六", file: "dd.csv", meeting: meeting, by: "unit:d"),
            try Self.upload("市政府办公室", "钱七", file: "eee.csv", meeting: meeting, by: "unit:e"),
        ]
        let results = store.submitParsedRosters(uploads)
        #expect(results.count == 5)
        #expect((try? results[0].get())?.version == 1)
        #expect(throws: ExchangeStoreError.self) { try results[1].get() }
        #expect(throws: ExchangeStoreError.self) { try results[2].get() }
        #expect((try? results[3].get())?.version == 2)
        #expect((try? results[4].get())?.version == 1)

        let first = try store.submissions(meeting: meeting.id, unitNamed: "市委办公室")
        #expect(first.map(\.fileName) == ["a.csv", "dd.csv"] && first.map(\.isCurrent) == [false, true])
        #expect(try store.submissions(meeting: meeting.id, unitNamed: "市政府办公室").map(\.fileName) == ["eee.csv"])
        // Each upload is audited as its own sender, from its own address; the failed ones not at all.
        let audit = try store.auditLog(limit: 50).filter { $0.action.hasPrefix("submission.") }
        #expect(Set(audit.map(\.actor)) == ["unit:a", "unit:d", "unit:e"])
        #expect(audit.filter { $0.actor == "unit:d" }.allSatisfy { $0.address == "127.0.0.6" })
    }

    @Test func anEmptyCommitWritesNothing() throws {
        let (store, _) = try StoreFixtures.storeWithUnits()
        let before = try store.auditLog(limit: 50).count
        #expect(store.submitParsedRosters([]).isEmpty)
        #expect(try store.auditLog(limit: 50).count == before)
    }
}
