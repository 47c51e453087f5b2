import ExchangeBridge
import Foundation
import PostgresNIO
import SeatPlanCore

extension PostgresExchangeStore {
    /// The seats that differ between versions `from` and `to` of the meeting's plan, in
    /// precedence order; either may be the newer.
    public func planDiff(meeting: MeetingID, from: Int, to: Int) async throws(ExchangeStoreError) -> PlanVersionDiff {
        let versions = try await planVersions(meeting: meeting)
        let old = try versions.id(ofVersion: from, store: path)
        let new = try versions.id(ofVersion: to, store: path)
        return try await read { connection in
            let moved = try await connection.rows(
                """
                SELECT b.attendee_id, b.name, a.seat_id AS from_seat, b.seat_id AS to_seat,
                    a.label AS from_label, b.label AS to_label
                FROM plan_assignments a JOIN plan_assignments b ON a.attendee_id = b.attendee_id
                WHERE a.plan_version_id = \(old) AND b.plan_version_id = \(new) AND a.seat_id <> b.seat_id
                ORDER BY b.precedence, b.attendee_id COLLATE "C"
                """
            ).map { row in
                SeatMove(
                    attendee: try row.value("attendee_id"), name: try row.value("name"),
                    from: try row.value("from_seat"), to: try row.value("to_seat"),
                    fromLabel: try row.value("from_label"), toLabel: try row.value("to_label"))
            }
            func only(in version: Int64, notIn other: Int64, reason: String) async throws -> [SeatChange] {
                try await connection.rows(
                    """
                    SELECT attendee_id, name, seat_id, label FROM plan_assignments a
                    WHERE plan_version_id = \(version) AND NOT EXISTS (
                        SELECT 1 FROM plan_assignments b WHERE b.plan_version_id = \(other)
                        AND b.attendee_id = a.attendee_id)
                    ORDER BY precedence, attendee_id COLLATE "C"
                    """
                ).map { row in
                    SeatChange(
                        attendee: try row.value("attendee_id"), name: try row.value("name"),
                        seat: try row.value("seat_id"), label: try row.value("label"), reason: reason)
                }
            }
            return PlanVersionDiff(
                from: from, to: to, moved: moved,
                seated: try await only(in: new, notIn: old, reason: "seated in version \(to) only"),
                unseated: try await only(in: old, notIn: new, reason: "seated in version \(from) only"))
        }
    }
}
