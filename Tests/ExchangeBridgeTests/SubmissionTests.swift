import Foundation
import SeatPlanCore
import Testing

@testable import ExchangeBridge

/// Roster submissions: raw files kept before parsing, rows with verdicts, resubmissions that
/// supersede without deleting.
struct SubmissionTests {
    static let header = "id,name,unit,unit_order,precedence,role,title,gender,tags\n"

    /// A parse result with one accepted and one rejected row.
    static func parsedRows() -> ParsedRoster {
        ParsedRoster(
            encoding: "gb18030",
            rows: [
                SubmittedRow(
                    line: 2, rawText: "A001,张三,市委办公室,1,1,rostrum,书记,男,",
                    fields: RosterFields(
                        attendee: Attendee(
                            id: "A001", name: "张三", unit: "市委办公室", unitOrder: 1, precedence: 1, role: .rostrum,
                            title: "书记", gender: .male))),
                SubmittedRow(
                    line: 3, rawText: "A002,李四,市委办公室,1,first,member,,,",
                    fields: RosterFields(
                        id: "A002", name: "李四", unit: "市委办公室", unitOrder: "1", precedence: "first",
                        role: "member", title: "", gender: "", tags: ""),
                    rejection: RowRejection(field: "precedence", reason: "precedence 'first' is not a whole number")),
            ])
    }

    @Test func aSubmissionKeepsItsRawBytesAndItsRows() throws {
        let (store, meeting) = try StoreFixtures.storeWithUnits()
        // GB18030 bytes of the header plus a line, with a byte sequence that is not UTF-8.
        var raw = Data(Self.header.utf8)
        raw.append(contentsOf: [0xD5, 0xC5, 0xC8, 0xFD, 0x0A])
        let receipt = try store.submitRoster(
            unitNamed: "市委办公室", meeting: meeting.id, fileName: "名单.csv", raw: raw
        ) { _ in Self.parsedRows() }
        #expect(receipt.version == 1)
        #expect(receipt.status == .parsed)
        #expect(try store.rawFile(of: receipt.id) == raw)
        #expect(try store.rows(of: receipt.id) == Self.parsedRows().rows)

        let submission = try #require(try store.submissions(meeting: meeting.id).first)
        #expect(submission.unitName == "市委办公室")
        #expect(submission.fileName == "名单.csv")
        #expect(submission.byteCount == raw.count)
        #expect(submission.sha256 == SHA256.hex(raw))
        #expect(submission.encoding == "gb18030")
        #expect(submission.acceptedCount == 1 && submission.rejectedCount == 1)
        #expect(submission.isCurrent)
        #expect(submission.receivedAt == StoreFixtures.fixedDate)
    }

    @Test func theRawFileIsCommittedBeforeParsing() throws {
        let (store, meeting) = try StoreFixtures.storeWithUnits()
        let receipt = try store.receiveSubmission(
            unitNamed: "市政府办公室", meeting: meeting.id, fileName: "list.csv", raw: Data(Self.header.utf8))
        #expect(receipt.status == .received)
        // A second store (another process, say) sees it before any parsing happened.
        let other = try ExchangeStore(path: store.path)
        let seen = try #require(try other.submissions(meeting: meeting.id, unitNamed: "市政府办公室").first)
        #expect(seen.status == .received)
        #expect(try other.rawFile(of: receipt.id) == Data(Self.header.utf8))
    }

