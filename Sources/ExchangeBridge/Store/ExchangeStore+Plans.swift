import Foundation
import GRDB
import SeatPlanCore

extension ExchangeStore {
    /// Stores `plan` (encoded as PLAN.json) as the meeting's next plan version, with its
    /// assignments, in one transaction. Idempotent: see ``savePlan(json:fileName:meeting:)``.
    public func savePlan(_ plan: SeatPlan, meeting: MeetingID) throws(ExchangeStoreError) -> SavedPlanVersion {
        let json: Data
        do {
            json = try plan.jsonData()
        } catch {
            throw ExchangeStoreError(.invalidInput, store: path, "the plan cannot be written as PLAN.json: \(error)")
        }
        return try savePlan(json: json, fileName: "PLAN.json", meeting: meeting)
    }

    /// Stores a PLAN.json file as the meeting's next plan version, with its assignments and
    /// unseated attendees, in one transaction.
    ///
    /// Idempotent: when byte-identical PLAN.json is already stored for the meeting, returns
    /// that version with `isNew == false` and writes nothing.
    public func savePlan(json: Data, fileName: String, meeting: MeetingID) throws(ExchangeStoreError)
        -> SavedPlanVersion
    {
        let checked = try inputCheck.plan(json: json, fileName: fileName)
        return try write { db in try savePlan(db, checked, meeting: meeting) }
    }

    /// Stores a checked plan inside the caller's write transaction, unless byte-identical
    /// PLAN.json is already stored for the meeting.
    func savePlan(_ db: Database, _ checked: CheckedPlan, meeting: MeetingID) throws -> SavedPlanVersion {
        let (plan, hash) = (checked.plan, checked.hash)
        try requireMeeting(db, meeting)
        if let existing =
            try PlanVersionRecord
            .filter(Column("meeting_id") == meeting.rawValue && Column("content_hash") == hash).fetchOne(db)
        {
            return SavedPlanVersion(info: existing.info, isNew: false)
        }
        let version =
            1
            + (try Int.fetchOne(
                db, sql: "SELECT max(version) FROM plan_versions WHERE meeting_id = ?", arguments: [meeting.rawValue])
                ?? 0)
        var record = PlanVersionRecord(
            meeting: meeting, version: version, contentHash: hash, json: checked.text, plan: plan,
            createdAt: timestamp())
        try record.insert(db)
        let id = record.id ?? 0
        try insertAssignments(db, plan: plan, planVersion: id)
        try appendAudit(
            db, action: "plan.save", subject: "plan_version:\(id)", meeting: meeting,
            detail: [
                "version": .number(Int64(version)), "sha256": .text(hash),
                "seated": .number(Int64(plan.assignments.count)),
                "unseated": .number(Int64(plan.unseated.count)), "file": .text(checked.fileName),
            ])
        return SavedPlanVersion(info: record.info, isNew: true)
    }

    /// The meeting's newest plan version with its plan, or `nil` when none is stored.
    public func latestPlan(meeting: MeetingID) throws(ExchangeStoreError) -> StoredPlan? {
        let record = try read { db in
            try PlanVersionRecord.filter(Column("meeting_id") == meeting.rawValue)
                .order(Column("version").desc).fetchOne(db)
        }
        return try record.map { record throws(ExchangeStoreError) in try storedPlan(record) }
    }

    /// One plan version with its plan.
    public func plan(_ planVersion: PlanVersionID) throws(ExchangeStoreError) -> StoredPlan {
        let record = try read { db in try PlanVersionRecord.fetchOne(db, key: planVersion.rawValue) }
        guard let record else { throw ExchangeStoreError(.notFound, store: path, "has no \(planVersion)") }
        return try storedPlan(record)
    }

    /// The meeting's plan versions, oldest first.
    public func planVersions(meeting: MeetingID) throws(ExchangeStoreError) -> [PlanVersionInfo] {
        try read { db in
            try PlanVersionSummaryRecord.filter(Column("meeting_id") == meeting.rawValue)
                .order(Column("version")).fetchAll(db).map(\.info)
        }
    }

    /// The seats of one plan version, optionally of one unit's people, in precedence order.
    public func assignments(
        of planVersion: PlanVersionID, unit: String? = nil
    ) throws(ExchangeStoreError) -> [SeatAssignment] {
        try read { db in
            var sql = "SELECT * FROM plan_assignments WHERE plan_version_id = ?"
            var arguments: StatementArguments = [planVersion.rawValue]
            if let unit {
                sql += " AND unit = ?"
                arguments += [unit]
            }
            sql += " ORDER BY precedence, attendee_id"
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                SeatAssignment(
                    attendee: row["attendee_id"], name: row["name"], unit: row["unit"], precedence: row["precedence"],
                    seat: row["seat_id"], label: row["label"], area: SeatArea(rawValue: row["area"]) ?? .hall,
                    floor: row["floor"], row: row["seat_row"], number: row["seat_number"], table: row["table_name"],
                    x: row["x"], y: row["y"])
            }
        }
    }

    private func insertAssignments(_ db: Database, plan: SeatPlan, planVersion: Int64) throws {
        let insertSeat = try db.cachedStatement(
            sql: """
                INSERT INTO plan_assignments (plan_version_id, attendee_id, name, unit, precedence, seat_id, \
                label, area,
                    floor, seat_row, seat_number, table_name, x, y)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for seat in plan.assignments {
            try insertSeat.execute(arguments: [
                planVersion, seat.attendee, seat.name, seat.unit, seat.precedence, seat.seat, seat.label,
                seat.area.rawValue, seat.floor, seat.row, seat.number, seat.table, seat.x, seat.y,
            ])
        }
        let insertUnseated = try db.cachedStatement(
            sql: "INSERT INTO plan_unseated (plan_version_id, attendee_id, reason) VALUES (?, ?, ?)")
        for person in plan.unseated {
            try insertUnseated.execute(arguments: [planVersion, person.attendee, person.reason])
        }
    }

    private func storedPlan(_ record: PlanVersionRecord) throws(ExchangeStoreError) -> StoredPlan {
        let json = Data(record.planJSON.utf8)
        do {
            let plan = try SeatPlan.decode(json, file: "plan version \(record.version)")
            return StoredPlan(info: record.info, plan: plan, json: json)
        } catch {
            throw ExchangeStoreError(.corrupt, store: path, "holds a plan that no longer decodes: \(error)")
        }
    }
}
