import Foundation

/// The rules of recording door scans, the same on every backend: what a scan must hold, and
/// what a recording reports back.
package enum DoorScanRules {
    /// Refuses a scan whose id is not 1 to 100 characters, whose door is unnamed, whose code
    /// hash is not 64 lowercase hex digits, that admits nobody, or holds text that cannot be
    /// stored. Checked before the store is touched.
    package static func validate(_ scan: DoorScan, store: String) throws(ExchangeStoreError) {
        let check = StoreInputCheck(store: store)
        try check.requireStorableText(
            [
                "scan id": scan.scanID, "door": scan.door, "attendee": scan.attendee, "seat": scan.seatLabel,
                "reason": scan.reason, "code hash": scan.codeSHA256,
            ],
            in: "door scan")
        // Counted in code points, as both databases count text.
        guard (1...100).contains(scan.scanID.unicodeScalars.count) else {
            throw ExchangeStoreError(.invalidInput, store: store, "a scan id has 1 to 100 characters")
        }
        guard !scan.door.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ExchangeStoreError(.invalidInput, store: store, "scan \(scan.scanID): the door needs a name")
        }
        guard scan.codeSHA256.utf8.count == 64, scan.codeSHA256.allSatisfy({ $0.isHexDigit && !$0.isUppercase })
        else {
            throw ExchangeStoreError(
                .invalidInput, store: store, "scan \(scan.scanID): the code's SHA-256 is 64 lowercase hex digits")
        }
        if scan.verdict == .admitted, scan.attendee?.isEmpty ?? true {
            throw ExchangeStoreError(
                .invalidInput, store: store, "scan \(scan.scanID): an admitted scan names the person it admits")
        }
    }

    /// A person's check-in as stored: the scan row that made it and when.
    package struct StoredCheckIn: Sendable {
        /// The `door_scans` row id of the admitting scan.
        package let scanRowID: Int64
        /// When it was made.
        package let at: Date

        /// A stored check-in.
        package init(scanRowID: Int64, at: Date) {
            self.scanRowID = scanRowID
            self.at = at
        }
    }

    /// The receipt of the scan stored as row `id` at `scannedAt` with `verdict`, given the
    /// person's check-in (`nil` when none, or the scan was refused) and whether the scan id had
    /// been recorded before. A scan is a repeat when the person's check-in was made by another
    /// scan, so a scan sent again reports what its first recording did.
    package static func receipt(
        id: Int64, scannedAt: Date, verdict: DoorScan.Verdict, checkIn: StoredCheckIn?, wasRecordedBefore: Bool
    ) -> ScanReceipt {
        guard verdict == .admitted, let checkIn else {
            return ScanReceipt(
                id: id, scannedAt: scannedAt, checkedInAt: nil, isRepeat: false, wasRecordedBefore: wasRecordedBefore)
        }
        return ScanReceipt(
            id: id, scannedAt: scannedAt, checkedInAt: checkIn.at, isRepeat: checkIn.scanRowID != id,
            wasRecordedBefore: wasRecordedBefore)
    }
}
