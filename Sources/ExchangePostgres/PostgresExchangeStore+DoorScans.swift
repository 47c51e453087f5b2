import ExchangeBridge
import Foundation
import PostgresNIO

extension PostgresExchangeStore {
    /// Records a door scan and, for a person's first admitted scan, their check-in, in one
    /// transaction. Idempotent by scan id: a scan sent again changes nothing and returns its
    /// first recording (``ScanReceipt/wasRecordedBefore``); an admitted scan of a person who
    /// checked in before is recorded and reported as a repeat (``ScanReceipt/isRepeat``), their
    /// first check-in kept. Doors scanning the same person at once: the transactions are
    /// SERIALIZABLE, so one of them runs again and finds the other's check-in.
    ///
    /// No audit entry is written per scan: `door_scans` is itself the record (who scanned, when,
    /// at which door, with what verdict), and a busy door would flood the audit log.
    ///
    /// - Throws: ``ExchangeStoreError/Kind/invalidInput`` for a scan that is not well formed
    ///   (``DoorScanRules/validate(_:store:)``), checked before the store is touched;
    ///   ``ExchangeStoreError/Kind/notFound`` for an unknown meeting.
    public func recordScan(_ scan: DoorScan) async throws(ExchangeStoreError) -> ScanReceipt {
        try DoorScanRules.validate(scan, store: path)
        return try await write { connection in
            try await PostgresMeetingRows.require(scan.meeting, connection, store: path)
            let inserted = try await connection.firstRow(
                """
                INSERT INTO door_scans (meeting_id, scan_id, door, attendee_id, plan_version, seat_label, verdict,
                    reason, code_sha256, scanned_at, scanned_by)
                VALUES (\(scan.meeting.rawValue), \(scan.scanID), \(scan.door), \(scan.attendee), \(scan.planVersion),
                    \(scan.seatLabel), \(scan.verdict.rawValue), \(scan.reason), \(scan.codeSHA256), \(now()),
                    \(auditActor))
                ON CONFLICT (scan_id) DO NOTHING RETURNING id
                """)
            guard
                let row = try await connection.firstRow(
                    """
                    SELECT id, meeting_id, attendee_id, verdict, scanned_at FROM door_scans
                    WHERE scan_id = \(scan.scanID)
                    """)
            else { throw ExchangeStoreError(.database, store: path, "scan \(scan.scanID) was not recorded") }
            let id = try row.value("id", as: Int64.self)
            let verdict = DoorScan.Verdict(rawValue: try row.value("verdict", as: String.self)) ?? .refused
            let meeting = try row.value("meeting_id", as: Int64.self)
            let attendee = try row.value("attendee_id", as: String?.self)
            let scannedAt = try row.value("scanned_at", as: Date.self)
            if verdict == .admitted, inserted != nil, let attendee {
                try await connection.run(
                    """
                    INSERT INTO checkins (meeting_id, attendee_id, door_scan_id, checked_in_at)
                    VALUES (\(meeting), \(attendee), \(id), \(scannedAt)) ON CONFLICT DO NOTHING
                    """)
            }
            var checkIn: DoorScanRules.StoredCheckIn?
            if let attendee,
                let row = try await connection.firstRow(
                    """
                    SELECT door_scan_id, checked_in_at FROM checkins
                    WHERE meeting_id = \(meeting) AND attendee_id = \(attendee)
                    """)
            {
                checkIn = DoorScanRules.StoredCheckIn(
                    scanRowID: try row.value("door_scan_id"), at: try row.value("checked_in_at"))
            }
            return DoorScanRules.receipt(
                id: id, scannedAt: scannedAt, verdict: verdict, checkIn: checkIn, wasRecordedBefore: inserted == nil)
        }
    }

    /// The check-ins of a meeting in check-in order, each with the door and plan version of
    /// the scan that made it.
    ///
    /// - Throws: ``ExchangeStoreError/Kind/notFound`` for an unknown meeting.
    public func checkIns(meeting: MeetingID) async throws(ExchangeStoreError) -> [CheckIn] {
        try await read { connection in
            try await PostgresMeetingRows.require(meeting, connection, store: path)
            return try await connection.rows(
                """
                SELECT c.attendee_id, c.checked_in_at, s.door, s.plan_version
                FROM checkins c JOIN door_scans s ON s.id = c.door_scan_id
                WHERE c.meeting_id = \(meeting.rawValue) ORDER BY c.checked_in_at, c.door_scan_id
                """
            ).map { row in
                CheckIn(
                    attendee: try row.value("attendee_id"), at: try row.value("checked_in_at"),
                    door: try row.value("door"), planVersion: try row.value("plan_version", as: Int?.self))
            }
        }
    }
}
