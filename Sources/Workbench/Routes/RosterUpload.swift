import ExchangeBridge
import Foundation
import HTTPTypes
import Hummingbird
import SeatPlanCore

/// A unit's roster uploaded from the overview: stored as received, read row by row; the answer
/// lists every rejected row with its line and field, as `seatplan store submit` prints them.
struct RosterUpload {
    let store: any ExchangeStorage

    struct Answer: Encodable {
        let version: Int
        let status: String
        let accepted: Int
        let rejected: Int
        let problems: [APIError.Problem]
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
        // Received first (the file is kept whatever happens next), then read here and recorded:
        // the answer comes from the rows just read, with no second look at the store.
        let receipt = try await store.receiveSubmission(unitNamed: unit, meeting: meeting, fileName: fileName, raw: raw)
        let parsed: ParsedRoster
        do {
            parsed = try RosterIntake.parse(raw, file: fileName, unit: unit)
        } catch {
            let reason = error.description.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}")
            _ = try await store.recordSubmissionFailure(reason, encoding: nil, submission: receipt.id)
            throw APIError(
                .unprocessableContent, "\(fileName): \(reason)",
                problems: error.errors.map {
                    APIError.Problem(file: fileName, line: $0.line, field: $0.field, message: $0.message)
                })
        }
        do {
            _ = try await store.recordParsedRoster(parsed, submission: receipt.id)
        } catch {
            // Rows the store cannot keep as they are (a NUL character, say): refused whole.
            guard error.kind == .invalidInput else { throw error }
            _ = try await store.recordSubmissionFailure(
                error.message, encoding: parsed.encoding, submission: receipt.id)
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
