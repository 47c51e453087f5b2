import ExchangeBridge
import Foundation

extension PostgresExchangeStore {
    /// What the exchange system does when a unit uploads its roster CSV: the file is stored as
    /// received (committed first, so nothing is lost), then read row by row with
    /// ``RosterIntake/parse(_:file:unit:)``; each row is recorded accepted or rejected with its
    /// reason. A file that cannot be read at all is recorded as failed, with the reason.
    ///
    /// - Returns: the receipt; its status is `parsed` or `failed`.
    public func submitRosterCSV(
        unitNamed unitName: String, meeting: MeetingID, fileName: String, raw: Data
    ) async throws(ExchangeStoreError) -> SubmissionReceipt {
        let receipt = try await receiveSubmission(unitNamed: unitName, meeting: meeting, fileName: fileName, raw: raw)
        let parsed: ParsedRoster
        do {
            parsed = try RosterIntake.parse(raw, file: fileName, unit: unitName)
        } catch {
            let reason = String(describing: error).replacingOccurrences(of: "\u{0}", with: "\u{FFFD}")
            return try await recordSubmissionFailure(reason, encoding: nil, submission: receipt.id)
        }
        do {
            return try await recordParsedRoster(parsed, submission: receipt.id)
        } catch {
            // Rows the store cannot keep as they are (a NUL character, say): the file is refused
            // whole, with the reason, rather than left half-read.
            guard error.kind == .invalidInput else { throw error }
            let reason = error.message.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}")
            return try await recordSubmissionFailure(reason, encoding: nil, submission: receipt.id)
        }
    }
}
