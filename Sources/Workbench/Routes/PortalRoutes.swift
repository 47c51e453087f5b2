import ExchangeBridge
import Foundation
import HTTPTypes
import Hummingbird
import OfficeKeys
import Render
import SeatPlanCore

/// The units' portal: a unit reads its notices (a read receipt is taken on opening), downloads
/// attachments and its seat notice, and uploads its roster; a district does the same for the
/// units below it and reminds them.
///
/// Every route finds the signed-in unit's reach first (its unit of the meeting and the units
/// below it); anything outside it (another unit's id, a notice not sent to the unit) is a 404
/// that names only what was asked for, so nothing of other units leaks.
struct PortalRoutes {
    let desk: MeetingDesk

    /// The signed-in unit's reach in one meeting.
    struct Reach {
        let meeting: MeetingID
        /// The account's own unit.
        let own: UnitID
        /// The own unit and every unit below it.
        let units: [UnitID]
        let identity: Identity

        func require(_ unit: UnitID) throws {
            guard units.contains(unit) else { throw APIError.notFound("unit \(unit.rawValue)") }
        }
    }

    func register(on router: Router<WorkbenchContext>) {
        router.get("api/portal/meetings") { _, context in try await meetings(try context.requireIdentity()) }
        router.get("api/portal/meetings/:meeting/inbox") { _, context in
            let reach = try await reach(context)
            return try JSONReply.response(["items": try await desk.store.inbox(units: [reach.own])])
        }
        router.get("api/portal/meetings/:meeting/notices/:notice") { _, context in
            let reach = try await reach(context)
            let item = try await inboxItem(try context.parameters.id("notice", what: "notice"), reach: reach)
            let readAt = try await desk.store.recordRead(
                notice: item.notice.id, unit: reach.own, reader: reach.identity.account.displayName)
            if item.readAt == nil { desk.events.publish(.board("read"), meeting: reach.meeting.rawValue) }
            var seats: [SeatAssignment]?
            if let version = item.notice.planVersionID {
                seats = try await unitSeats(version, unit: item.unitName)
            }
            return try JSONReply.response(
                OpenedNotice(notice: item.notice, unitName: item.unitName, readAt: readAt, seats: seats))
        }
        router.get("api/portal/meetings/:meeting/notices/:notice/verification") { _, context in
            let reach = try await reach(context)
            let item = try await inboxItem(try context.parameters.id("notice", what: "notice"), reach: reach)
            let document = try DocumentVerification.notice(item.notice)
            return try JSONReply.response(try await DocumentCheck(store: desk.store).check(document))
        }
        router.get("api/portal/meetings/:meeting/notices/:notice/attachments/:attachment") { _, context in
            let reach = try await reach(context)
            let item = try await inboxItem(try context.parameters.id("notice", what: "notice"), reach: reach)
            return try await AttachmentDownload.response(
                store: desk.store, notice: item.notice,
                attachment: AttachmentID(rawValue: try context.parameters.id("attachment", what: "attachment")))
        }
        router.get("api/portal/meetings/:meeting/notices/:notice/seats.pdf") { _, context in
            let reach = try await reach(context)
            let item = try await inboxItem(try context.parameters.id("notice", what: "notice"), reach: reach)
            guard let version = item.notice.planVersionID else { throw APIError.notFound("a seat notice") }
            return try await seatNoticePDF(version, unit: item.unitName, reach: reach)
        }
        router.get("api/portal/meetings/:meeting/units") { _, context in
            let reach = try await reach(context)
            let rows = try await desk.store.deliveryBoard(meeting: reach.meeting, notice: nil)
            return try JSONReply.response(["units": rows.filter { reach.units.contains($0.unitID) }])
        }
        router.get("api/portal/meetings/:meeting/units/:unit/submissions") { _, context in
            let reach = try await reach(context)
            let unit = try await unit(context, reach: reach)
            return try JSONReply.response(["submissions": try await submissions(of: unit, meeting: reach.meeting)])
        }
        router.post("api/portal/meetings/:meeting/units/:unit/rosters") { request, context in
            var request = request
            let reach = try await reach(context)
            let unit = try await unit(context, reach: reach)
            let fileName = request.query("file").flatMap { $0.isEmpty ? nil : $0 } ?? "\(unit.details.name).csv"
            let response = try await RosterUpload(store: desk.store, commits: desk.rosterCommits).submit(
                try await request.bodyData(), unit: unit.details.name, fileName: fileName, meeting: reach.meeting,
                unitIsKnown: true)
            desk.events.publish(.board("roster"), meeting: reach.meeting.rawValue)
            return response
        }
        router.post("api/portal/meetings/:meeting/reminders") { _, context in
            let reach = try await reach(context)
            let below = Set(reach.units.filter { $0 != reach.own })
            guard !below.isEmpty else { throw APIError(.forbidden, "only a unit with units below it sends reminders") }
            let result = try await desk.store.queueReminders(meeting: reach.meeting, deadline: nil, units: below)
            desk.events.publish(.board("reminders"), meeting: reach.meeting.rawValue)
            return try JSONReply.response(
                ReminderRun(queued: result.queued, alreadyQueued: result.alreadyQueued, skipped: result.submittedCount))
        }
    }

