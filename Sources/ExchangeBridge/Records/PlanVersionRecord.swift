import Foundation
import GRDB
import SeatPlanCore

/// A row of `plan_versions`: one stored PLAN.json with its quality summary.
struct PlanVersionRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "plan_versions"

    var id: Int64?
    var meetingID: Int64
    var version: Int
    var contentHash: String
    var planJSON: String
    var venue: String
    var convention: String
    var status: String
    var objective: Double
    var bound: Double
    var gap: Double
    var protocolViolations: Int
    var unitSplits: Int
    var solveMilliseconds: Int
    var seatedCount: Int
    var unseatedCount: Int
    var changedCount: Int?
    var createdAt: String

    enum CodingKeys: String, CodingKey {
        case id, version, venue, convention, status, objective, bound, gap
        case meetingID = "meeting_id"
        case contentHash = "content_hash"
        case planJSON = "plan_json"
        case changedCount = "changed_count"
        case protocolViolations = "protocol_violations"
        case unitSplits = "unit_splits"
        case solveMilliseconds = "solve_ms"
        case seatedCount = "seated_count"
        case unseatedCount = "unseated_count"
        case createdAt = "created_at"
    }

    /// A new row for `plan`, whose PLAN.json text is `json`.
    init(meeting: MeetingID, version: Int, contentHash: String, json: String, plan: SeatPlan, createdAt: String) {
        meetingID = meeting.rawValue
        self.version = version
        self.contentHash = contentHash
        planJSON = json
        venue = plan.venue
        convention = plan.convention
        status = plan.quality.status.rawValue
        objective = plan.quality.objective
        bound = plan.quality.bound
        gap = plan.quality.gap
        protocolViolations = plan.quality.protocolViolations
        unitSplits = plan.quality.unitSplits
        solveMilliseconds = plan.quality.solveMilliseconds
        seatedCount = plan.assignments.count
        unseatedCount = plan.unseated.count
        changedCount = plan.changes.map { $0.moved.count + $0.seated.count + $0.unseated.count }
        self.createdAt = createdAt
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The public summary of the row.
    var info: PlanVersionInfo {
        PlanVersionInfo(
            id: PlanVersionID(rawValue: id ?? 0), meetingID: MeetingID(rawValue: meetingID), version: version,
            contentHash: contentHash, status: status, objective: objective, gap: gap,
            protocolViolations: protocolViolations, seatedCount: seatedCount, unseatedCount: unseatedCount,
            changedCount: changedCount, createdAt: Timestamp.date(createdAt) ?? .distantPast)
    }
}

/// The summary columns of a `plan_versions` row, without its PLAN.json: listing a meeting's
/// versions must not read megabytes of plan text per version.
struct PlanVersionSummaryRecord: Decodable, FetchableRecord, TableRecord {
    static let databaseTableName = "plan_versions"
    static var databaseSelection: [any SQLSelectable] {
        [
            Column("id"), Column("meeting_id"), Column("version"), Column("content_hash"), Column("status"),
            Column("objective"), Column("gap"), Column("protocol_violations"), Column("seated_count"),
            Column("unseated_count"), Column("changed_count"), Column("created_at"),
        ]
    }

    var id: Int64
    var meetingID: Int64
    var version: Int
    var contentHash: String
    var status: String
    var objective: Double
    var gap: Double
    var protocolViolations: Int
    var seatedCount: Int
    var unseatedCount: Int
    var changedCount: Int?
    var createdAt: String

    enum CodingKeys: String, CodingKey {
        case id, version, status, objective, gap
        case changedCount = "changed_count"
        case meetingID = "meeting_id"
        case contentHash = "content_hash"
        case protocolViolations = "protocol_violations"
        case seatedCount = "seated_count"
        case unseatedCount = "unseated_count"
        case createdAt = "created_at"
    }

    /// The public summary of the row.
    var info: PlanVersionInfo {
        PlanVersionInfo(
            id: PlanVersionID(rawValue: id), meetingID: MeetingID(rawValue: meetingID), version: version,
            contentHash: contentHash, status: status, objective: objective, gap: gap,
            protocolViolations: protocolViolations, seatedCount: seatedCount, unseatedCount: unseatedCount,
            changedCount: changedCount, createdAt: Timestamp.date(createdAt) ?? .distantPast)
    }
}
