import ExchangeBridge
import Foundation
import HTTPTypes
import Hummingbird
import PlanningPipeline
import SeatPlanCore
import VenueLibrary

/// Meetings, their overview, "Plan now", reminders and uploads.
struct MeetingRoutes {
    let desk: MeetingDesk

    func register(on router: Router<WorkbenchContext>) {
        router.get("api/meetings") { _, _ in try await meetings() }
        router.post("api/meetings") { request, _ in
            var request = request
            return try await create(try await request.json(NewMeeting.self))
        }
        router.get("api/venues") { _, _ in try JSONReply.response(VenueChoices.shipped()) }
        router.get("api/meetings/:meeting") { _, context in try await overview(try workspace(context)) }
        router.post("api/meetings/:meeting/plan") { _, context in try await planNow(try workspace(context)) }
        router.post("api/meetings/:meeting/reminders") { _, context in
            let workspace = try await workspace(context)
            let result = try await desk.store.queueReminders(meeting: workspace.meeting.id, deadline: nil, units: nil)
            return try JSONReply.response(["queued": result.queued.count, "alreadyQueued": result.alreadyQueued.count])
        }
        router.post("api/meetings/:meeting/units") { request, context in
            var request = request
            let workspace = try await workspace(context)
            let units = try UnitsCSV.parse(try await request.bodyData(), file: "units.csv")
            let saved = try await desk.store.saveUnits(units, meeting: workspace.meeting.id)
            return try JSONReply.response(["added": saved.added, "updated": saved.updated])
        }
        router.post("api/meetings/:meeting/rosters") { request, context in
            var request = request
            let workspace = try await workspace(context)
            guard let unit = request.query("unit"), !unit.isEmpty else {
                throw APIError.badRequest("say which unit the roster is from: ?unit=NAME")
            }
            return try await RosterUpload(store: desk.store, commits: desk.rosterCommits).submit(
                try await request.bodyData(), unit: unit, fileName: request.query("file") ?? "\(unit).csv",
                meeting: workspace.meeting.id)
        }
    }

    private func workspace(_ context: WorkbenchContext) async throws -> MeetingWorkspace {
        try await desk.workspace(try context.parameters.id("meeting", what: "meeting"))
    }

    private func meetings() async throws -> Response {
        struct Line: Encodable {
            let id: Int64
            let name: String
            let venue: String?
            let date: String?
            let latestVersion: Int?
            let createdAt: Date
        }
        var lines: [Line] = []
        for meeting in try await desk.store.meetings() {
            // A meeting without a setup (made by `seatplan store`) is listed without venue and date.
            let workspace = try? await desk.workspace(meeting.id.rawValue)
            let latest = try await desk.store.planVersions(meeting: meeting.id).last?.version
            lines.append(
                Line(
                    id: meeting.id.rawValue, name: meeting.name, venue: workspace?.venue.name,
                    date: workspace?.setup.date, latestVersion: latest, createdAt: meeting.createdAt))
        }
        return try JSONReply.response(["meetings": lines])
    }

    /// `POST /api/meetings`.
    struct NewMeeting: Decodable {
        let name: String
        let venue: String
        let date: String?
    }

    private func create(_ request: NewMeeting) async throws -> Response {
        let name = request.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 200 else {
            throw APIError(.unprocessableContent, "a meeting needs a name (at most 200 characters)")
        }
        if try await desk.store.meeting(named: name) != nil {
            throw APIError(.conflict, "a meeting called '\(name)' exists already")
        }
        let setup = try VenueChoices.setup(venue: request.venue, date: request.date ?? "")
        let meeting = try await desk.store.findOrCreateMeeting(named: name)
        try await desk.store.saveMeetingSetup(setup, meeting: meeting.id)
        return try JSONReply.response(["id": meeting.id.rawValue], status: .created)
    }

    private func overview(_ workspace: MeetingWorkspace) async throws -> Response {
        let status = try await desk.store.submissionOverview(meeting: workspace.meeting.id, deadline: nil)
        let reminders = try await desk.store.outbox(meeting: workspace.meeting.id, kind: NoticeKind.reminder).count
        let versions = try await desk.versions(workspace)
        return try JSONReply.response(
            OverviewPayload(workspace: workspace, overview: status, reminders: reminders, versions: versions))
    }

    /// "Plan now": pull the units' rosters, plan, check and store as the next version, with
    /// progress published to the meeting's pages.
    private func planNow(_ workspace: MeetingWorkspace) async throws -> Response {
        let events = desk.events
        let id = workspace.id
        let base = try await desk.latestVersion(workspace)
        events.publish(.progress(step: "pull", message: "收取各单位名单"), meeting: id)
        let merged = try await desk.store.mergedRoster(meeting: workspace.meeting.id)
        guard !merged.attendees.isEmpty else {
            throw APIError(.unprocessableContent, "no unit has submitted a roster yet, so there is no one to seat")
        }
        let roster = Roster(attendees: merged.attendees, source: "pull", encoding: .utf8)
        events.publish(.progress(step: "plan", message: "编排 \(roster.attendees.count) 人"), meeting: id)
        let planned = try await workspace.pipeline.plan(roster, meeting: workspace.meeting.name)
        let violations = planned.plan.quality.protocolViolations
        events.publish(.progress(step: "check", message: "独立校验：\(violations) 项违规"), meeting: id)
        events.publish(.progress(step: "store", message: "保存新版本"), meeting: id)
        let pushed = try await desk.store.push(
            planJSON: try planned.plan.jsonData(), fileName: "plan.json", documents: [], meeting: workspace.meeting.id,
            condition: PushCondition(basedOnVersion: base ?? 0), beforeCommit: nil)
        let version = pushed.plan.info.version
        events.publish(.progress(step: "done", message: "第 \(version) 版已保存"), meeting: id)
        events.publish(.plan(version: version, moves: 0, by: "plan"), meeting: id)
        struct Answer: Encodable {
            let version: Int
            let summary: [String]
            let quality: PlanQuality
        }
        return try JSONReply.response(
            Answer(
                version: version,
                summary: PlanSummary.lines(planned.plan, roster: roster, output: "plan version \(version)"),
                quality: planned.plan.quality),
            status: .created)
    }
}
