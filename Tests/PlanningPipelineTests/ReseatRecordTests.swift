import PlanCheck
import Planner
import PlanningPipeline
import SeatPlanCore
import TestSupport
import Testing

/// Re-plan → check → record: the re-planner leaves the change log to the pipeline, which writes
/// it into the plan once, with the quality.
@Suite("Re-planning through the pipeline")
struct ReseatRecordTests {
    static let changes: [ChangeOperation] = [
        .cancel(attendee: "L4"),
        .substitute(attendee: "P9", by: Substitute(id: "S1", name: "李华", title: "副局长", precedence: 50)),
        .blockSeat(seat: "h1-1-1"),
    ]

    @Test("The re-planner returns the standing facts only; the pipeline records the log and quality")
    func recordedOnce() async throws {
        let venue = try SmallMeeting.venue()
        let pipeline = MeetingPipeline(venue: venue)
        let plan = try await pipeline.plan(SmallMeeting.roster()).plan

        let replan = try Reseater(venue: venue).reseat(plan, changes: Self.changes)
        let standing = try #require(replan.plan.changes)
        #expect(standing.moved.isEmpty && standing.seated.isEmpty && standing.unseated.isEmpty)
        #expect(standing.blocked == ["h1-1-1"])
        #expect(replan.plan.quality == plan.quality)

        let result = try await pipeline.reseat(plan, changes: Self.changes)
        let record = try #require(result.plan.changes)
        #expect(record == replan.recordedChanges())
        #expect(
            record.blocked == standing.blocked && record.exempt == standing.exempt && record.vacated == standing.vacated
        )
        #expect(record.unseated.map(\.attendee).sorted() == ["L4", "P9"])
        #expect(record.seated.map(\.attendee) == ["S1"])
        #expect(record.moves > 0)
        #expect(result.plan.assignments == replan.plan.assignments)
        #expect(result.roster.attendees == replan.roster.attendees)

        let quality = result.plan.quality
        #expect(quality.objective == record.moveCost)
        #expect(quality.bound == record.moveBound)
        #expect(quality.status == record.status)
        #expect(quality.protocolViolations == result.report.violations.count)
        #expect(quality.unitSplits == result.report.unitSplits)
        #expect(result.report.isValid, "\(result.report.violations.map(\.description))")
        #expect(result.report == (await PlanChecker(venue: venue, roster: result.roster).check(result.plan)))
    }

    @Test("Wrong changes are rejected before anything is planned or checked")
    func rejected() async throws {
        let venue = try SmallMeeting.venue()
        let pipeline = MeetingPipeline(venue: venue)
        let plan = try await pipeline.plan(SmallMeeting.roster()).plan
        await #expect(throws: ChangeSetError.self) {
            try await pipeline.reseat(plan, changes: [.cancel(attendee: "NOBODY")])
        }
    }
}