    /// A notice as the unit reads it, with its own seats for a seat notice.
    struct OpenedNotice: Encodable {
        let notice: NoticeInfo
        let unitName: String
        let readAt: Date
        let seats: [SeatAssignment]?
    }

    private func meetings(_ identity: Identity) async throws -> Response {
        struct Line: Encodable {
            let id: Int64
            let name: String
            let unit: String
            let unitCount: Int
        }
        guard let unitName = identity.account.unitName else { throw APIError(.forbidden, "this is the units' portal") }
        var lines: [Line] = []
        for meeting in try await desk.store.meetings() {
            let units = try await desk.store.unitScope(meeting: meeting.id, unitName: unitName)
            guard !units.isEmpty else { continue }
            lines.append(Line(id: meeting.id.rawValue, name: meeting.name, unit: unitName, unitCount: units.count))
        }
        struct Answer: Encodable {
            let account: String
            let unit: String
            let meetings: [Line]
        }
        return try JSONReply.response(Answer(account: identity.account.displayName, unit: unitName, meetings: lines))
    }

    private func reach(_ context: WorkbenchContext) async throws -> Reach {
        let identity = try context.requireIdentity()
        guard let unitName = identity.account.unitName else { throw APIError(.forbidden, "this is the units' portal") }
        let id = try context.parameters.id("meeting", what: "meeting")
        let meeting = MeetingID(rawValue: id)
        let units = try await desk.store.unitScope(meeting: meeting, unitName: unitName)
        guard let own = units.first else { throw APIError.notFound("meeting \(id)") }
        return Reach(meeting: meeting, own: own, units: units, identity: identity)
    }

    /// The unit named by the path, when the signed-in unit reaches it; 404 otherwise.
    func reachableUnit(_ context: WorkbenchContext) async throws -> MeetingUnit {
        try await unit(context, reach: try await reach(context))
    }

    private func unit(_ context: WorkbenchContext, reach: Reach) async throws -> MeetingUnit {
        let id = UnitID(rawValue: try context.parameters.id("unit", what: "unit"))
        try reach.require(id)
        guard let unit = try await desk.store.unit(id), unit.meetingID == reach.meeting else {
            throw APIError.notFound("unit \(id.rawValue)")
        }
        return unit
    }

    private func inboxItem(_ id: Int64, reach: Reach) async throws -> InboxItem {
        guard
            let item = try await desk.store.inbox(units: [reach.own]).first(where: { $0.notice.id.rawValue == id })
        else { throw APIError.notFound("notice \(id)") }
        return item
    }

    private func unitSeats(_ version: PlanVersionID, unit: String) async throws -> [SeatAssignment] {
        try await desk.store.assignments(of: version, unit: unit).sorted {
            ($0.precedence, $0.attendee) < ($1.precedence, $1.attendee)
        }
    }

    private func seatNoticePDF(_ version: PlanVersionID, unit: String, reach: Reach) async throws -> Response {
        let workspace = try await desk.workspace(reach.meeting.rawValue)
        var plan = try await desk.store.plan(version).plan
        plan.assignments = plan.assignments.filter { $0.unit == unit }
        plan.unseated = []
        guard !plan.assignments.isEmpty else { throw APIError.notFound("seats of \(unit) in this plan") }
        let number = try await desk.store.planVersions(meeting: reach.meeting).first { $0.id == version }?.version ?? 0
        let title = ChartTitle(
            meeting: plan.meeting ?? workspace.meeting.name, venue: workspace.venue.name, date: workspace.setup.date,
            planVersion: "第\(number)版 · \(unit)")
        let placed = try PlacedPlan(plan: plan, venue: workspace.venue)
        let pdf = try PlanDocuments.render(.list, plan: placed, options: RenderOptions(title: title))
        return PrintRoutes.download(pdf, name: "seat-notice-v\(number).pdf")
    }

    private func submissions(of unit: MeetingUnit, meeting: MeetingID) async throws -> [SubmissionLine] {
        var lines: [SubmissionLine] = []
        for submission in try await desk.store.submissions(meeting: meeting, unitNamed: unit.details.name).reversed() {
            let rejected =
                submission.status == .parsed
                ? try await desk.store.rows(of: submission.id).filter { !$0.isAccepted } : []
            lines.append(
                SubmissionLine(
                    version: submission.version, fileName: submission.fileName, receivedAt: submission.receivedAt,
                    status: submission.status.rawValue, isCurrent: submission.isCurrent,
                    accepted: submission.acceptedCount, rejected: submission.rejectedCount,
                    failure: submission.failureReason,
                    problems: rejected.map {
                        APIError.Problem(
                            file: submission.fileName, line: $0.line, field: $0.rejection?.field,
                            message: $0.rejection?.reason ?? "")
                    }))
        }
        return lines
    }

    /// One uploaded file of a unit, newest first, with its rejected rows.
    struct SubmissionLine: Encodable {
        let version: Int
        let fileName: String
        let receivedAt: Date
        let status: String
        let isCurrent: Bool
        let accepted: Int
        let rejected: Int
        let failure: String?
        let problems: [APIError.Problem]
    }
}
