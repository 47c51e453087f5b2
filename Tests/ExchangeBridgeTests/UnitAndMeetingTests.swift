import Foundation
import Testing

@testable import ExchangeBridge

/// Meetings and units: created once, updated in place, audited without personal data.
struct UnitAndMeetingTests {
    @Test func aMeetingIsCreatedOnceAndFoundByName() throws {
        let store = try StoreFixtures.freshStore()
        let created = try store.findOrCreateMeeting(named: "第一次会议")
        #expect(try store.findOrCreateMeeting(named: "第一次会议") == created)
        #expect(try store.meeting(named: "第一次会议") == created)
        #expect(try store.meeting(named: "别的会议") == nil)
        #expect(try store.auditLog().filter { $0.action == "meeting.create" }.count == 1)
        #expect(throws: ExchangeStoreError.self) { try store.findOrCreateMeeting(named: "  ") }
    }

    @Test func unitsAreAddedUpdatedAndLinkedToParents() throws {
        let (store, meeting) = try StoreFixtures.storeWithUnits()
        let result = try store.saveUnits(
            [
                UnitDetails(name: "西湖区", officialOrder: 3),
                UnitDetails(name: "西湖区北山街道", officialOrder: 4, parent: "西湖区"),
                UnitDetails(
                    name: "市委办公室", officialOrder: 1, contactPerson: "李四", officePhone: "0571-9999",
                    mobile: "13800000000"),
                UnitDetails(name: "市政府办公室", officialOrder: 2),
            ], meeting: meeting.id)
        #expect(result == UnitsSaveResult(added: 2, updated: 1, unchanged: 1))
        let units = try store.units(meeting: meeting.id)
        #expect(units.map(\.details.name) == ["市委办公室", "市政府办公室", "西湖区", "西湖区北山街道"])
        #expect(units[3].details.parent == "西湖区")
        #expect(units[0].details.officePhone == "0571-9999")
    }

    @Test func phoneNumbersNeverReachTheAuditLog() throws {
        let (store, meeting) = try StoreFixtures.storeWithUnits()
        _ = try store.saveUnits(
            [
                UnitDetails(
                    name: "市委办公室", officialOrder: 1, contactPerson: "李四", officePhone: "0571-7777",
                    mobile: "13912345678")
            ],
            meeting: meeting.id)
        let log = try store.auditLog()
        #expect(log.contains { $0.action == "unit.update" && $0.detail.contains("office_phone") })
        #expect(!log.contains { $0.detail.contains("0571") || $0.detail.contains("139") || $0.detail.contains("138") })
    }

    @Test func anUnknownParentIsRefusedAndNothingIsSaved() throws {
        let (store, meeting) = try StoreFixtures.storeWithUnits()
        let error = #expect(throws: ExchangeStoreError.self) {
            try store.saveUnits([UnitDetails(name: "某街道", officialOrder: 9, parent: "某区")], meeting: meeting.id)
        }
        #expect(error?.message.contains("某区") == true)
        #expect(try store.units(meeting: meeting.id).count == 2)
    }
}
