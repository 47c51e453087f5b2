import ExchangeBridge
import Foundation
import PostgresNIO

extension PostgresExchangeStore {
    /// Completeness of the meeting's roster intake against `deadline` (if given), as of now:
    /// per unit whether a readable roster is stored, when, with how many rows accepted and
    /// rejected; lateness is judged by when the unit's first readable roster arrived.
    public func submissionOverview(meeting: MeetingID, deadline: Date?) async throws(ExchangeStoreError)
        -> SubmissionOverview
    {
        let asOf = now()
        let (found, units, submissions) = try await read { connection in
            let found = try await PostgresMeetingRows.meeting(meeting, connection)
            let units = try await PostgresUnitRows.list(meeting, connection, fields: personalFields)
            let submissions = try await connection.rows(
                """
                SELECT \(unescaped: PostgresSubmissionRows.columns)
                FROM roster_submissions s JOIN units u ON u.id = s.unit_id
                WHERE s.meeting_id = \(meeting.rawValue) ORDER BY s.unit_id, s.version
                """
            ).map(PostgresSubmissionRows.decode)
            return (found, units, submissions)
        }
        guard let found else { throw ExchangeStoreError(.notFound, store: path, "has no \(meeting)") }
        return SubmissionOverview.of(
            meeting: found, units: units, submissions: submissions, deadline: deadline, asOf: asOf)
    }
}
