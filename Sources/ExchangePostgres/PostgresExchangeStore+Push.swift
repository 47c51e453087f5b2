import ExchangeBridge
import Foundation
import PostgresNIO
import SeatPlanCore

extension PostgresExchangeStore {
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
    /// Two servers pushing on the same version at once: the transactions are SERIALIZABLE, so
    /// one of them is retried after the other committed, and then finds its base version stale.
    ///
    /// - Parameters:
    ///   - condition: the version the plan was made on (a push on a stale version fails with
    ///     ``ExchangeStoreError/Kind/conflict`` and writes nothing) and the client's request id.
    ///   - beforeCommit: runs inside the transaction just before it commits (crash tests hold the
    ///     transaction open with it); `nil` normally.
    public func push(
        planJSON: Data, fileName: String, documents: [NewDocument], meeting: MeetingID, condition: PushCondition,
        beforeCommit: (() -> Void)?
    ) async throws(ExchangeStoreError) -> PushResult {
        let checked = try inputCheck.plan(json: planJSON, fileName: fileName)
        for document in documents { try inputCheck.validate(document) }
        if let requestID = condition.requestID, requestID.isEmpty || requestID.count > 100 {
            throw ExchangeStoreError(.invalidInput, store: path, "a request id has 1 to 100 characters")
        }
        if let requestID = condition.requestID {
            try inputCheck.requireStorableText(["request id": requestID], in: "the push")
        }
        return try await write { connection in
            let meetingName = try await nameOfMeeting(connection, meeting)
            let signing = try await publicationSigning(connection)
            try await enforce(condition, connection: connection, meeting: meeting)
            let saved = try await savePlan(connection, checked, meeting: meeting)
            let planVersion = saved.info.id
            try await sign(.planVersion(planVersion), signing, connection) {
                try PublicationSigning.statement(of: saved.info)
            }
            try await record(condition, planVersion: planVersion, connection: connection, meeting: meeting)
            var result = PushResult(
                plan: saved, documents: [], newDocumentCount: 0, noticesQueued: 0, noticesAlreadyQueued: 0,
                unknownUnits: [])
            for document in documents {
                let (info, isNew) = try await insertDocument(
                    connection, document, meeting: meeting, planVersion: planVersion)
                result.documents.append(info)
                if isNew { result.newDocumentCount += 1 }
            }
            try await queueSeatNotices(
                connection, plan: checked.plan, meeting: meeting, meetingName: meetingName,
                version: saved.info.version, planVersion: planVersion, into: &result)
            try await signSeatNotice(of: planVersion, signing, connection)
            if result.noticesQueued > 0 || result.newDocumentCount > 0 || saved.isNew {
                try await appendAudit(
                    connection, action: "plan.push", subject: "plan_version:\(planVersion.rawValue)", meeting: meeting,
                    detail: [
                        "version": .number(Int64(saved.info.version)),
                        "documents_added": .number(Int64(result.newDocumentCount)),
                        "notices_queued": .number(Int64(result.noticesQueued)),
                    ])
            }
            beforeCommit?()
            return result
        }
    }

    /// Checks a push's condition inside its transaction: the version it was made on must still
    /// be the meeting's newest.
    private func enforce(_ condition: PushCondition, connection: PostgresConnection, meeting: MeetingID) async throws {
        guard let expected = condition.basedOnVersion else { return }
        let current =
            try await connection.scalar(
                "SELECT max(version) FROM plan_versions WHERE meeting_id = \(meeting.rawValue)", as: Int.self) ?? 0
        if current != expected {
            throw ExchangeStoreError(
                .conflict, store: path,
                "the change was made on plan version \(expected), but version \(current) is current now")
        }
    }

    /// Records which request produced a plan version (inside the push's transaction).
    private func record(
        _ condition: PushCondition, planVersion: PlanVersionID, connection: PostgresConnection, meeting: MeetingID
    ) async throws {
        guard let requestID = condition.requestID else { return }
        try await connection.run(
            """
            INSERT INTO plan_requests (request_id, meeting_id, plan_version_id, created_at)
            VALUES (\(requestID), \(meeting.rawValue), \(planVersion.rawValue), \(now()))
            ON CONFLICT (request_id) DO NOTHING
            """)
    }

