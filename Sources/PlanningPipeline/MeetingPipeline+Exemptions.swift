import PlanCheck
import SeatPlanCore

extension MeetingPipeline {
    /// Records manual moves a planner confirmed although they break rules (`violations`, found
    /// by judging the people without their pins): the people become exempt from the order rules
    /// (``PlanChanges/exempt``), each confirmation is noted in the plan's notes with the rules it
    /// breaks, and the plan is checked and stamped again.
    public func exempting(_ attendees: Set<String>, breaking violations: [PlanViolation], in result: ReseatResult)
        async -> ReseatResult
    {
        guard !attendees.isEmpty, var changes = result.plan.changes else { return result }
        var plan = result.plan
        let broken = Dictionary(grouping: violations.filter { $0.attendee != nil }) { $0.attendee ?? "" }
        changes.exempt = Array(Set(changes.exempt).union(attendees)).sorted()
        plan.changes = changes
        var notes = plan.notes ?? []
        for attendee in attendees.sorted() {
            let rules = Set((broken[attendee] ?? []).map(\.rule)).sorted().joined(separator: ", ")
            notes.append(
                "exemption confirmed: \(attendee) placed by hand" + (rules.isEmpty ? "" : " (breaks \(rules))"))
        }
        plan.notes = notes
        let report = await check(plan, roster: result.roster)
        plan.quality.protocolViolations = report.violations.count
        plan.quality.unitSplits = report.unitSplits
        return ReseatResult(plan: plan, roster: result.roster, report: report)
    }
}
