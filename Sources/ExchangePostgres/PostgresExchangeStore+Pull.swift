import ExchangeBridge
import Foundation
import PostgresNIO
import SeatPlanCore

extension PostgresExchangeStore {
    /// The meeting's merged roster for planning: the accepted rows of every unit's current
    /// (latest readable) submission, units in official order (then by name, byte by byte, as
    /// SQLite orders them) and each unit's rows in file order. Each attendee's unit and unit
    /// order are the store's. Read from one consistent snapshot, concurrently with submissions.
    ///
    /// - Throws: ``ExchangeStoreError/Kind/conflict`` when two units submitted the same
    ///   attendee id (the message names both units and lines), since a roster needs unique ids.
    public func mergedRoster(meeting: MeetingID) async throws(ExchangeStoreError) -> MergedRoster {
        let (rows, units, rejected) = try await read { connection in
            try await PostgresMeetingRows.require(meeting, connection, store: path)
            let rows = try await connection.rows(
                """
                SELECT s.id AS submission_id, u.name AS unit_name, u.official_order, r.line, r.attendee_id,
                    r.name, r.precedence, r.role, r.title, r.gender, r.tags
                FROM roster_submissions s
                JOIN units u ON u.id = s.unit_id
                JOIN submission_rows r ON r.submission_id = s.id
                WHERE s.meeting_id = \(meeting.rawValue) AND s.status = 'parsed' AND s.superseded_by IS NULL
                    AND r.accepted
                ORDER BY u.official_order, u.name COLLATE "C", r.line
                """)
            let units = try await connection.rows(
                """
                SELECT u.name, EXISTS (
                    SELECT 1 FROM roster_submissions s
                    WHERE s.unit_id = u.id AND s.status = 'parsed' AND s.superseded_by IS NULL) AS has_roster
                FROM units u WHERE u.meeting_id = \(meeting.rawValue) ORDER BY u.official_order, u.name COLLATE "C"
                """
            ).map { row in
                (name: try row.value("name", as: String.self), hasRoster: try row.value("has_roster", as: Bool.self))
            }
            let rejected =
                try await connection.scalar(
                    """
                    SELECT coalesce(sum(rejected_count), 0) FROM roster_submissions
                    WHERE meeting_id = \(meeting.rawValue) AND status = 'parsed' AND superseded_by IS NULL
                    """, as: Int.self) ?? 0
            return (rows, units, rejected)
        }
        var attendees: [Attendee] = []
        attendees.reserveCapacity(rows.count)
        var origin: [String: (unit: String, line: Int)] = [:]
        for row in rows {
            let (attendee, unit, line) = try attendee(from: row)
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
        return MergedRoster(
            attendees: attendees, unitCount: units.count(where: \.hasRoster), rejectedCount: rejected,
            unitsWithoutRoster: units.filter { !$0.hasRoster }.map(\.name))
    }

    /// Rebuilds an accepted row's attendee, with its unit and line; the fields were written
    /// from one, so failing to read them back means the store was changed outside SeatPlan.
    private func attendee(
        from row: PostgresRandomAccessRow
    ) throws(ExchangeStoreError) -> (attendee: Attendee, unit: String, line: Int) {
        do {
            let unit = try row.value("unit_name", as: String.self)
            let line = try row.value("line", as: Int.self)
            let precedence = try row.value("precedence", as: String?.self).flatMap { Int($0) }
            let role = try row.value("role", as: String?.self).flatMap(Role.init(rawValue:))
            guard let id = try row.value("attendee_id", as: String?.self),
                let name = try row.value("name", as: String?.self), let precedence, let role
            else {
                let submission = try row.value("submission_id", as: Int64.self)
                throw ExchangeStoreError(
                    .corrupt, store: path,
                    "unit '\(unit)', submission #\(submission), line \(line): an accepted row cannot be read back")
            }
            let gender = try row.value("gender", as: String?.self).flatMap(Gender.init(rawValue:))
            let tags = (try row.value("tags", as: String?.self) ?? "").split(separator: ";").map(String.init)
                .filter { !$0.isEmpty }
            let attendee = Attendee(
                id: id, name: name, unit: unit, unitOrder: try row.value("official_order"), precedence: precedence,
                role: role, title: try row.value("title", as: String?.self) ?? "", gender: gender, tags: tags)
            return (attendee, unit, line)
        } catch {
            throw ExchangeStoreError(translatingPostgres: error, store: path)
        }
    }
}
