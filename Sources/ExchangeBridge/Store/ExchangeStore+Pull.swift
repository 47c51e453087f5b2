import Foundation
import GRDB
import SeatPlanCore

extension ExchangeStore {
    /// The meeting's merged roster for planning: the accepted rows of every unit's current
    /// (latest readable) submission, units in official order and each unit's rows in file
    /// order. Each attendee's unit and unit order are the store's (the office's unit list is
    /// authoritative). Read from one consistent snapshot, concurrently with submissions.
    ///
    /// - Throws: ``ExchangeStoreError/Kind/conflict`` when two units submitted the same
    ///   attendee id (the message names both units and lines), since a roster needs unique ids.
    public func mergedRoster(meeting: MeetingID) throws(ExchangeStoreError) -> MergedRoster {
        let (rows, units, rejected) = try read { db in
            try requireMeeting(db, meeting)
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT s.id AS submission_id, u.name AS unit_name, u.official_order, r.line, r.attendee_id,
                        r.name, r.precedence, r.role, r.title, r.gender, r.tags
                    FROM roster_submissions s
                    JOIN units u ON u.id = s.unit_id
                    JOIN submission_rows r ON r.submission_id = s.id
                    WHERE s.meeting_id = ? AND s.status = 'parsed' AND s.superseded_by IS NULL AND r.accepted = 1
                    ORDER BY u.official_order, u.name, r.line
                    """,
                arguments: [meeting.rawValue])
            let units = try Row.fetchAll(
                db,
                sql: """
                    SELECT u.name, EXISTS (
                        SELECT 1 FROM roster_submissions s
                        WHERE s.unit_id = u.id AND s.status = 'parsed' AND s.superseded_by IS NULL) AS has_roster
                    FROM units u WHERE u.meeting_id = ? ORDER BY u.official_order, u.name
                    """,
                arguments: [meeting.rawValue])
            let rejected =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT ifnull(sum(rejected_count), 0) FROM roster_submissions
                        WHERE meeting_id = ? AND status = 'parsed' AND superseded_by IS NULL
                        """,
                    arguments: [meeting.rawValue]) ?? 0
            return (rows, units, rejected)
        }
        var attendees: [Attendee] = []
        attendees.reserveCapacity(rows.count)
        var origin: [String: (unit: String, line: Int)] = [:]
        for row in rows {
            let unit: String = row["unit_name"]
            let line: Int = row["line"]
            let attendee = try attendee(from: row, unit: unit)
            if let first = origin[attendee.id] {
                throw ExchangeStoreError(
                    .conflict, store: path,
                    "attendee id '\(attendee.id)' is submitted by unit '\(first.unit)' (line \(first.line)) and by "
                        + "unit "
                        + "'\(unit)' (line \(line)); ids must be unique across units: ask one unit to resubmit")
            }
            origin[attendee.id] = (unit, line)
            attendees.append(attendee)
        }
        let withRoster = units.filter { $0["has_roster"] as Bool }
        return MergedRoster(
            attendees: attendees, unitCount: withRoster.count, rejectedCount: rejected,
            unitsWithoutRoster: units.filter { !($0["has_roster"] as Bool) }.map { $0["name"] })
    }

    /// Rebuilds an accepted row's attendee; the fields were written from one, so failing to
    /// read them back means the store was changed outside SeatPlan.
    private func attendee(from row: Row, unit: String) throws(ExchangeStoreError) -> Attendee {
        let precedence = (row["precedence"] as String?).flatMap { Int($0) }
        let role = (row["role"] as String?).flatMap(Role.init(rawValue:))
        guard let id = row["attendee_id"] as String?, let name = row["name"] as String?, let precedence, let role else {
            let submission: Int64 = row["submission_id"]
            let line: Int = row["line"]
            throw ExchangeStoreError(
                .corrupt, store: path,
                "unit '\(unit)', submission #\(submission), line \(line): an accepted row cannot be read back")
        }
        let gender = (row["gender"] as String?).flatMap(Gender.init(rawValue:))
        let tags = (row["tags"] as String? ?? "").split(separator: ";").map(String.init).filter { !$0.isEmpty }
        return Attendee(
            id: id, name: name, unit: unit, unitOrder: row["official_order"], precedence: precedence, role: role,
            title: row["title"] ?? "", gender: gender, tags: tags)
    }
}
