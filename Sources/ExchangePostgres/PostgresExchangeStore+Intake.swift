import ExchangeBridge
import Foundation

extension PostgresExchangeStore {
    /// What the exchange system does when a unit uploads its roster CSV: the file is read row by
    /// row with ``RosterIntake/parse(_:file:unit:)`` and stored as received together with each
    /// row's verdict, in one transaction (the file is read before it is stored, so nothing is
    /// acknowledged that is not stored). A file that cannot be read at all, or whose rows the store
    /// cannot keep (a NUL character, say), is stored as failed with the reason: refused whole
    /// rather than left half-read.
    ///
    /// - Returns: the receipt; its status is `parsed` or `failed`.
    public func submitRosterCSV(
        unitNamed unitName: String, meeting: MeetingID, fileName: String, raw: Data
    ) async throws(ExchangeStoreError) -> SubmissionReceipt {
        let parsed: ParsedRoster
        do {
            parsed = try RosterIntake.parse(raw, file: fileName, unit: unitName)
        } catch {
            return try await storeUnreadable(
                String(describing: error), unitNamed: unitName, meeting: meeting, fileName: fileName, raw: raw)
        }
        do {
            return try await submitParsedRoster(
                parsed, unitNamed: unitName, meeting: meeting, fileName: fileName, raw: raw)
        } catch {
            guard error.kind == .invalidInput else { throw error }
            return try await storeUnreadable(
                error.message, unitNamed: unitName, meeting: meeting, fileName: fileName, raw: raw)
        }
    }

    /// Stores a file as received and then as failed, with `reason` (NUL characters replaced).
    private func storeUnreadable(
        _ reason: String, unitNamed unitName: String, meeting: MeetingID, fileName: String, raw: Data
    ) async throws(ExchangeStoreError) -> SubmissionReceipt {
        let receipt = try await receiveSubmission(unitNamed: unitName, meeting: meeting, fileName: fileName, raw: raw)
        return try await recordSubmissionFailure(
            reason.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}"), encoding: nil, submission: receipt.id)
    }
}
