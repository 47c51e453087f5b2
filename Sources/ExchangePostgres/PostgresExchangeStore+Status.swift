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
            let units = try await PostgresUnitRows.list(meeting, connection)
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
        let byUnit = Dictionary(grouping: submissions, by: \.unitID)
        let statuses = units.map { unit in
            let own = byUnit[unit.id] ?? []
            let current = own.last(where: \.isCurrent)
            let firstSubmittedAt = own.first(where: { $0.status == .parsed })?.receivedAt
            let state: SubmissionState
            switch (current, deadline) {
            case (.some, .some(let deadline)): state = (firstSubmittedAt ?? asOf) > deadline ? .late : .submitted
            case (.some, .none): state = .submitted
            case (.none, .some(let deadline)): state = asOf > deadline ? .missing : .outstanding
            case (.none, .none): state = .outstanding
            }
            return UnitSubmissionStatus(
                unit: unit, state: state, current: current, latest: own.last, firstSubmittedAt: firstSubmittedAt,
                submissionCount: own.count)
        }
        return SubmissionOverview(meeting: found, deadline: deadline, asOf: asOf, units: statuses)
    }
}
