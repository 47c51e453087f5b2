import ExchangeBridge
import Foundation
import PostgresNIO
import SeatPlanCore

extension PostgresExchangeStore {
    /// Stores a PLAN.json file as the meeting's next plan version, with its assignments and
    /// unseated attendees, in one transaction.
    ///
    /// Idempotent: when byte-identical PLAN.json is already stored for the meeting, returns
    /// that version with `isNew == false` and writes nothing.
    public func savePlan(json: Data, fileName: String, meeting: MeetingID) async throws(ExchangeStoreError)
        -> SavedPlanVersion
    {
        let checked = try inputCheck.plan(json: json, fileName: fileName)
        return try await write { connection in try await savePlan(connection, checked, meeting: meeting) }
    }

    /// Stores a checked plan inside the caller's write transaction, unless byte-identical
    /// PLAN.json is already stored for the meeting.
    func savePlan(
        _ connection: PostgresConnection, _ checked: CheckedPlan, meeting: MeetingID
    ) async throws -> SavedPlanVersion {
        let (plan, hash) = (checked.plan, checked.hash)
        _ = try await nameOfMeeting(connection, meeting)
        if let existing = try await connection.firstRow(
            """
            SELECT \(unescaped: PlanRows.planInfoColumns) FROM plan_versions
            WHERE meeting_id = \(meeting.rawValue) AND content_hash = \(hash)
            """)
        {
            return SavedPlanVersion(info: try PlanRows.planInfo(existing), isNew: false)
        }
        let version =
            1
            + (try await connection.scalar(
                "SELECT max(version) FROM plan_versions WHERE meeting_id = \(meeting.rawValue)", as: Int.self) ?? 0)
        let quality = plan.quality
        let changed = plan.changes.map { $0.moved.count + $0.seated.count + $0.unseated.count }
        guard
            let row = try await connection.firstRow(
                """
                INSERT INTO plan_versions (meeting_id, version, content_hash, plan_json, venue, convention, status,
                    objective, bound, gap, protocol_violations, unit_splits, solve_ms, seated_count, unseated_count,
                    changed_count, created_at)
                VALUES (\(meeting.rawValue), \(version), \(hash), \(checked.text)::json, \(plan.venue),
                    \(plan.convention), \(quality.status.rawValue), \(quality.objective), \(quality.bound),
                    \(quality.gap), \(quality.protocolViolations), \(quality.unitSplits),
                    \(quality.solveMilliseconds), \(plan.assignments.count), \(plan.unseated.count), \(changed),
                    \(now()))
                ON CONFLICT DO NOTHING
                RETURNING \(unescaped: PlanRows.planInfoColumns)
                """)
        else {
            throw ExchangeStoreError(
                .conflict, store: path,
                "refused the change: plan version \(version) of \(meeting) was stored meanwhile")
        }
        let info = try PlanRows.planInfo(row)
        try await insertAssignments(connection, plan: plan, planVersion: info.id.rawValue)
        try await appendAudit(
            connection, action: "plan.save", subject: "plan_version:\(info.id.rawValue)", meeting: meeting,
            detail: [
                "version": .number(Int64(version)), "sha256": .text(hash),
                "seated": .number(Int64(plan.assignments.count)),
                "unseated": .number(Int64(plan.unseated.count)), "file": .text(checked.fileName),
            ])
        return SavedPlanVersion(info: info, isNew: true)
    }

    /// The meeting's newest plan version with its plan, or `nil` when none is stored.
    public func latestPlan(meeting: MeetingID) async throws(ExchangeStoreError) -> StoredPlan? {
        let row = try await read { connection in
            try await connection.firstRow(
                """
                SELECT \(unescaped: PlanRows.planInfoColumns), plan_json::text AS plan_json FROM plan_versions
                WHERE meeting_id = \(meeting.rawValue) ORDER BY version DESC LIMIT 1
                """
            ).map(StoredPlanRow.init)
        }
        return try row.map { row throws(ExchangeStoreError) in try storedPlan(row) }
    }

    /// One plan version with its plan.
    public func plan(_ planVersion: PlanVersionID) async throws(ExchangeStoreError) -> StoredPlan {
        let row = try await read { connection in
            try await connection.firstRow(
                """
                SELECT \(unescaped: PlanRows.planInfoColumns), plan_json::text AS plan_json FROM plan_versions
                WHERE id = \(planVersion.rawValue)
                """
            ).map(StoredPlanRow.init)
        }
        guard let row else { throw ExchangeStoreError(.notFound, store: path, "has no \(planVersion)") }
        return try storedPlan(row)
    }

