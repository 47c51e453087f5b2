import ExchangeBridge
import Foundation
import HTTPTypes
import PlanCheck
import PlanningPipeline
import SeatPlanCore

/// Late changes from the seat map, through the same pipeline as `seatplan reseat`: preview
/// (re-plan and check, store nothing) and apply (the same again, then stored as the next plan
/// version on the condition that the version it was made on is still the newest).
struct LateChangeDesk {
    let desk: MeetingDesk

    /// What the change would do.
    func preview(_ workspace: MeetingWorkspace, body: Data) async throws -> ChangePreview {
        let (request, _, result) = try await replan(workspace, body: body)
        return ChangePreview(
            baseVersion: request.baseVersion, result: result, placedByHand: request.placedByHand,
            byHand: await brokenByHand(request, result: result, pipeline: workspace.pipeline))
    }

    /// What `apply` answers.
    struct Applied: Encodable {
        let version: Int
        let moves: Int
        /// The new version against the one the change was made on.
        let diff: VersionDiff
        let preview: ChangePreview
    }

    /// Re-plans and stores the result as the next version; 409 when the plan changed meanwhile,
    /// 428 when a manual move breaks a rule and was not confirmed.
    func apply(_ workspace: MeetingWorkspace, body: Data) async throws -> Applied {
        let (request, base, result) = try await replan(workspace, body: body)
        let byHand = await brokenByHand(request, result: result, pipeline: workspace.pipeline)
        let preview = ChangePreview(
            baseVersion: request.baseVersion, result: result, placedByHand: request.placedByHand, byHand: byHand)
        if preview.needsConfirmation && !request.confirm {
            throw APIError(
                .preconditionRequired,
                "this manual move breaks \(preview.check.violations) rule(s); confirm it as an exemption to apply it")
        }
        let final =
            preview.needsConfirmation
            ? await workspace.pipeline.exempting(request.placedByHand, breaking: byHand, in: result) : result
        let pushed: PushResult
        let json = try final.plan.jsonData()
        do {
            pushed = try await desk.store.push(
                planJSON: json, fileName: "plan-from-map.json", documents: [],
                meeting: workspace.meeting.id,
                condition: PushCondition(basedOnVersion: request.baseVersion, requestID: request.requestID),
                beforeCommit: desk.beforeCommit)
        } catch {
            // A typed throw: `error` is the store's.
            guard error.kind == .conflict else { throw error }
            throw try await conflict(workspace, error: error)
        }
        let version = pushed.plan.info.version
        await desk.remember(final.plan, json: json, info: pushed.plan.info, workspace: workspace)
        desk.events.publish(.plan(version: version, moves: preview.moves.count, by: "map"), meeting: workspace.id)
        // The new version's own change log is its diff from the base: no need to read both back.
        let diff = VersionDiff(from: request.baseVersion, to: version, before: base, after: final.plan)
        return Applied(version: version, moves: preview.moves.count, diff: diff, preview: preview)
    }

    /// The rules the people placed by hand break: a pin always wins (docs/protocol.md R1.8), so
    /// the checker accepts a pinned person anywhere; judged without this request's pins, the same
    /// plan shows what the manual move costs. Only findings the pinned plan does not have count.
    private func brokenByHand(_ request: ChangeRequest, result: ReseatResult, pipeline: MeetingPipeline) async
        -> [PlanViolation]
    {
        guard !request.placedByHand.isEmpty, var changes = result.plan.changes else { return [] }
        var judged = result.plan
        changes.pins = changes.pins.filter { !request.placedByHand.contains($0.key) }
        changes.exempt = changes.exempt.filter { !request.placedByHand.contains($0) }
        judged.changes = changes
        let known = Set(result.report.violations.map(\.description))
        return await pipeline.check(judged, roster: result.roster).violations.filter { !known.contains($0.description) }
    }

    /// Reads the request against the newest version and re-plans it: the request, the plan it
    /// was made on, and the checked re-plan.
    private func replan(_ workspace: MeetingWorkspace, body: Data) async throws
        -> (ChangeRequest, SeatPlan, ReseatResult)
    {
        let latest = try await desk.plan(workspace, version: nil)
        let seats = Dictionary(latest.plan.assignments.map { ($0.attendee, $0.seat) }, uniquingKeysWith: { a, _ in a })
        let request = try ChangeRequest(json: body, seatOf: { seats[$0] })
        guard request.baseVersion == latest.info.version else {
            throw APIError(
                .conflict,
                "the plan changed: version \(latest.info.version) is current, this change was made on version "
                    + "\(request.baseVersion); the map reloads, please make the change again",
                latestVersion: latest.info.version)
        }
        try request.requireKnownAttendees(in: latest.plan, version: latest.info.version)
        let result = try await workspace.pipeline.reseat(latest.plan, changes: request.operations)
        return (request, latest.plan, result)
    }

    private func conflict(_ workspace: MeetingWorkspace, error: ExchangeStoreError) async throws -> APIError {
        let latest = try await desk.latestVersion(workspace)
        return APIError(
            .conflict, "the plan changed: \(error.message); the map reloads, please make the change again",
            latestVersion: latest)
    }
}
