import PlanCheck
import Planner
import PlanningPipeline
import SeatPlanCore
import TestSupport
import Testing

/// Plan → check → stamp: the pipeline's plan is the planner's, with the checker's figures.
@Suite("Planning through the pipeline")
struct PlanStampingTests {
    @Test("The plan is the planner's; violations and unit splits are the checker's")
    func stamped() async throws {
        let venue = try SmallMeeting.venue(rows: 2)
        // Units of 4, 8 and 3 in two rows of 10: one unit must split.
        let roster = SmallMeeting.roster([("U1", 4), ("U2", 8), ("U3", 3)])
        let planned = try await MeetingPipeline(venue: venue).plan(roster, meeting: "测试")
        let unchecked = try MeetingPlanner(venue: venue).plan(roster, meeting: "测试")
        #expect(planned.plan.assignments == unchecked.assignments)
        #expect(planned.plan.unseated == unchecked.unseated)
        #expect(planned.plan.quality.status == unchecked.quality.status)
        #expect(planned.plan.quality.objective == unchecked.quality.objective)

        let report = await PlanChecker(venue: venue, roster: roster).check(unchecked)
        #expect(planned.report == report)
        #expect(planned.plan.quality.protocolViolations == report.violations.count)
        #expect(planned.plan.quality.unitSplits == report.unitSplits)
        #expect(report.unitSplits == 1)
    }

    @Test("A broken plan's violations are counted by the pipeline's check")
    func checkAlone() async throws {
        let venue = try SmallMeeting.venue()
        let roster = SmallMeeting.roster()
        let pipeline = MeetingPipeline(venue: venue)
        var plan = try await pipeline.plan(roster).plan
        #expect(plan.quality.protocolViolations == 0)
        // Two members of different units swap seats.
        let first = try #require(plan.assignments.firstIndex { $0.attendee == "P1" })
        let last = try #require(plan.assignments.firstIndex { $0.attendee == "P26" })
        let seat = plan.assignments[first].seat
        plan.assignments[first].seat = plan.assignments[last].seat
        plan.assignments[last].seat = seat
        let report = await pipeline.check(plan, roster: roster)
        #expect(!report.isValid)
        #expect(report == (await PlanChecker(venue: venue, roster: roster).check(plan)))
    }

    @Test("A prepared checker finds what a plain one finds")
    func preparedChecker() async throws {
        let venue = try SmallMeeting.venue()
        let roster = SmallMeeting.roster()
        let plan = try MeetingPlanner(venue: venue).plan(roster)
        let checker = PlanChecker(venue: venue, roster: roster)
        let prepared = await checker.prepared()
        #expect(await prepared.check(plan) == (await checker.check(plan)))
    }
}
