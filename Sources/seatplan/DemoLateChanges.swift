import ExchangeBridge
import Foundation
import PlanningPipeline
import Render
import SeatPlanCore

extension DemoRun {
    /// An hour before the meeting: a rostrum leader cancels, a hall delegate sends a substitute,
    /// a late delegate arrives and a seat is found broken. Re-plans with the fewest moves,
    /// reprints only the changed cards, pushes the new version and returns the summary lines.
    func lateChanges(
        plan: SeatPlan, venue: Venue, roster: Roster, title: ChartTitle, store: any ExchangeStorage, meeting: MeetingID
    ) async throws -> [String] {
        let leaders = plan.assignments.filter { $0.area == .rostrum }.sorted { $0.precedence < $1.precedence }
        let hall = plan.assignments.filter { $0.area == .hall }
        guard leaders.count > 4, hall.count > 60 else { return [] }
        let late = hall[30]
        let operations: [ChangeOperation] = [
            .cancel(attendee: leaders[3].attendee),
            .substitute(
                attendee: hall[10].attendee,
                by: Substitute(id: "L9002", name: "李华", title: "副局长", precedence: hall[10].precedence)),
            .add(
                Attendee(
                    id: "L9001", name: "王小明", unit: late.unit, unitOrder: late.unitOrder ?? 1, precedence: 9000,
                    role: .member)),
            .blockSeat(seat: hall[50].seat),
        ]
        let result = try await MeetingPipeline(venue: venue).reseat(plan, changes: operations, roster: roster)
        let newPlan = result.plan
        let newURL = outputFolder.appendingPathComponent("plan-v2.json")
        let newJSON = try newPlan.jsonData()
        try CommandFiles.write(newJSON, to: newURL)
        try CommandFiles.write(
            RosterCSV.encode(result.roster.attendees), to: outputFolder.appendingPathComponent("plan-v2.roster.csv"))
        var reprint = newPlan
        let changedCards = Set(newPlan.changes?.cardsToReprint ?? [])
        reprint.assignments = newPlan.assignments.filter { changedCards.contains($0.attendee) }
        let cards = try NameCards.render(
            try PlacedPlan(plan: reprint, venue: venue), options: RenderOptions(font: .kai, title: title))
        let chart = try SeatChart.render(
            try PlacedPlan(plan: newPlan, venue: venue, highlightChanges: true), options: RenderOptions(title: title))
        let documents = [
            NewDocument(kind: .cards, fileName: "cards-changed.pdf", content: cards),
            NewDocument(kind: .chart, fileName: "chart-v2.pdf", content: chart),
        ]
        for document in documents {
            try CommandFiles.write(document.content, to: outputFolder.appendingPathComponent(document.fileName))
        }
        let pushed = try await store.push(
            planJSON: newJSON, fileName: "plan-v2.json", documents: documents, meeting: meeting, beforeCommit: nil)
        let diff = try await store.planDiff(meeting: meeting, from: 1, to: pushed.plan.info.version)
        let record = newPlan.changes
        return [
            "  changes   \(operations.map(\.summary).joined(separator: "; "))",
            "  reseat    \(record?.moves ?? 0) moved (weighted \(Int(record?.moveCost ?? 0)), "
                + "\(record?.status == .optimal ? "the proven minimum" : "lower bound \(Int(record?.moveBound ?? 0))"))"
                + ", \(record?.seated.count ?? 0) seated, \(record?.unseated.count ?? 0) unseated, "
                + "\(newPlan.quality.protocolViolations) violations → \(newURL.relativePath)",
            "  reprint   \(changedCards.count) cards → cards-changed.pdf; chart with changed seats framed → "
                + "chart-v2.pdf",
            "  push      plan version \(pushed.plan.info.version); store diff v1 → v\(diff.to): \(diff.moved.count) "
                + "moved, \(diff.seated.count) seated, \(diff.unseated.count) unseated",
        ]
    }
}
