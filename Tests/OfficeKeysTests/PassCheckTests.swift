import ExchangeBridge
import Foundation
import OfficeKeys
import SeatPlanCore
import Testing

@Suite("Pass codes at the door: admitted, forged, altered, foreign, superseded, cancelled")
struct PassCheckTests {
    static let meeting = MeetingID(rawValue: 4)
    static let zhang = OfficeKeyFixtures.seat("p-17", "张三", seat: "F1-C-3-17", label: "一楼 3排17号")
    static let li = OfficeKeyFixtures.seat("市财政局/李四", "李四", seat: "F1-C-3-18", label: "一楼 3排18号")

    static func check(_ key: UnlockedOfficeKey, seats: [SeatAssignment] = [zhang, li], version: Int = 2) -> PassCheck {
        PassCheck(meeting: meeting, key: key.publicKey, plan: OfficeKeyFixtures.plan(seats), version: version)
    }

    static func code(_ seat: SeatAssignment, meeting: MeetingID = meeting, version: Int = 2) -> PassCode {
        PassCode(meeting: meeting, planVersion: version, attendee: seat.attendee, seat: seat.seat)
    }

    @Test("A genuine current pass is admitted with its seat, in a compact upper-case code")
    func admitted() throws {
        let key = try OfficeKeyFixtures.unlocked()
        let text = try Self.code(Self.li).text(signedBy: key)
        #expect(text.hasPrefix("SP1"))
        #expect(text.allSatisfy { $0.isUppercase || $0.isNumber })
        #expect(text.count < 200)
        let verdict = Self.check(key).check(text)
        #expect(verdict.outcome == .admitted)
        #expect(verdict.code == Self.code(Self.li))
        #expect(verdict.message.contains("一楼 3排18号"))
        // A scanner may type it in lower case and end it with Enter.
        #expect(Self.check(key).check(text.lowercased() + "\n").outcome == .admitted)
    }

    @Test("A pass printed from an earlier version whose seat did not change is still good")
    func anEarlierVersionWithTheSameSeatIsGood() throws {
        let key = try OfficeKeyFixtures.unlocked()
        let text = try Self.code(Self.zhang, version: 1).text(signedBy: key)
        #expect(Self.check(key, version: 3).check(text).outcome == .admitted)
    }

    @Test("Every changed character of a code makes it forged or unreadable, never admitted")
    func alteredCodesAreRefused() throws {
        let key = try OfficeKeyFixtures.unlocked()
        let text = Array(try Self.code(Self.zhang).text(signedBy: key))
        let check = Self.check(key)
        for index in stride(from: 3, to: text.count, by: 7) {
            var changed = text
            changed[index] = changed[index] == "A" ? "B" : "A"
            let outcome = check.check(String(changed)).outcome
            #expect(outcome == .forged || outcome == .unreadable, "position \(index)")
        }
    }

    @Test("A code re-encoded with another seat but the old signature is forged")
    func aSeatSwappedCodeIsForged() throws {
        let key = try OfficeKeyFixtures.unlocked()
        let genuine = try Self.code(Self.zhang).text(signedBy: key)
        let forged = try Self.code(Self.li).text(signedBy: try OfficeKeyFixtures.otherKey())
        // Another office's key signs a perfectly formed code: still forged here.
        #expect(Self.check(key).check(forged).outcome == .forged)
        #expect(Self.check(key).check(genuine).outcome == .admitted)
    }

    @Test("Another meeting's genuine pass is refused as such")
    func anotherMeetingsPass() throws {
        let key = try OfficeKeyFixtures.unlocked()
        let text = try Self.code(Self.zhang, meeting: MeetingID(rawValue: 5)).text(signedBy: key)
        #expect(Self.check(key).check(text).outcome == .otherMeeting)
    }

    @Test("A pass revoked by a later version names the new seat; a cancelled person is not seated")
    func supersededAndCancelled() throws {
        let key = try OfficeKeyFixtures.unlocked()
        let text = try Self.code(Self.zhang, version: 1).text(signedBy: key)
        var moved = Self.zhang
        moved.seat = "F1-C-5-2"
        moved.label = "一楼 5排2号"
        let verdict = Self.check(key, seats: [moved, Self.li], version: 2).check(text)
        #expect(verdict.outcome == .superseded)
        #expect(verdict.message == "证件已作废（已重印），现座位 一楼 5排2号")
        let cancelled = Self.check(key, seats: [Self.li], version: 3).check(text)
        #expect(cancelled.outcome == .notSeated(version: 3))
    }

    @Test("Text that is not a pass code is unreadable", arguments: ["", "hello", "SP1", "SP1!!!!", "SP2ABCDEF"])
    func unreadable(text: String) throws {
        #expect(Self.check(try OfficeKeyFixtures.unlocked()).check(text).outcome == .unreadable)
    }
}
