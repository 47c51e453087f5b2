import Foundation
import GRDB

extension ExchangeStore {
    /// The `last_error` of a message to a unit without a mobile number.
    public static let noMobileError = "unit has no mobile number on file"

    /// Leases up to `limit` due messages to `worker` for `lease`, oldest first, in one IMMEDIATE
    /// transaction, so two workers (or processes) never claim the same message while a lease
    /// holds. Due means queued, `next_attempt_at` passed (or never set), and not leased or the
    /// lease expired. Due messages to units without a mobile number are marked failed instead
    /// (see ``OutboxClaim/unreachable``). A PostgreSQL backend does the same with
    /// `SELECT … FOR UPDATE SKIP LOCKED`.
    ///
    /// A sealed mobile number is opened with ``ExchangeStoreOptions/fieldSealer``. Without a
    /// sealer, messages to units whose mobile is sealed are left queued (neither claimed nor
    /// failed) for a worker that holds the data key: "（已加密）" is not a number to send to.
    public func claimDueMessages(
        limit: Int, worker: String, lease: Duration
    ) throws(ExchangeStoreError) -> OutboxClaim {
        guard limit > 0 else { return OutboxClaim(messages: [], unreachable: []) }
        let now = now()
        let stamp = Timestamp.text(now)
        let until = now.addingTimeInterval(Self.seconds(lease))
        let token = ClaimToken.random()
        let fields = personalFields
        return try write { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT o.id, o.meeting_id, o.unit_id, o.kind, o.dedupe_key, o.payload, o.attempts,
                           u.name AS unit_name, trim(u.mobile) AS mobile
                    FROM outbox o JOIN units u ON u.id = o.unit_id
                    WHERE o.state = 'queued'
                      AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= :now)
                      AND (o.claimed_until IS NULL OR o.claimed_until <= :now)
                      AND (:opens OR substr(u.mobile, 1, length(:sealed)) <> :sealed)
                    ORDER BY ifnull(o.next_attempt_at, o.created_at), o.id
                    LIMIT :limit
                    """,
                arguments: [
                    "now": stamp, "limit": limit, "opens": fields.sealer != nil, "sealed": PersonalFields.sealedPrefix,
                ])
            var claim = OutboxClaim(messages: [], unreachable: [])
            for row in rows {
                let id = OutboxMessageID(rawValue: row["id"])
                let meeting = MeetingID(rawValue: row["meeting_id"])
                let mobile = try fields.mobileToSend(row["mobile"], unit: row["unit_name"])
                if mobile.isEmpty {
                    try db.execute(
                        sql: """
                            UPDATE outbox SET state = 'failed', last_error = ?, claimed_until = NULL, claim_token = NULL
                            WHERE id = ?
                            """,
                        arguments: [Self.noMobileError, id.rawValue])
                    try appendAudit(
                        db, action: "outbox.failed", subject: "outbox:\(id.rawValue)", meeting: meeting,
                        detail: ["reason": .text(Self.noMobileError)])
                    claim.unreachable.append(id)
                    continue
                }
                try db.execute(
                    sql: "UPDATE outbox SET claimed_until = ?, claim_token = ? WHERE id = ?",
                    arguments: [Timestamp.text(until), token.rawValue, id.rawValue])
                let attempts: Int = row["attempts"]
                claim.messages.append(
                    ClaimedMessage(
                        id: id, meetingID: meeting, unitID: UnitID(rawValue: row["unit_id"]),
                        unitName: row["unit_name"], kind: row["kind"], text: row["payload"], mobile: mobile,
                        attempt: attempts + 1,
                        idempotencyKey: OutboxIdempotencyKey.make(id: id, dedupeKey: row["dedupe_key"]),
                        claimToken: token, claimedUntil: until))
            }
            if !claim.messages.isEmpty {
                try appendAudit(
                    db, action: "outbox.claim", subject: "worker:\(worker)", meeting: nil,
                    detail: ["messages": .list(claim.messages.map { String($0.id.rawValue) })])
            }
            return claim
        }
    }

    /// Records that `message` was delivered through `via`: state `sent`, `sent_at` now, the
    /// attempt counted, the lease released. Recorded whoever holds the lease (the message *was*
    /// delivered); returns `false` when it was already settled (sent or failed) and nothing changed.
    public func recordDelivered(
        _ message: OutboxMessageID, token: ClaimToken, via: String
    ) throws(ExchangeStoreError) -> Bool {
        let stamp = timestamp()
        return try write { db in
            let holder = try String.fetchOne(
                db, sql: "SELECT claim_token FROM outbox WHERE id = ?", arguments: [message.rawValue])
            try db.execute(
                sql: """
                    UPDATE outbox SET state = 'sent', sent_at = ?, delivered_via = ?, attempts = attempts + 1,
                        last_error = NULL, next_attempt_at = NULL, claimed_until = NULL, claim_token = NULL
                    WHERE id = ? AND state = 'queued'
                    """,
                arguments: [stamp, via, message.rawValue])
            guard db.changesCount > 0 else { return false }
            try appendAudit(
                db, action: "outbox.sent", subject: "outbox:\(message.rawValue)", meeting: try meetingOf(db, message),
                detail: ["via": .text(via), "lease": .text(holder == token.rawValue ? "held" : "lost")])
            return true
        }
    }

    /// Records a failed delivery attempt of `message` under the lease `token`: the attempt is
    /// counted and `error` kept as `last_error` (it must hold no personal data); the message is
    /// due again after the policy's backoff, or failed for good when `permanent` or when
    /// `policy.maxAttempts` attempts have failed.
    public func recordFailedAttempt(
        _ message: OutboxMessageID, token: ClaimToken, error: String, permanent: Bool, policy: RetryPolicy
    ) throws(ExchangeStoreError) -> FailedAttemptOutcome {
        let now = now()
        let reason = String(error.prefix(500))
        return try write { db in
            guard
                let attempts = try Int.fetchOne(
                    db, sql: "SELECT attempts FROM outbox WHERE id = ? AND state = 'queued' AND claim_token = ?",
                    arguments: [message.rawValue, token.rawValue])
            else { return .leaseLost }
            let failed = attempts + 1
            let meeting = try meetingOf(db, message)
            if permanent || failed >= policy.maxAttempts {
                try db.execute(
                    sql: """
                        UPDATE outbox SET state = 'failed', attempts = ?, last_error = ?, next_attempt_at = NULL,
                            claimed_until = NULL, claim_token = NULL
                        WHERE id = ?
                        """,
                    arguments: [failed, reason, message.rawValue])
                try appendAudit(
                    db, action: "outbox.failed", subject: "outbox:\(message.rawValue)", meeting: meeting,
                    detail: ["attempts": .number(Int64(failed)), "reason": .text(reason)])
                return .failed
            }
            let due = now.addingTimeInterval(Self.seconds(policy.delay(afterFailedAttempts: failed)))
            try db.execute(
                sql: """
                    UPDATE outbox SET attempts = ?, last_error = ?, next_attempt_at = ?, claimed_until = NULL,
                        claim_token = NULL
                    WHERE id = ?
                    """,
                arguments: [failed, reason, Timestamp.text(due), message.rawValue])
            try appendAudit(
                db, action: "outbox.retry", subject: "outbox:\(message.rawValue)", meeting: meeting,
                detail: ["attempts": .number(Int64(failed)), "reason": .text(reason)])
            return .retryScheduled(at: due)
        }
    }

    /// The failed messages, oldest first, of one meeting or (with `nil`) of every meeting.
    public func failedMessages(meeting: MeetingID?) throws(ExchangeStoreError) -> [OutboxNotice] {
        try read { db in
            var sql = """
                SELECT o.*, u.name AS unit_name FROM outbox o JOIN units u ON u.id = o.unit_id
                WHERE o.state = 'failed'
                """
            var arguments: StatementArguments = []
            if let meeting {
                sql += " AND o.meeting_id = ?"
                arguments += [meeting.rawValue]
            }
            sql += " ORDER BY o.id"
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.outboxNotice)
        }
    }

    /// Puts a failed message back in the queue, due at once with a fresh count of attempts (a
    /// staff action, e.g. after a unit's mobile number was added). Its idempotency key stays
    /// the same, so a gateway that did deliver it before still sends it only once; its
    /// `last_error` stays until the next attempt.
    ///
    /// - Throws: ``ExchangeStoreError/Kind/notFound`` for an unknown message,
    ///   ``ExchangeStoreError/Kind/conflict`` for one that is not failed.
    public func requeueFailedMessage(_ message: OutboxMessageID) throws(ExchangeStoreError) -> OutboxNotice {
        try write { db in
            guard
                let state = try String.fetchOne(
                    db, sql: "SELECT state FROM outbox WHERE id = ?", arguments: [message.rawValue])
            else { throw ExchangeStoreError(.notFound, store: path, "has no \(message)") }
            guard state == DeliveryState.failed.rawValue else {
                throw ExchangeStoreError(
                    .conflict, store: path, "\(message) is \(state), not failed; only failed messages are requeued")
            }
            try db.execute(
                sql: """
                    UPDATE outbox SET state = 'queued', attempts = 0, next_attempt_at = NULL, claimed_until = NULL,
                        claim_token = NULL
                    WHERE id = ?
                    """,
                arguments: [message.rawValue])
            try appendAudit(
                db, action: "outbox.requeue", subject: "outbox:\(message.rawValue)", meeting: try meetingOf(db, message)
            )
            let row = try Row.fetchOne(
                db,
                sql: "SELECT o.*, u.name AS unit_name FROM outbox o JOIN units u ON u.id = o.unit_id WHERE o.id = ?",
                arguments: [message.rawValue])
            guard let row else { throw ExchangeStoreError(.notFound, store: path, "has no \(message)") }
            return Self.outboxNotice(row)
        }
    }

    private func meetingOf(_ db: Database, _ message: OutboxMessageID) throws -> MeetingID? {
        try Int64.fetchOne(db, sql: "SELECT meeting_id FROM outbox WHERE id = ?", arguments: [message.rawValue])
            .map(MeetingID.init(rawValue:))
    }

    private static func seconds(_ duration: Duration) -> TimeInterval {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
