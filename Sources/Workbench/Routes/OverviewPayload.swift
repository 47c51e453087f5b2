import ExchangeBridge
import Foundation
import HTTPTypes
import SeatPlanCore

/// A meeting's overview (`GET /api/meetings/{id}`): units and their submission status, the
/// reminders queued and the plan versions.
struct OverviewPayload: Encodable, Sendable {
    struct Counts: Encodable, Sendable {
        let units: Int
        let submitted: Int
        let missing: Int
        let withRejectedRows: Int
        let failed: Int
        let people: Int
        let remindersQueued: Int
    }

    struct UnitLine: Encodable, Sendable {
        let id: Int64
        let name: String
        let order: Int
        let status: String
        let version: Int?
        let accepted: Int
        let rejected: Int
        let receivedAt: Date?
        let failure: String?
    }

    let id: Int64
    let name: String
    let venue: String
    let date: String
    let counts: Counts
    let units: [UnitLine]
    let versions: [VersionSummary]
    let latestVersion: Int?

    init(workspace: MeetingWorkspace, overview: SubmissionOverview, reminders: Int, versions: [PlanVersionInfo]) {
        let lines = overview.units.map(UnitLine.init)
        id = workspace.id
        name = workspace.meeting.name
        venue = workspace.venue.name
        date = workspace.setup.date
        counts = Counts(
            units: lines.count, submitted: lines.count { $0.status == "submitted" || $0.status == "rejected-rows" },
            missing: lines.count { $0.status == "missing" },
            withRejectedRows: lines.count { $0.status == "rejected-rows" },
            failed: lines.count { $0.status == "failed" }, people: overview.acceptedRows, remindersQueued: reminders)
        units = lines
        self.versions = versions.map(VersionSummary.init)
        latestVersion = versions.last?.version
    }
}

extension OverviewPayload.UnitLine {
    init(_ status: UnitSubmissionStatus) {
        let state: String
        if let current = status.current {
            state = current.rejectedCount > 0 ? "rejected-rows" : "submitted"
        } else {
            state = status.latest?.status == .failed ? "failed" : "missing"
        }
        let shown = status.current ?? status.latest
        self.init(
            id: status.unit.id.rawValue, name: status.unit.details.name, order: status.unit.details.officialOrder,
            status: state, version: shown?.version, accepted: status.current?.acceptedCount ?? 0,
            rejected: status.current?.rejectedCount ?? 0, receivedAt: shown?.receivedAt,
            failure: status.current == nil ? status.latest?.failureReason : nil)
    }
}

/// One plan version in a list.
struct VersionSummary: Encodable, Sendable {
    let version: Int
    let status: String
    let seated: Int
    let unseated: Int
    let violations: Int
    /// People a late change moved, seated or unseated (absent for a plan made from scratch).
    let changes: Int?
    let createdAt: Date

    init(_ info: PlanVersionInfo) {
        version = info.version
        status = info.status
        seated = info.seatedCount
        unseated = info.unseatedCount
        violations = info.protocolViolations
        changes = info.changedCount
        createdAt = info.createdAt
    }
}
