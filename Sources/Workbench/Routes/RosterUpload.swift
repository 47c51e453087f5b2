import ExchangeBridge
import Foundation
import HTTPTypes
import Hummingbird
import SeatPlanCore

/// A unit's roster uploaded from the overview: stored as received, read row by row; the answer
/// lists every rejected row with its line and field, as `seatplan store submit` prints them.
struct RosterUpload {
    let store: any ExchangeStorage
    /// Where read rosters are committed, in groups (see ``RosterCommitQueue``).
    let commits: RosterCommitQueue

    struct Answer: Encodable {
        let version: Int
        let status: String
        let accepted: Int
        let rejected: Int
        let problems: [APIError.Problem]
    }

    /// Keeps a file that could not be taken as a failed submission, with the reason.
    private func refuse(
        _ raw: Data, reason: String, encoding: String?, unit: String, fileName: String, meeting: MeetingID
    ) async throws {
        let received = try await store.receiveSubmission(
            unitNamed: unit, meeting: meeting, fileName: fileName, raw: raw)
        _ = try await store.recordSubmissionFailure(reason, encoding: encoding, submission: received.id)
    }

    /// Stores and reads `raw` as `unit`'s roster; `unitIsKnown` skips looking the unit up (the
    /// caller found it already).
    func submit(
        _ raw: Data, unit: String, fileName: String, meeting: MeetingID, unitIsKnown: Bool = false
    ) async throws -> Response {
        guard !raw.isEmpty else { throw APIError(.unprocessableContent, "\(fileName): the file is empty") }
        if !unitIsKnown, try await !store.units(meeting: meeting).contains(where: { $0.details.name == unit }) {
            throw APIError.notFound("unit '\(unit)' of this meeting")
        }
        // Read first; a file that reads is stored with its rows in one transaction. A file that
        // cannot be read, or whose rows the store cannot keep, is still stored, as failed.
        let parsed: ParsedRoster
        let receipt: SubmissionReceipt
        do {
            parsed = try RosterIntake.parse(raw, file: fileName, unit: unit)
        } catch {
            let reason = error.description.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}")
            try await refuse(raw, reason: reason, encoding: nil, unit: unit, fileName: fileName, meeting: meeting)
            throw APIError(
                .unprocessableContent, "\(fileName): \(reason)",
                problems: error.errors.map {
                    APIError.Problem(file: fileName, line: $0.line, field: $0.field, message: $0.message)
                })
        }
        do throws(ExchangeStoreError) {
            receipt = try await commits.submit(
                ParsedRosterUpload(parsed, unitNamed: unit, meeting: meeting, fileName: fileName, raw: raw))
        } catch {
            guard error.kind == .invalidInput else { throw error }
            try await refuse(
                raw, reason: error.message, encoding: parsed.encoding, unit: unit, fileName: fileName, meeting: meeting)
            throw APIError(
                .unprocessableContent, "\(fileName): \(error.message)",
                problems: [APIError.Problem(file: fileName, line: nil, field: nil, message: error.message)])
        }
        let rejected = parsed.rows.filter { !$0.isAccepted }
        let problems = rejected.map {
            APIError.Problem(
                file: fileName, line: $0.line, field: $0.rejection?.field, message: $0.rejection?.reason ?? "")
        }
        return try JSONReply.response(
            Answer(
                version: receipt.version, status: SubmissionStatus.parsed.rawValue,
                accepted: parsed.rows.count - rejected.count, rejected: rejected.count, problems: problems),
            status: .created)
    }
}
