import Foundation
import GRDB

extension ExchangeStore {
    /// Records a door scan and, for a person's first admitted scan, their check-in, in one
    /// transaction. Idempotent by scan id: a scan sent again changes nothing and returns its
    /// first recording (``ScanReceipt/wasRecordedBefore``); an admitted scan of a person who
    /// checked in before is recorded and reported as a repeat (``ScanReceipt/isRepeat``), their
    /// first check-in kept.
    ///
    /// No audit entry is written per scan: `door_scans` is itself the record (who scanned, when,
    /// at which door, with what verdict), and a busy door would flood the audit log.
    ///
    /// - Throws: ``ExchangeStoreError/Kind/invalidInput`` for a scan that is not well formed
    ///   (``DoorScanRules/validate(_:store:)``), checked before the store is touched;
    ///   ``ExchangeStoreError/Kind/notFound`` for an unknown meeting.
    public func recordScan(_ scan: DoorScan) throws(ExchangeStoreError) -> ScanReceipt {
        try DoorScanRules.validate(scan, store: path)
        return try write { db in
            try requireMeeting(db, scan.meeting)
            try db.execute(
                sql: """
                    INSERT INTO door_scans (meeting_id, scan_id, door, attendee_id, plan_version, seat_label, verdict,
                        reason, code_sha256, scanned_at, scanned_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (scan_id) DO NOTHING
                    """,
                arguments: [
                    scan.meeting.rawValue, scan.scanID, scan.door, scan.attendee, scan.planVersion, scan.seatLabel,
                    scan.verdict.rawValue, scan.reason, scan.codeSHA256, timestamp(), auditActor,
                ])
            let wasRecordedBefore = db.changesCount == 0
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: "SELECT id, meeting_id, attendee_id, verdict, scanned_at FROM door_scans WHERE scan_id = ?",
                    arguments: [scan.scanID])
            else { throw ExchangeStoreError(.database, store: path, "scan \(scan.scanID) was not recorded") }
            let id: Int64 = row["id"]
            let verdict = DoorScan.Verdict(rawValue: row["verdict"]) ?? .refused
            let meeting: Int64 = row["meeting_id"]
            let attendee: String? = row["attendee_id"]
            if verdict == .admitted, !wasRecordedBefore, let attendee {
                try db.execute(
                    sql: """
                        INSERT INTO checkins (meeting_id, attendee_id, door_scan_id, checked_in_at)
                        VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING
                        """,
                    arguments: [meeting, attendee, id, row["scanned_at"] as String])
            }
            let checkIn = try attendee.flatMap { attendee in
                try Row.fetchOne(
                    db,
                    sql: "SELECT door_scan_id, checked_in_at FROM checkins WHERE meeting_id = ? AND attendee_id = ?",
                    arguments: [meeting, attendee])
            }.map { row in
                DoorScanRules.StoredCheckIn(
                    scanRowID: row["door_scan_id"], at: Timestamp.date(row["checked_in_at"]) ?? .distantPast)
            }
            return DoorScanRules.receipt(
                id: id, scannedAt: Timestamp.date(row["scanned_at"]) ?? .distantPast, verdict: verdict,
                checkIn: checkIn, wasRecordedBefore: wasRecordedBefore)
        }
    }

    /// The check-ins of a meeting in check-in order, each with the door and plan version of
    /// the scan that made it.
    ///
    /// - Throws: ``ExchangeStoreError/Kind/notFound`` for an unknown meeting.
    public func checkIns(meeting: MeetingID) throws(ExchangeStoreError) -> [CheckIn] {
        try read { db in
            try requireMeeting(db, meeting)
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT c.attendee_id, c.checked_in_at, s.door, s.plan_version
                    FROM checkins c JOIN door_scans s ON s.id = c.door_scan_id
                    WHERE c.meeting_id = ? ORDER BY c.checked_in_at, c.door_scan_id
                    """,
                arguments: [meeting.rawValue]
            ).map { row in
                CheckIn(
                    attendee: row["attendee_id"], at: Timestamp.date(row["checked_in_at"]) ?? .distantPast,
                    door: row["door"], planVersion: row["plan_version"])
            }
        }
    }
}
