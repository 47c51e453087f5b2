import Foundation
import GRDB

/// One value in an audit entry's detail object.
package enum AuditValue: Encodable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case text(String)
    case number(Int64)
    case list([String])

    package init(stringLiteral value: String) { self = .text(value) }
    package init(integerLiteral value: Int64) { self = .number(value) }

    /// An audit entry's details as the JSON object the log keeps (keys sorted), for any backend.
    package static func json(_ detail: [String: AuditValue]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(detail), as: UTF8.self)
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .number(let number): try container.encode(number)
        case .list(let items): try container.encode(items)
        }
    }
}

extension ExchangeStore {
    /// Who the audit log names for a write now: the task's ``AuditScope``, else this value's actor.
    var auditActor: String { AuditScope.current?.actor ?? actor }
    /// The address the audit log records for a write now.
    var auditAddress: String? { AuditScope.current?.address ?? address }

    /// Appends one audit entry inside the caller's write transaction.
    ///
    /// Never put personal data such as phone numbers in `detail`: name the fields that changed,
    /// not their values.
    func appendAudit(
        _ db: Database, action: String, subject: String, meeting: MeetingID?,
        detail: [String: AuditValue] = [:]
    ) throws {
        let json = try AuditValue.json(detail)
        try db.cachedStatement(
            sql: """
                                INSERT INTO audit_log (at, actor, action, subject, meeting_id, detail, address)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [timestamp(), auditActor, action, subject, meeting?.rawValue, json, auditAddress])
    }
}
