import Foundation
import GRDB

/// A row of `roster_submissions`: one uploaded roster file, kept byte for byte.
struct SubmissionRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "roster_submissions"

    var id: Int64?
    var meetingID: Int64
    var unitID: Int64
    var version: Int
    var receivedAt: String
    var fileName: String
    var rawBytes: Data
    var byteCount: Int
    var sha256: String
    var encoding: String?
    var status: String
    var failureReason: String?
    var processedAt: String?
    var acceptedCount: Int
    var rejectedCount: Int
    var supersededBy: Int64?

    enum CodingKeys: String, CodingKey {
        case id, version, sha256, encoding, status
        case meetingID = "meeting_id"
        case unitID = "unit_id"
        case receivedAt = "received_at"
        case fileName = "file_name"
        case rawBytes = "raw_bytes"
        case byteCount = "byte_count"
        case failureReason = "failure_reason"
        case processedAt = "processed_at"
        case acceptedCount = "accepted_count"
        case rejectedCount = "rejected_count"
        case supersededBy = "superseded_by"
    }

    /// Every column but the raw file, for listings that must stay light, optionally qualified
    /// with a table alias.
    static func summaryColumns(alias: String? = nil) -> String {
        let columns = [
            "id", "meeting_id", "unit_id", "version", "received_at", "file_name", "byte_count", "sha256",
            "encoding", "status", "failure_reason", "processed_at", "accepted_count", "rejected_count",
            "superseded_by",
        ]
        return columns.map { column in alias.map { "\($0).\(column)" } ?? column }.joined(separator: ", ")
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension RosterSubmission {
    /// Reads a row holding ``SubmissionRecord/summaryColumns(alias:)`` plus `unit_name`.
    init(row: Row) {
        self.init(
            id: SubmissionID(rawValue: row["id"]),
            meetingID: MeetingID(rawValue: row["meeting_id"]),
            unitID: UnitID(rawValue: row["unit_id"]),
            unitName: row["unit_name"],
            version: row["version"],
            receivedAt: Timestamp.date(row["received_at"]) ?? .distantPast,
            fileName: row["file_name"],
            byteCount: row["byte_count"],
            sha256: row["sha256"],
            encoding: row["encoding"],
            status: SubmissionStatus(rawValue: row["status"]) ?? .received,
            failureReason: row["failure_reason"],
            processedAt: (row["processed_at"] as String?).flatMap(Timestamp.date),
            acceptedCount: row["accepted_count"],
            rejectedCount: row["rejected_count"],
            supersededBy: (row["superseded_by"] as Int64?).map(SubmissionID.init(rawValue:)))
    }
}
