import ExchangeBridge
import Foundation
import HTTPTypes
import Hummingbird
import OfficeKeys
import SeatPlanCore

/// Plan versions: the list, the diff between any two, and restoring an old one as a new one.
struct VersionRoutes {
    let desk: MeetingDesk

    func register(on router: Router<WorkbenchContext>) {
        router.get("api/meetings/:meeting/versions") { _, context in
            let workspace = try await desk.workspace(try context.parameters.id("meeting", what: "meeting"))
            return try JSONReply.response(["versions": try await desk.versions(workspace).map(VersionSummary.init)])
        }
        router.get("api/meetings/:meeting/versions/diff") { request, context in
            let workspace = try await desk.workspace(try context.parameters.id("meeting", what: "meeting"))
            guard let from = try request.integerQuery("from"), let to = try request.integerQuery("to") else {
                throw APIError.badRequest("say which versions to compare: ?from=1&to=2")
            }
            return try JSONReply.response(try await VersionDiff.between(from, to, of: workspace, desk: desk))
        }
        router.get("api/meetings/:meeting/versions/:version/verification") { _, context in
            let meeting = try await desk.meeting(try context.parameters.id("meeting", what: "meeting"))
            let number = Int(try context.parameters.id("version", what: "plan version"))
            let document: DocumentVerification
            do {
                document = try await DocumentVerification.planVersion(number, store: desk.store, meeting: meeting)
            } catch let error as ExchangeStoreError where error.kind == .notFound {
                throw APIError.notFound("plan version \(number) of meeting \(meeting.id.rawValue)")
            }
            return try JSONReply.response(try await DocumentCheck(store: desk.store).check(document))
        }
        router.post("api/meetings/:meeting/versions/:version/restore") { request, context in
            var request = request
            let workspace = try await desk.workspace(try context.parameters.id("meeting", what: "meeting"))
            let number = Int(try context.parameters.id("version", what: "plan version"))
            let base = try await request.json(RestoreRequest.self).baseVersion
            return try await restore(workspace, version: number, base: base)
        }
    }

    struct RestoreRequest: Decodable {
        let baseVersion: Int
    }

    /// Stores plan version `number` again as the newest version (with a note saying so), if
    /// `base` is still the newest.
    private func restore(_ workspace: MeetingWorkspace, version number: Int, base: Int) async throws -> Response {
        var plan = try await desk.plan(workspace, version: number).plan
        plan.notes = (plan.notes ?? []) + ["restored from plan version \(number) on top of version \(base)"]
        let pushed: PushResult
        do {
            pushed = try await desk.store.push(
                planJSON: try plan.jsonData(), fileName: "plan-restored.json", documents: [],
                meeting: workspace.meeting.id, condition: PushCondition(basedOnVersion: base), beforeCommit: nil)
        } catch let error as ExchangeStoreError where error.kind == .conflict {
            throw APIError(
                .conflict, "the plan changed: \(error.message)", latestVersion: try await desk.latestVersion(workspace))
        }
        let version = pushed.plan.info.version
        desk.events.publish(.plan(version: version, moves: 0, by: "restore"), meeting: workspace.id)
        return try JSONReply.response(["version": version], status: .created)
    }
}

/// Who moved, was seated or lost their seat between two versions, with their units and the
/// printed seat labels.
struct VersionDiff: Encodable {
    struct Moved: Encodable {
        let attendee: String
        let name: String
        let unit: String
        let from: String
        let to: String
    }

    struct Changed: Encodable {
        let attendee: String
        let name: String
        let unit: String
        let seat: String
        let reason: String
    }

    let from: Int
    let to: Int
    let moved: [Moved]
    let seated: [Changed]
    let unseated: [Changed]

    /// The store's diff of versions `from` and `to`, with units from the two plans.
    static func between(_ from: Int, _ to: Int, of workspace: MeetingWorkspace, desk: MeetingDesk) async throws
        -> VersionDiff
    {
        let diff = try await desk.store.planDiff(meeting: workspace.meeting.id, from: from, to: to)
        var units: [String: String] = [:]
        for version in [from, to] {
            for seat in try await desk.plan(workspace, version: version).plan.assignments {
                units[seat.attendee] = seat.unit
            }
        }
        return VersionDiff(diff, units: units)
    }

    init(_ diff: PlanVersionDiff, units: [String: String]) {
        self.init(
            from: diff.from, to: diff.to, moved: diff.moved, seated: diff.seated, unseated: diff.unseated, units: units)
    }

    /// The diff a late change recorded in its new plan (`after.changes`) against the plan it was
    /// made on, with units from both plans.
    init(from: Int, to: Int, before: SeatPlan, after: SeatPlan) {
        let units = Dictionary(
            (before.assignments + after.assignments).map { ($0.attendee, $0.unit) }, uniquingKeysWith: { _, new in new }
        )
        let changes = after.changes
        self.init(
            from: from, to: to, moved: changes?.moved ?? [], seated: changes?.seated ?? [],
            unseated: changes?.unseated ?? [], units: units)
    }

    private init(
        from: Int, to: Int, moved: [SeatMove], seated: [SeatChange], unseated: [SeatChange], units: [String: String]
    ) {
        self.from = from
        self.to = to
        self.moved = moved.map {
            Moved(
                attendee: $0.attendee, name: $0.name, unit: units[$0.attendee] ?? "", from: $0.fromLabel, to: $0.toLabel
            )
        }
        let changed = { (change: SeatChange) in
            Changed(
                attendee: change.attendee, name: change.name, unit: units[change.attendee] ?? "", seat: change.label,
                reason: change.reason)
        }
        self.seated = seated.map(changed)
        self.unseated = unseated.map(changed)
    }
}