    private func queueSeatNotices(
        _ connection: PostgresConnection, plan: SeatPlan, meeting: MeetingID, meetingName: String, version: Int,
        planVersion: PlanVersionID, into result: inout PushResult
    ) async throws {
        // The units in official order (names by code point, as SQLite orders them).
        let units = try await connection.rows(
            """
            SELECT id, name FROM units WHERE meeting_id = \(meeting.rawValue)
            ORDER BY official_order, name COLLATE "C"
            """
        ).map { row in
            SeatNoticeBatch.Unit(id: try row.value("id", as: Int64.self), name: try row.value("name", as: String.self))
        }
        let batch = SeatNoticeBatch(
            plan: plan, meetingName: meetingName, version: version, planVersion: planVersion, units: units,
            roster: try await rosterByAttendee(connection, meeting: meeting))
        result.unknownUnits = batch.unknownUnits
        let notices = batch.messages
        // The notices queued before are looked up first (as SQLite finds them), so that they use no id.
        let known = Set(
            try await connection.rows(
                "SELECT dedupe_key FROM outbox WHERE dedupe_key = ANY(\(notices.map(\.dedupeKey)))"
            ).map { row in try row.value("dedupe_key", as: String.self) })
        let stamp = now()
        let queued = try await PlanRows.insert(
            connection,
            prefix: "INSERT INTO outbox (meeting_id, unit_id, plan_version_id, kind, dedupe_key, payload, created_at)",
            casts: ["bigint", "bigint", "bigint", "text", "text", "text", "timestamptz"],
            suffix: "ON CONFLICT (dedupe_key) DO NOTHING RETURNING id",
            rows: notices.filter { !known.contains($0.dedupeKey) }
        ) { notice, bindings in
            try bindings.append(meeting.rawValue)
            try bindings.append(notice.unitID)
            try bindings.append(planVersion.rawValue)
            try bindings.append(NoticeKind.seatNotice)
            try bindings.append(notice.dedupeKey)
            try bindings.append(notice.payload)
            try bindings.append(stamp)
        }
        result.noticesQueued += queued.count
        result.noticesAlreadyQueued += notices.count - queued.count
        try await postSeatNotice(
            connection, meeting: meeting, meetingName: meetingName, version: version, planVersion: planVersion,
            units: notices.map(\.unitID))
    }

    /// Puts the plan version's seat notice in the inbox of every unit with people in it, once
    /// per plan version; each unit reads its own seats there (and prints them).
    private func postSeatNotice(
        _ connection: PostgresConnection, meeting: MeetingID, meetingName: String, version: Int,
        planVersion: PlanVersionID, units: [Int64]
    ) async throws {
        let posted =
            try await connection.scalar(
                "SELECT EXISTS (SELECT 1 FROM notices WHERE plan_version_id = \(planVersion.rawValue))", as: Bool.self)
            ?? false
        guard !posted, !units.isEmpty else { return }
        let title = SeatNoticeBatch.inboxTitle(version: version)
        let body = SeatNoticeBatch.inboxBody(meetingName: meetingName, version: version)
        guard
            let notice = try await connection.scalar(
                """
                INSERT INTO notices (meeting_id, kind, title, body, deadline, plan_version_id, created_by, created_at)
                VALUES (\(meeting.rawValue), \(NoticeCategory.seatNotice.rawValue), \(title), \(body), NULL,
                    \(planVersion.rawValue), \(auditActor), \(now()))
                RETURNING id
                """, as: Int64.self)
        else { return }
        try await connection.run(
            """
            INSERT INTO notice_recipients (notice_id, unit_id)
            SELECT \(notice), unit FROM unnest(\(units)) WITH ORDINALITY AS recipients(unit, position)
            ORDER BY position
            ON CONFLICT DO NOTHING
            """)
    }

    /// Signs the plan version's seat notice (as stored, read back) when the store signs and it
    /// is not signed yet.
    private func signSeatNotice(
        of planVersion: PlanVersionID, _ signing: PublicationSigning, _ connection: PostgresConnection
    ) async throws {
        guard signing.signs,
            let id = try await connection.scalar(
                "SELECT id FROM notices WHERE plan_version_id = \(planVersion.rawValue)", as: Int64.self)
        else { return }
        let notice = try await requireNotice(connection, NoticeID(rawValue: id))
        try await sign(.notice(notice.id), signing, connection) { try SignedStatement.notice(notice) }
    }

    /// Each attendee's name and unit in the units' current rosters.
    private func rosterByAttendee(
        _ connection: PostgresConnection, meeting: MeetingID
    ) async throws -> [String: SeatNoticeBatch.RosterPerson] {
        let rows = try await connection.rows(
            """
            SELECT r.attendee_id, r.name, u.name AS unit_name
            FROM roster_submissions s
            JOIN units u ON u.id = s.unit_id
            JOIN submission_rows r ON r.submission_id = s.id
            WHERE s.meeting_id = \(meeting.rawValue) AND s.status = 'parsed' AND s.superseded_by IS NULL
                AND r.accepted
            ORDER BY r.id
            """)
        var people: [String: SeatNoticeBatch.RosterPerson] = [:]
        for row in rows {
            guard let id = try row.value("attendee_id", as: String?.self) else { continue }
            people[id] = SeatNoticeBatch.RosterPerson(
                name: try row.value("name", as: String?.self) ?? id, unit: try row.value("unit_name", as: String.self))
        }
        return people
    }
}