    /// The meeting's plan versions, oldest first.
    public func planVersions(meeting: MeetingID) async throws(ExchangeStoreError) -> [PlanVersionInfo] {
        try await read { connection in
            try await connection.rows(
                """
                SELECT \(unescaped: PlanRows.planInfoColumns) FROM plan_versions
                WHERE meeting_id = \(meeting.rawValue) ORDER BY version
                """
            ).map(PlanRows.planInfo)
        }
    }

    /// The seats of one plan version, optionally of one unit's people, in precedence order.
    public func assignments(
        of planVersion: PlanVersionID, unit: String?
    ) async throws(ExchangeStoreError) -> [SeatAssignment] {
        // No stored unit name holds a NUL character (nor can PostgreSQL be asked about one).
        if let unit, unit.holdsNUL { return [] }
        return try await read { connection in
            // Text is ordered by code point, as SQLite does, whatever the database's collation.
            let rows =
                if let unit {
                    try await connection.rows(
                        """
                        SELECT * FROM plan_assignments
                        WHERE plan_version_id = \(planVersion.rawValue) AND unit = \(unit)
                        ORDER BY precedence, attendee_id COLLATE "C"
                        """)
                } else {
                    try await connection.rows(
                        """
                        SELECT * FROM plan_assignments WHERE plan_version_id = \(planVersion.rawValue)
                        ORDER BY precedence, attendee_id COLLATE "C"
                        """)
                }
            return try rows.map(Self.seatAssignment)
        }
    }

    /// A row of `plan_assignments` as a seat.
    static func seatAssignment(_ row: PostgresRandomAccessRow) throws -> SeatAssignment {
        SeatAssignment(
            attendee: try row.value("attendee_id"), name: try row.value("name"), unit: try row.value("unit"),
            precedence: try row.value("precedence"), seat: try row.value("seat_id"), label: try row.value("label"),
            area: SeatArea(rawValue: try row.value("area", as: String.self)) ?? .hall,
            floor: try row.value("floor"), row: try row.value("seat_row"), number: try row.value("seat_number"),
            table: try row.value("table_name"), x: try row.value("x"), y: try row.value("y"))
    }

    private func insertAssignments(_ connection: PostgresConnection, plan: SeatPlan, planVersion: Int64) async throws {
        _ = try await PlanRows.insert(
            connection,
            prefix: """
                INSERT INTO plan_assignments (plan_version_id, attendee_id, name, unit, precedence, seat_id, label,
                    area, floor, seat_row, seat_number, table_name, x, y)
                """,
            casts: [
                "bigint", "text", "text", "text", "integer", "text", "text", "text", "integer", "integer", "text",
                "text", "double precision", "double precision",
            ],
            rows: plan.assignments
        ) { seat, bindings in
            try bindings.append(planVersion)
            try bindings.append(seat.attendee)
            try bindings.append(seat.name)
            try bindings.append(seat.unit)
            try bindings.append(seat.precedence)
            try bindings.append(seat.seat)
            try bindings.append(seat.label)
            try bindings.append(seat.area.rawValue)
            try bindings.append(seat.floor)
            try bindings.append(seat.row)
            try bindings.append(seat.number)
            try bindings.append(seat.table)
            try bindings.append(seat.x)
            try bindings.append(seat.y)
        }
        _ = try await PlanRows.insert(
            connection, prefix: "INSERT INTO plan_unseated (plan_version_id, attendee_id, reason)",
            casts: ["bigint", "text", "text"], rows: plan.unseated
        ) { person, bindings in
            try bindings.append(planVersion)
            try bindings.append(person.attendee)
            try bindings.append(person.reason)
        }
    }

    /// A plan version's row as read: its summary and its PLAN.json text.
    struct StoredPlanRow: Sendable {
        let info: PlanVersionInfo
        let json: String

        init(_ row: PostgresRandomAccessRow) throws {
            info = try PlanRows.planInfo(row)
            json = try row.value("plan_json", as: String.self)
        }
    }

    private func storedPlan(_ row: StoredPlanRow) throws(ExchangeStoreError) -> StoredPlan {
        let json = Data(row.json.utf8)
        do {
            let plan = try SeatPlan.decode(json, file: "plan version \(row.info.version)")
            return StoredPlan(info: row.info, plan: plan, json: json)
        } catch {
            throw ExchangeStoreError(.corrupt, store: path, "holds a plan that no longer decodes: \(error)")
        }
    }
}