    @Test func aResubmissionSupersedesWithoutDeleting() throws {
        let (store, meeting) = try StoreFixtures.storeWithUnits()
        let first = try store.submitRoster(
            unitNamed: "市委办公室", meeting: meeting.id, fileName: "v1.csv", raw: Data("first".utf8)
        ) { _ in Self.parsedRows() }
        let second = try store.submitRoster(
            unitNamed: "市委办公室", meeting: meeting.id, fileName: "v2.csv", raw: Data("second".utf8)
        ) { _ in
            ParsedRoster(encoding: "utf-8", rows: [Self.parsedRows().rows[0]])
        }
        #expect(second.version == 2)
        let all = try store.submissions(meeting: meeting.id, unitNamed: "市委办公室")
        #expect(all.map(\.version) == [1, 2])
        #expect(all[0].supersededBy == second.id)
        #expect(!all[0].isCurrent && all[1].isCurrent)
        #expect(try store.rawFile(of: first.id) == Data("first".utf8))
        #expect(try store.rows(of: first.id).count == 2)
        // The store refuses to delete a submission even through raw SQL.
        let error = #expect(throws: ExchangeStoreError.self) {
            try store.executeRawSQL("DELETE FROM roster_submissions WHERE id = \(first.id.rawValue)")
        }
        #expect(error?.message.contains("never deleted") == true)
    }

    @Test func anUnreadableFileFailsAndTheEarlierRosterStaysCurrent() throws {
        struct Unreadable: Error, CustomStringConvertible {
            var description: String { "名单.csv: not UTF-8 or GB18030 text" }
        }
        let (store, meeting) = try StoreFixtures.storeWithUnits()
        let good = try store.submitRoster(
            unitNamed: "市委办公室", meeting: meeting.id, fileName: "ok.csv", raw: Data("ok".utf8)
        ) { _ in Self.parsedRows() }
        let bad = try store.submitRoster(
            unitNamed: "市委办公室", meeting: meeting.id, fileName: "名单.csv", raw: Data([0xFF, 0xFE, 0x00])
        ) { _ in
            throw Unreadable()
        }
        #expect(bad.status == .failed)
        let all = try store.submissions(meeting: meeting.id)
        #expect(all.first { $0.id == good.id }?.isCurrent == true)
        #expect(all.first { $0.id == bad.id }?.failureReason == "名单.csv: not UTF-8 or GB18030 text")
        #expect(try store.rawFile(of: bad.id) == Data([0xFF, 0xFE, 0x00]))
    }

    @Test func aSubmissionCannotBeReadTwice() throws {
        let (store, meeting) = try StoreFixtures.storeWithUnits()
        let receipt = try store.submitRoster(
            unitNamed: "市委办公室", meeting: meeting.id, fileName: "a.csv", raw: Data("a".utf8)
        ) { _ in Self.parsedRows() }
        let error = #expect(throws: ExchangeStoreError.self) {
            try store.recordParsedRoster(Self.parsedRows(), submission: receipt.id)
        }
        #expect(error?.kind == .conflict)
    }

    @Test func anUnknownUnitIsNamedInTheError() throws {
        let (store, meeting) = try StoreFixtures.storeWithUnits()
        let error = #expect(throws: ExchangeStoreError.self) {
            try store.receiveSubmission(unitNamed: "不存在的单位", meeting: meeting.id, fileName: "x.csv", raw: Data())
        }
        #expect(error?.kind == .notFound)
        #expect(error?.message.contains("不存在的单位") == true)
        #expect(try store.rowCounts().first { $0.table == "roster_submissions" }?.rows == 0)
    }

    @Test func longAndUnusualTextIsStoredIntact() throws {
        let (store, meeting) = try StoreFixtures.storeWithUnits()
        let long = String(repeating: "长", count: 10_000)
        let odd = "O'Brien \"引号\" 😀 𠀀 end; DROP TABLE units; --"
        let row = SubmittedRow(
            line: 2, rawText: long, fields: RosterFields(id: odd, name: long, title: odd),
            rejection: RowRejection(field: "unit", reason: odd))
        let receipt = try store.submitRoster(
            unitNamed: "市委办公室", meeting: meeting.id, fileName: odd, raw: Data(long.utf8)
        ) { _ in
            ParsedRoster(encoding: "utf-8", rows: [row])
        }
        #expect(try store.rows(of: receipt.id) == [row])
        #expect(try store.submissions(meeting: meeting.id).first?.fileName == odd)
    }

    @Test func textWithANULCharacterIsRefusedRatherThanCutShort() throws {
        let (store, meeting) = try StoreFixtures.storeWithUnits()
        let receipt = try store.receiveSubmission(
            unitNamed: "市委办公室", meeting: meeting.id, fileName: "a.csv", raw: Data("A1,张\u{0}三".utf8))
        let row = SubmittedRow(line: 2, fields: RosterFields(id: "A1", name: "张\u{0}三"))
        let error = #expect(throws: ExchangeStoreError.self) {
            try store.recordParsedRoster(ParsedRoster(encoding: "utf-8", rows: [row]), submission: receipt.id)
        }
        #expect(error?.kind == .invalidInput)
        #expect(error?.message.contains("roster line 2: field 'name'") == true)
        // The raw file, NUL included, is kept intact: BLOBs are byte-exact.
        #expect(try store.rawFile(of: receipt.id) == Data("A1,张\u{0}三".utf8))
    }
}
