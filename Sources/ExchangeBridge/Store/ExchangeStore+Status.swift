import Foundation
import GRDB

extension ExchangeStore {
    /// Completeness of the meeting's roster intake against `deadline` (if given), as of now:
    /// per unit whether a readable roster is stored, when, with how many rows accepted and
    /// rejected; lateness is judged by when the unit's first readable roster arrived.
    public func submissionOverview(meeting: MeetingID, deadline: Date? = nil) throws(ExchangeStoreError)
        -> SubmissionOverview
    {
        let asOf = now()
        let (meetingRecord, units, submissions) = try read { db in
            let meetingRecord = try MeetingRecord.fetchOne(db, key: meeting.rawValue)
            let units = try unitList(db, meeting: meeting)
            let submissions = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(SubmissionRecord.summaryColumns(alias: "s")), u.name AS unit_name
                    FROM roster_submissions s JOIN units u ON u.id = s.unit_id
                    WHERE s.meeting_id = ? ORDER BY s.unit_id, s.version
                    """,
                arguments: [meeting.rawValue]
            ).map(RosterSubmission.init(row:))
            return (meetingRecord, units, submissions)
        }
        guard let meetingRecord else { throw ExchangeStoreError(.notFound, store: path, "has no \(meeting)") }
        return SubmissionOverview.of(
            meeting: meetingRecord.meeting, units: units, submissions: submissions, deadline: deadline, asOf: asOf)
    }

    /// The units of `meeting` in official order, their personal fields opened, read inside the
    /// caller's transaction.
    func unitList(_ db: Database, meeting: MeetingID) throws -> [MeetingUnit] {
        let records = try UnitRecord.filter(Column("meeting_id") == meeting.rawValue)
            .order(Column("official_order"), Column("name")).fetchAll(db)
        let namesByID = Dictionary(
            uniqueKeysWithValues: records.compactMap { record in record.id.map { ($0, record.name) } })
        let fields = personalFields
        return try records.map { record throws(ExchangeStoreError) in
            try record.unit(parentName: record.parentUnitID.flatMap { namesByID[$0] }, fields: fields)
        }
    }
}
