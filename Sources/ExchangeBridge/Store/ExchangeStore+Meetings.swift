import Foundation
import GRDB

extension ExchangeStore {
    /// Returns the meeting called `name`, creating it (and auditing that) when it is new.
    public func findOrCreateMeeting(named name: String) throws(ExchangeStoreError) -> Meeting {
        guard !name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ExchangeStoreError(.invalidInput, store: path, "a meeting needs a non-empty name")
        }
        try requireStorableText(["name": name], in: "meeting")
        return try write { db in
            if let existing = try MeetingRecord.filter(Column("name") == name).fetchOne(db) {
                return existing.meeting
            }
            var record = MeetingRecord(id: nil, name: name, createdAt: timestamp())
            try record.insert(db)
            let meeting = record.meeting
            try appendAudit(
                db, action: "meeting.create", subject: "meeting:\(meeting.id.rawValue)", meeting: meeting.id,
                detail: ["name": .text(name)])
            return meeting
        }
    }

    /// The meeting called `name`, or `nil`.
    public func meeting(named name: String) throws(ExchangeStoreError) -> Meeting? {
        try read { db in try MeetingRecord.filter(Column("name") == name).fetchOne(db)?.meeting }
    }

    /// Every meeting in the store, oldest first.
    public func meetings() throws(ExchangeStoreError) -> [Meeting] {
        try read { db in try MeetingRecord.order(Column("id")).fetchAll(db).map(\.meeting) }
    }

    /// Throws ``ExchangeStoreError/Kind/notFound`` unless `meeting` exists.
    func requireMeeting(_ db: Database, _ meeting: MeetingID) throws {
        guard try MeetingRecord.exists(db, key: meeting.rawValue) else {
            throw ExchangeStoreError(.notFound, store: path, "has no \(meeting)")
        }
    }
}
