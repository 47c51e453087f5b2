import ExchangeBridge
import Foundation
import HTTPTypes
import PlanningPipeline
import SeatPlanCore

/// Late changes from the seat map, through the same pipeline as `seatplan reseat`: preview
/// (re-plan and check, store nothing) and apply (the same again, then stored as the next plan
/// version on the condition that the version it was made on is still the newest).
struct LateChangeDesk {
    let desk: MeetingDesk

    /// What the change would do.
    func preview(_ workspace: MeetingWorkspace, body: Data) async throws -> ChangePreview {
        let (request, base, result) = try await replan(workspace, body: body)
        return ChangePreview(
            baseVersion: request.baseVersion, result: result, placedByHand: request.placedByHand,
            violationsBefore: base.plan.quality.protocolViolations)
    }

    /// What `apply` answers.
    struct Applied: Encodable, Sendable {
        let version: Int
        let moves: Int
        let preview: ChangePreview
    }

    /// Re-plans and stores the result as the next version; 409 when the plan changed meanwhile,
    /// 428 when a manual move breaks a rule and was not confirmed.
    func apply(_ workspace: MeetingWorkspace, body: Data) async throws -> Applied {
        let (request, base, result) = try await replan(workspace, body: body)
        let preview = ChangePreview(
            baseVersion: request.baseVersion, result: result, placedByHand: request.placedByHand,
            violationsBefore: base.plan.quality.protocolViolations)
        if preview.needsConfirmation && !request.confirm {
            throw APIError(
                .preconditionRequired,
                "this manual move breaks \(preview.check.violations) rule(s); confirm it as an exemption to apply it")
        }
        let final =
            preview.needsConfirmation ? await workspace.pipeline.exempting(request.placedByHand, in: result) : result
        let pushed: PushResult
        do {
            pushed = try await desk.store.push(
                planJSON: try final.plan.jsonData(), fileName: "plan-from-map.json", documents: [],
                meeting: workspace.meeting.id,
                condition: PushCondition(basedOnVersion: request.baseVersion, requestID: request.requestID),
                beforeCommit: nil)
        } catch let error as ExchangeStoreError where error.kind == .conflict {
            throw try await conflict(workspace, error: error)
        }
        let version = pushed.plan.info.version
        desk.events.publish(.plan(version: version, moves: preview.moves.count, by: "map"), meeting: workspace.id)
        return Applied(version: version, moves: preview.moves.count, preview: preview)
    }

    private func replan(_ workspace: MeetingWorkspace, body: Data) async throws
        -> (ChangeRequest, StoredPlan, ReseatResult)
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
        let result = try await workspace.pipeline.reseat(latest.plan, changes: request.operations)
        return (request, latest, result)
    }

    private func conflict(_ workspace: MeetingWorkspace, error: ExchangeStoreError) async throws -> APIError {
        let latest = try await desk.latestVersion(workspace)
        return APIError(
            .conflict, "the plan changed: \(error.message); the map reloads, please make the change again",
            latestVersion: latest)
    }
}
