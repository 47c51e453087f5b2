import Foundation
import GRDB
import SeatPlanCore

extension ExchangeStore {
    /// The seats that differ between versions `from` and `to` of the meeting's plan, in
    /// precedence order; either may be the newer.
    public func planDiff(meeting: MeetingID, from: Int, to: Int) throws(ExchangeStoreError) -> PlanVersionDiff {
        let versions = try planVersions(meeting: meeting)
        let old = try versions.id(ofVersion: from, store: path)
        let new = try versions.id(ofVersion: to, store: path)
        return try read { db in
            let moved = try Row.fetchAll(
                db,
                sql: """
                    SELECT b.attendee_id, b.name, a.seat_id AS from_seat, b.seat_id AS to_seat, \
                    a.label AS from_label, b.label AS to_label
                    FROM plan_assignments a JOIN plan_assignments b ON a.attendee_id = b.attendee_id
                    WHERE a.plan_version_id = ? AND b.plan_version_id = ? AND a.seat_id <> b.seat_id
                    ORDER BY b.precedence, b.attendee_id
                    """, arguments: [old, new]
            ).map { row in
                SeatMove(
                    attendee: row["attendee_id"], name: row["name"], from: row["from_seat"], to: row["to_seat"],
                    fromLabel: row["from_label"], toLabel: row["to_label"])
            }
            func only(in version: Int64, notIn other: Int64, reason: String) throws -> [SeatChange] {
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT attendee_id, name, seat_id, label FROM plan_assignments a
                        WHERE plan_version_id = ? AND NOT EXISTS (
                            SELECT 1 FROM plan_assignments b \
                        WHERE b.plan_version_id = ? AND b.attendee_id = a.attendee_id)
                        ORDER BY precedence, attendee_id
                        """, arguments: [version, other]
                ).map { row in
                    SeatChange(
                        attendee: row["attendee_id"], name: row["name"], seat: row["seat_id"], label: row["label"],
                        reason: reason)
                }
            }
            return PlanVersionDiff(
                from: from, to: to, moved: moved,
                seated: try only(in: new, notIn: old, reason: "seated in version \(to) only"),
                unseated: try only(in: old, notIn: new, reason: "seated in version \(from) only"))
        }
    }
}
