/// Migration `v3-outbox-delivery`: what the outbox worker needs to deliver notices safely with
/// several workers (and later several servers) on one store.
///
/// The v1 `state` CHECK (`queued`, `sent`, `failed`) is kept as it is: a message being delivered
/// stays `queued` and is *leased* instead. A claim sets `claim_token` (one random token per
/// claim) and `claimed_until`; other workers skip a queued row whose lease has not expired, so
/// a crashed worker's messages come back once its lease runs out. Rebuilding the table to add
/// an `in_flight` state would gain nothing the lease does not give and would risk the data.
///
/// - `next_attempt_at`: when a queued message is due again after a failed attempt (exponential
///   backoff); `NULL` means due at once (every message queued before this migration).
/// - `claimed_until`, `claim_token`: the lease of the worker delivering it now, or `NULL`.
/// - `delivered_via`: the transport that delivered a sent message (`log`, `http`, ...).
enum SchemaV3OutboxDelivery {
    static let sql = """
        ALTER TABLE outbox ADD COLUMN next_attempt_at TEXT \(Timestamp.check("next_attempt_at", nullable: true));
        ALTER TABLE outbox ADD COLUMN claimed_until TEXT \(Timestamp.check("claimed_until", nullable: true));
        ALTER TABLE outbox ADD COLUMN claim_token TEXT CHECK (claim_token IS NULL OR length(claim_token) > 0);
        ALTER TABLE outbox ADD COLUMN delivered_via TEXT CHECK (delivered_via IS NULL OR length(delivered_via) > 0);
        CREATE INDEX outbox_due ON outbox(state, next_attempt_at) WHERE state = 'queued';
        """
}
