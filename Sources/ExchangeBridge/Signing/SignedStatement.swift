import Foundation

/// The exact bytes a signature covers: a canonical JSON object (keys sorted, no spaces) naming
/// the subject and the content that must not change. Built the same way when a document is
/// signed and when it is verified, so "genuine and unchanged" means the statement rebuilt from
/// what the store holds now equals the signed one and the signature over it is valid.
public enum SignedStatement {
    /// The statement's format, in every statement as `format`.
    public static let format = "seatplan-signed-statement/1"

    /// The statement for plan version `version` (row `id`) of meeting `meeting`, whose PLAN.json
    /// has SHA-256 `planSHA256`.
    public static func planVersion(id: PlanVersionID, meeting: MeetingID, version: Int, planSHA256: String) throws
        -> Data
    {
        try canonical([
            "format": format, "subject": "plan-version", "id": id.rawValue, "meeting": meeting.rawValue,
            "version": version, "plan_sha256": planSHA256,
        ])
    }

    /// The statement for a notice: its id, meeting, category, title, text, deadline, plan
    /// version (a seat notice's) and every attachment's name and SHA-256.
    public static func notice(_ notice: NoticeInfo) throws -> Data {
        try canonical([
            "format": format, "subject": "notice", "id": notice.id.rawValue, "meeting": notice.meetingID.rawValue,
            "category": notice.category.rawValue, "title": notice.title, "body": notice.body,
            "deadline": notice.deadline.map { Timestamp.text($0) } ?? NSNull(),
            "plan_version": notice.planVersionID.map { $0.rawValue as Any } ?? NSNull(),
            "attachments": notice.attachments.sorted { $0.id.rawValue < $1.id.rawValue }.map {
                ["file_name": $0.fileName, "sha256": $0.sha256]
            },
        ])
    }

    /// `object` as canonical JSON: sorted keys, no extra whitespace, slashes unescaped.
    private static func canonical(_ object: [String: Any]) throws -> Data {
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
    }
}
