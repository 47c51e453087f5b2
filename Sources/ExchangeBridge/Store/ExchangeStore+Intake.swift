import Foundation
import GRDB
import SeatPlanCore

extension ExchangeStore {
    /// What the exchange system does when a unit uploads its roster CSV: the file is stored as
    /// received (committed first, so nothing is lost), then read row by row with
    /// ``RosterIntake/parse(_:file:unit:)``; each row is recorded accepted or rejected with its
    /// reason. A file that cannot be read at all is recorded as failed, with the reason.
    ///
    /// - Returns: the receipt; its status is `parsed` or `failed`.
    public func submitRosterCSV(
        unitNamed unitName: String, meeting: MeetingID, fileName: String, raw: Data
    ) throws(ExchangeStoreError) -> SubmissionReceipt {
        try submitRoster(unitNamed: unitName, meeting: meeting, fileName: fileName, raw: raw) { data in
            try RosterIntake.parse(data, file: fileName, unit: unitName)
        }
    }

    /// One submission with its recorded rows, e.g. to show a unit what was rejected and why.
    public func submission(_ id: SubmissionID) throws(ExchangeStoreError) -> RosterSubmission {
        let found = try read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT \(SubmissionRecord.summaryColumns(alias: "s")), u.name AS unit_name
                    FROM roster_submissions s JOIN units u ON u.id = s.unit_id WHERE s.id = ?
                    """,
                arguments: [id.rawValue]
            ).map(RosterSubmission.init(row:))
        }
        guard let found else { throw ExchangeStoreError(.notFound, store: path, "has no \(id)") }
        return found
    }
}
