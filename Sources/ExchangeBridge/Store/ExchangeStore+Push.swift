import Foundation
import GRDB
import SeatPlanCore

extension ExchangeStore {
    /// Stores a PLAN.json as the meeting's next plan version with its documents, and queues
    /// one seat notice per unit listing its people and seats — all in one transaction, so a
    /// crash at any point leaves the store as it was and running the push again completes it.
    ///
    /// Idempotent: the same PLAN.json finds its stored version; documents already stored
    /// (same kind, file name and bytes) and notices already queued (dedupe key
    /// `seat-notice:<plan version>:<unit>`) are not written again. A push of a plan stored
    /// earlier without its documents or notices adds just those.
    ///
    /// Unseated attendees are listed in their unit's notice when their unit is known from the
    /// units' current rosters. A plan made by late changes notifies only the units it changed.
    /// Units the plan names that are not units of the meeting get no notice and are reported in
    /// the result.
    ///
    /// Signed: with ``ExchangeStoreOptions/signer``, the plan version and its seat notice are
    /// signed in the same transaction (``SignedStatement``), each once. A store with an office key
    /// refuses to push without a signer, or with another key's (``PublicationSigning``).
    ///
    /// - Parameters:
    ///   - condition: the version the plan was made on (a push on a stale version fails with
    ///     ``ExchangeStoreError/Kind/conflict`` and writes nothing) and the client's request id.
    ///   - beforeCommit: runs inside the transaction just before it commits (crash tests hold the
    ///     transaction open with it); `nil` normally.
    public func push(
        planJSON: Data, fileName: String, documents: [NewDocument], meeting: MeetingID,
        condition: PushCondition = .none, beforeCommit: (() -> Void)? = nil
    ) throws(ExchangeStoreError) -> PushResult {
        let checked = try inputCheck.plan(json: planJSON, fileName: fileName)
        for document in documents { try inputCheck.validate(document) }
        if let requestID = condition.requestID, requestID.isEmpty || requestID.count > 100 {
            throw ExchangeStoreError(.invalidInput, store: path, "a request id has 1 to 100 characters")
        }
        return try write(beforeCommit: beforeCommit) { db in
            guard let meetingRecord = try MeetingRecord.fetchOne(db, key: meeting.rawValue) else {
                throw ExchangeStoreError(.notFound, store: path, "has no \(meeting)")
            }
            let signing = try publicationSigning(db)
            try enforce(condition, db: db, meeting: meeting)
            let saved = try savePlan(db, checked, meeting: meeting)
            let planVersion = saved.info.id
            try sign(.planVersion(planVersion), signing, db) { try PublicationSigning.statement(of: saved.info) }
            try record(condition, planVersion: planVersion, db: db, meeting: meeting)
            var result = PushResult(
                plan: saved, documents: [], newDocumentCount: 0, noticesQueued: 0, noticesAlreadyQueued: 0,
                unknownUnits: [])
            for document in documents {
                let (info, isNew) = try insertDocument(db, document, meeting: meeting, planVersion: planVersion)
                result.documents.append(info)
                if isNew { result.newDocumentCount += 1 }
            }
            try queueSeatNotices(
                db, plan: checked.plan, meeting: meetingRecord, version: saved.info.version, planVersion: planVersion,
                into: &result)
            try signSeatNotice(of: planVersion, signing, db)
            if result.noticesQueued > 0 || result.newDocumentCount > 0 || saved.isNew {
                try appendAudit(
                    db, action: "plan.push", subject: "plan_version:\(planVersion.rawValue)", meeting: meeting,
                    detail: [
                        "version": .number(Int64(saved.info.version)),
                        "documents_added": .number(Int64(result.newDocumentCount)),
                        "notices_queued": .number(Int64(result.noticesQueued)),
                    ])
            }
            return result
        }
    }

    private func queueSeatNotices(
        _ db: Database, plan: SeatPlan, meeting: MeetingRecord, version: Int, planVersion: PlanVersionID,
        into result: inout PushResult
    ) throws {
        let meetingID = MeetingID(rawValue: meeting.id ?? 0)
        let batch = SeatNoticeBatch(
            plan: plan, meetingName: meeting.name, version: version, planVersion: planVersion,
            units: try Row.fetchAll(
                db, sql: "SELECT id, name FROM units WHERE meeting_id = ? ORDER BY official_order, name",
                arguments: [meetingID.rawValue]
            ).map { SeatNoticeBatch.Unit(id: $0["id"], name: $0["name"]) },
            roster: try rosterByAttendee(db, meeting: meetingID))
        result.unknownUnits = batch.unknownUnits
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO outbox (meeting_id, unit_id, plan_version_id, kind, dedupe_key, payload, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING
                """)
        let stamp = timestamp()
        for message in batch.messages {
            try insert.execute(arguments: [
                meetingID.rawValue, message.unitID, planVersion.rawValue, NoticeKind.seatNotice, message.dedupeKey,
                message.payload, stamp,
            ])
            if db.changesCount > 0 { result.noticesQueued += 1 } else { result.noticesAlreadyQueued += 1 }
        }
        try postSeatNotice(
            db, meeting: meeting, version: version, planVersion: planVersion, units: batch.messages.map(\.unitID))
    }

    /// Puts the plan version's seat notice in the inbox of every unit with people in it, once
    /// per plan version; each unit reads its own seats there (and prints them).
    private func postSeatNotice(
        _ db: Database, meeting: MeetingRecord, version: Int, planVersion: PlanVersionID, units: [Int64]
    ) throws {
        let posted =
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM notices WHERE plan_version_id = ?)",
                arguments: [planVersion.rawValue]) ?? false
        guard !posted, !units.isEmpty else { return }
        _ = try insertNotice(
            db, category: .seatNotice, title: SeatNoticeBatch.inboxTitle(version: version),
            body: SeatNoticeBatch.inboxBody(meetingName: meeting.name, version: version), deadline: nil,
            planVersion: planVersion, meeting: MeetingID(rawValue: meeting.id ?? 0), units: units)
    }

    /// Signs the plan version's seat notice (as stored, read back) when the store signs and it
    /// is not signed yet.
    private func signSeatNotice(of planVersion: PlanVersionID, _ signing: PublicationSigning, _ db: Database) throws {
        guard signing.signs,
            let id = try Int64.fetchOne(
                db, sql: "SELECT id FROM notices WHERE plan_version_id = ?", arguments: [planVersion.rawValue])
        else { return }
        let notice = NoticeID(rawValue: id)
        try sign(.notice(notice), signing, db) { try SignedStatement.notice(try requireNotice(db, notice)) }
    }

    /// Each attendee's name and unit in the units' current rosters.
    private func rosterByAttendee(
        _ db: Database, meeting: MeetingID
    ) throws -> [String: SeatNoticeBatch.RosterPerson] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT r.attendee_id, r.name, u.name AS unit_name
                FROM roster_submissions s
                JOIN units u ON u.id = s.unit_id
                JOIN submission_rows r ON r.submission_id = s.id
                WHERE s.meeting_id = ? AND s.status = 'parsed' AND s.superseded_by IS NULL AND r.accepted = 1
                ORDER BY r.id
                """,
            arguments: [meeting.rawValue])
        var people: [String: SeatNoticeBatch.RosterPerson] = [:]
        for row in rows {
            guard let id = row["attendee_id"] as String? else { continue }
            people[id] = SeatNoticeBatch.RosterPerson(name: row["name"] ?? id, unit: row["unit_name"])
        }
        return people
    }
}
