import Foundation
import SeatPlanCore
import Testing

@testable import ExchangeBridge

/// Plan versions: stored whole in one transaction, read back equal, never stored twice.
struct PlanStorageTests {
    @Test func aSavedPlanReadsBackEqual() throws {
        let (store, meeting) = try StoreFixtures.storeWithUnits()
        let plan = StoreFixtures.samplePlan()
        let saved = try store.savePlan(plan, meeting: meeting.id)
        #expect(saved.isNew)
        #expect(saved.info.version == 1)
        #expect(saved.info.seatedCount == 3 && saved.info.unseatedCount == 1)
        #expect(saved.info.createdAt == StoreFixtures.fixedDate)
        #expect(try store.fetchTexts("SELECT created_at FROM plan_versions") == ["2025-02-19T21:20:00.000Z"])

        let latest = try #require(try store.latestPlan(meeting: meeting.id))
        #expect(latest.plan == plan)
        #expect(latest.json == (try plan.jsonData()))
        #expect(latest.info == saved.info)
        #expect(try store.assignments(of: saved.info.id).map(\.attendee) == ["A001", "A002", "A003"])
        #expect(try store.assignments(of: saved.info.id, unit: "市委办公室").map(\.name) == ["张三", "王喆𠀀"])
        #expect(try store.assignments(of: saved.info.id) == plan.assignments)
    }

    @Test func savingTheSamePlanAgainWritesNothing() throws {
        let (store, meeting) = try StoreFixtures.storeWithUnits()
        let first = try store.savePlan(StoreFixtures.samplePlan(), meeting: meeting.id)
        let countsBefore = try store.rowCounts()
        let again = try store.savePlan(StoreFixtures.samplePlan(), meeting: meeting.id)
        #expect(!again.isNew)
        #expect(again.info == first.info)
        #expect(try store.rowCounts() == countsBefore)

        let changed = try store.savePlan(StoreFixtures.samplePlan(objective: 13), meeting: meeting.id)
        #expect(changed.isNew)
        #expect(changed.info.version == 2)
        #expect(try store.latestPlan(meeting: meeting.id)?.plan.quality.objective == 13)
        #expect(try store.planVersions(meeting: meeting.id).map(\.version) == [1, 2])
    }

    @Test func aPlanFileIsStoredByteForByte() throws {
        let (store, meeting) = try StoreFixtures.storeWithUnits()
        // Compact JSON rather than the pretty form: the stored text must be the file's.
        let compact = try JSONEncoder().encode(StoreFixtures.samplePlan())
        let saved = try store.savePlan(json: compact, fileName: "PLAN.json", meeting: meeting.id)
        #expect(try store.plan(saved.info.id).json == compact)
        #expect(saved.info.contentHash == SHA256.hex(compact))
        #expect(try store.savePlan(json: compact, fileName: "copy.json", meeting: meeting.id).isNew == false)
    }

    @Test func anInvalidPlanFileIsRefusedAndNothingIsWritten() throws {
        let (store, meeting) = try StoreFixtures.storeWithUnits()
        let before = try store.rowCounts()
        let error = #expect(throws: ExchangeStoreError.self) {
            try store.savePlan(json: Data("{\"venue\": 1}".utf8), fileName: "bad.json", meeting: meeting.id)
        }
        #expect(error?.kind == .invalidInput)
        #expect(error?.message.contains("bad.json") == true)
        #expect(try store.rowCounts() == before)
    }

    @Test func aPlanThatSeatsTwoPeopleInOneSeatIsRolledBackWhole() throws {
        let (store, meeting) = try StoreFixtures.storeWithUnits()
        var plan = StoreFixtures.samplePlan()
        plan.assignments[1].seat = plan.assignments[0].seat
        let before = try store.rowCounts()
        let error = #expect(throws: ExchangeStoreError.self) { try store.savePlan(plan, meeting: meeting.id) }
        #expect(error?.kind == .conflict)
        #expect(try store.rowCounts() == before)
    }

    @Test func savingAPlanIsAudited() throws {
        let (store, meeting) = try StoreFixtures.storeWithUnits()
        let saved = try store.acting(as: "planner-wang").savePlan(StoreFixtures.samplePlan(), meeting: meeting.id)
        let entry = try #require(try store.auditLog(limit: 1).first)
        #expect(entry.action == "plan.save")
        #expect(entry.actor == "planner-wang")
        #expect(entry.subject == "plan_version:\(saved.info.id.rawValue)")
        #expect(entry.detail.contains(saved.info.contentHash))
    }

    @Test func aPlanForAnUnknownMeetingIsRefused() throws {
        let store = try StoreFixtures.freshStore()
        let error = #expect(throws: ExchangeStoreError.self) {
            try store.savePlan(StoreFixtures.samplePlan(), meeting: MeetingID(rawValue: 42))
        }
        #expect(error?.kind == .notFound)
    }
}
