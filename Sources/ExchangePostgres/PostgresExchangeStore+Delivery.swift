import ExchangeBridge
import Foundation
import PostgresNIO

extension PostgresExchangeStore {
    /// Leases up to `limit` due messages to `worker` for `lease`, oldest first, in one
    /// transaction. Due means queued, `next_attempt_at` passed (or never set), and not leased or
    /// the lease expired. The due rows are locked with `SELECT … FOR UPDATE SKIP LOCKED`, so two
    /// workers (or servers) claiming at once never claim the same message: each skips the rows
    /// the other holds, and a claim that PostgreSQL cannot serialize with another runs again on
    /// a fresh snapshot, where the other's leases are visible. Due messages to units without a
    /// mobile number are marked failed instead (see ``OutboxClaim/unreachable``).
    ///
    /// A sealed mobile number is opened with ``ExchangeStoreOptions/fieldSealer``. Without a
    /// sealer, messages to units whose mobile is sealed are left queued (neither claimed nor
    /// failed) for a worker that holds the data key: "（已加密）" is not a number to send to.
    public func claimDueMessages(
        limit: Int, worker: String, lease: Duration
    ) async throws(ExchangeStoreError) -> OutboxClaim {
        guard limit > 0 else { return OutboxClaim(messages: [], unreachable: []) }
        let now = now()
        let until = now.addingTimeInterval(Self.seconds(lease))
        let token = ClaimToken.random()
        let subject = "worker:\(Self.withoutNUL(worker))"
        let fields = personalFields
        let opens = fields.sealer != nil
        return try await write { connection in
            let rows = try await connection.rows(
                """
                SELECT o.id, o.meeting_id, o.unit_id, o.kind, o.dedupe_key, o.payload, o.attempts,
                       u.name AS unit_name, trim(u.mobile) AS mobile
                FROM outbox o JOIN units u ON u.id = o.unit_id
                WHERE o.state = 'queued'
                  AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= \(now))
                  AND (o.claimed_until IS NULL OR o.claimed_until <= \(now))
                  AND (\(opens) OR NOT starts_with(u.mobile, \(PersonalFields.sealedPrefix)))
                ORDER BY coalesce(o.next_attempt_at, o.created_at), o.id
                LIMIT \(limit)
                FOR UPDATE OF o SKIP LOCKED
                """)
            var claim = OutboxClaim(messages: [], unreachable: [])
            for row in rows {
                let id = OutboxMessageID(rawValue: try row.value("id", as: Int64.self))
                let meeting = MeetingID(rawValue: try row.value("meeting_id", as: Int64.self))
                let mobile = try fields.mobileToSend(
                    try row.value("mobile", as: String.self), unit: try row.value("unit_name", as: String.self))
                if mobile.isEmpty {
                    try await connection.run(
                        """
                        UPDATE outbox SET state = 'failed', last_error = \(ExchangeStore.noMobileError),
                            claimed_until = NULL, claim_token = NULL
                        WHERE id = \(id.rawValue)
                        """)
                    try await appendAudit(
                        connection, action: "outbox.failed", subject: "outbox:\(id.rawValue)", meeting: meeting,
                        detail: ["reason": .text(ExchangeStore.noMobileError)])
                    claim.unreachable.append(id)
                    continue
                }
                let attempts = try row.value("attempts", as: Int.self)
                claim.messages.append(
                    ClaimedMessage(
                        id: id, meetingID: meeting,
                        unitID: UnitID(rawValue: try row.value("unit_id", as: Int64.self)),
                        unitName: try row.value("unit_name"), kind: try row.value("kind"),
                        text: try row.value("payload"), mobile: mobile, attempt: attempts + 1,
                        idempotencyKey: OutboxIdempotencyKey.make(id: id, dedupeKey: try row.value("dedupe_key")),
                        claimToken: token, claimedUntil: until))
            }
            if !claim.messages.isEmpty {
                let ids = claim.messages.map(\.id.rawValue)
                try await connection.run(
                    """
                    UPDATE outbox SET claimed_until = \(until), claim_token = \(token.rawValue)
                    WHERE id = ANY(\(ids))
                    """)
                try await appendAudit(
                    connection, action: "outbox.claim", subject: subject, meeting: nil,
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
    ) async throws(ExchangeStoreError) -> Bool {
        let via = Self.withoutNUL(via)
        return try await write { connection in
            let holder = try await connection.scalar(
                "SELECT claim_token FROM outbox WHERE id = \(message.rawValue) FOR UPDATE", as: String.self)
            guard
                let meeting = try await connection.scalar(
                    """
                    UPDATE outbox SET state = 'sent', sent_at = \(now()), delivered_via = \(via),
                        attempts = attempts + 1, last_error = NULL, next_attempt_at = NULL, claimed_until = NULL,
                        claim_token = NULL
                    WHERE id = \(message.rawValue) AND state = 'queued'
                    RETURNING meeting_id
                    """, as: Int64.self)
            else { return false }
            try await appendAudit(
                connection, action: "outbox.sent", subject: "outbox:\(message.rawValue)",
                meeting: MeetingID(rawValue: meeting),
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
    ) async throws(ExchangeStoreError) -> FailedAttemptOutcome {
        let now = now()
        let reason = Self.withoutNUL(String(error.prefix(500)))
        if token.rawValue.holdsNUL { return .leaseLost }
        return try await write { connection in
            guard
                let row = try await connection.firstRow(
                    """
                    SELECT attempts, meeting_id FROM outbox
                    WHERE id = \(message.rawValue) AND state = 'queued' AND claim_token = \(token.rawValue)
                    FOR UPDATE
                    """)
            else { return .leaseLost }
            let failed = try row.value("attempts", as: Int.self) + 1
            let meeting = MeetingID(rawValue: try row.value("meeting_id", as: Int64.self))
            if permanent || failed >= policy.maxAttempts {
                try await connection.run(
                    """
                    UPDATE outbox SET state = 'failed', attempts = \(failed), last_error = \(reason),
                        next_attempt_at = NULL, claimed_until = NULL, claim_token = NULL
                    WHERE id = \(message.rawValue)
                    """)
                try await appendAudit(
                    connection, action: "outbox.failed", subject: "outbox:\(message.rawValue)", meeting: meeting,
                    detail: ["attempts": .number(Int64(failed)), "reason": .text(reason)])
                return .failed
            }
            let due = now.addingTimeInterval(Self.seconds(policy.delay(afterFailedAttempts: failed)))
            try await connection.run(
                """
                UPDATE outbox SET attempts = \(failed), last_error = \(reason), next_attempt_at = \(due),
                    claimed_until = NULL, claim_token = NULL
                WHERE id = \(message.rawValue)
                """)
            try await appendAudit(
                connection, action: "outbox.retry", subject: "outbox:\(message.rawValue)", meeting: meeting,
                detail: ["attempts": .number(Int64(failed)), "reason": .text(reason)])
            return .retryScheduled(at: due)
        }
    }

    private static func seconds(_ duration: Duration) -> TimeInterval {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    /// `text` without NUL characters, which PostgreSQL text cannot hold (SQLite keeps such text
    /// but reads it back cut at the first NUL): a gateway's error message or a worker's name is
    /// recorded rather than making the whole write fail.
    private static func withoutNUL(_ text: String) -> String {
        text.holdsNUL ? String(text.unicodeScalars.filter { $0 != "\u{0}" }) : text
    }
}
