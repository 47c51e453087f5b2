import Foundation
import GRDB

/// A row of `meetings`.
struct MeetingRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "meetings"

    var id: Int64?
    var name: String
    var createdAt: String

    enum CodingKeys: String, CodingKey {
        case id, name
        case createdAt = "created_at"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The public view of the row.
    var meeting: Meeting {
        Meeting(id: MeetingID(rawValue: id ?? 0), name: name, createdAt: Timestamp.date(createdAt) ?? .distantPast)
    }
}
