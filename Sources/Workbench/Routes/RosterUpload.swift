import ExchangeBridge
import Foundation
import HTTPTypes
import Hummingbird

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

    func submit(_ raw: Data, unit: String, fileName: String, meeting: MeetingID) async throws -> Response {
        guard !raw.isEmpty else { throw APIError(.unprocessableContent, "\(fileName): the file is empty") }
        guard try await store.units(meeting: meeting).contains(where: { $0.details.name == unit }) else {
            throw APIError.notFound("unit '\(unit)' of this meeting")
        }
        let receipt = try await store.submitRosterCSV(unitNamed: unit, meeting: meeting, fileName: fileName, raw: raw)
        let submission = try await store.submission(receipt.id)
        if submission.status == .failed {
            let problem = APIError.Problem(
                file: fileName, line: nil, field: nil, message: submission.failureReason ?? "")
            throw APIError(
                .unprocessableContent, "\(fileName): \(submission.failureReason ?? "cannot be read")",
                problems: [problem])
        }
        let rejected = try await store.rows(of: receipt.id).filter { !$0.isAccepted }
        let problems = rejected.map {
            APIError.Problem(
                file: fileName, line: $0.line, field: $0.rejection?.field, message: $0.rejection?.reason ?? "")
        }
        return try JSONReply.response(
            Answer(
                version: submission.version, status: submission.status.rawValue, accepted: submission.acceptedCount,
                rejected: submission.rejectedCount, problems: problems),
            status: .created)
    }
}
