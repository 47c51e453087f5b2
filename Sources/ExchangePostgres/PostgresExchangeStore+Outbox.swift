import ExchangeBridge
import Foundation
import PostgresNIO

extension PostgresExchangeStore {
    /// The notices of `meeting` in the outbox, oldest first, optionally of one kind.
    public func outbox(meeting: MeetingID, kind: String?) async throws(ExchangeStoreError) -> [OutboxNotice] {
        // No stored kind holds a NUL character (nor can PostgreSQL be asked about one).
        if let kind, kind.holdsNUL { return [] }
        return try await read { connection in
            let rows =
                if let kind {
                    try await connection.rows(
                        """
                        SELECT \(unescaped: PlanRows.outboxColumns) FROM outbox o JOIN units u ON u.id = o.unit_id
                        WHERE o.meeting_id = \(meeting.rawValue) AND o.kind = \(kind) ORDER BY o.id
                        """)
                } else {
                    try await connection.rows(
                        """
                        SELECT \(unescaped: PlanRows.outboxColumns) FROM outbox o JOIN units u ON u.id = o.unit_id
                        WHERE o.meeting_id = \(meeting.rawValue) ORDER BY o.id
                        """)
                }
            return try rows.map(PlanRows.outboxNotice)
        }
    }

    /// The failed messages, oldest first, of one meeting or (with `nil`) of every meeting.
    public func failedMessages(meeting: MeetingID?) async throws(ExchangeStoreError) -> [OutboxNotice] {
        try await read { connection in
            let rows =
                if let meeting {
                    try await connection.rows(
                        """
                        SELECT \(unescaped: PlanRows.outboxColumns) FROM outbox o JOIN units u ON u.id = o.unit_id
                        WHERE o.state = 'failed' AND o.meeting_id = \(meeting.rawValue) ORDER BY o.id
                        """)
                } else {
                    try await connection.rows(
                        """
                        SELECT \(unescaped: PlanRows.outboxColumns) FROM outbox o JOIN units u ON u.id = o.unit_id
                        WHERE o.state = 'failed' ORDER BY o.id
                        """)
                }
            return try rows.map(PlanRows.outboxNotice)
        }
    }

    /// Puts a failed message back in the queue, due at once with a fresh count of attempts (a
    /// staff action, e.g. after a unit's mobile number was added). Its idempotency key stays
    /// the same, so a gateway that did deliver it before still sends it only once; its
    /// `last_error` stays until the next attempt.
    ///
    /// - Throws: ``ExchangeStoreError/Kind/notFound`` for an unknown message,
    ///   ``ExchangeStoreError/Kind/conflict`` for one that is not failed.
    public func requeueFailedMessage(_ message: OutboxMessageID) async throws(ExchangeStoreError) -> OutboxNotice {
        try await write { connection in
            guard
                let row = try await connection.firstRow(
                    "SELECT state, meeting_id FROM outbox WHERE id = \(message.rawValue) FOR UPDATE")
            else { throw ExchangeStoreError(.notFound, store: path, "has no \(message)") }
            let state = try row.value("state", as: String.self)
            guard state == DeliveryState.failed.rawValue else {
                throw ExchangeStoreError(
                    .conflict, store: path, "\(message) is \(state), not failed; only failed messages are requeued")
            }
            try await connection.run(
                """
                UPDATE outbox SET state = 'queued', attempts = 0, next_attempt_at = NULL, claimed_until = NULL,
                    claim_token = NULL
                WHERE id = \(message.rawValue)
                """)
            try await appendAudit(
                connection, action: "outbox.requeue", subject: "outbox:\(message.rawValue)",
                meeting: MeetingID(rawValue: try row.value("meeting_id", as: Int64.self)))
            guard
                let notice = try await connection.firstRow(
                    """
                    SELECT \(unescaped: PlanRows.outboxColumns) FROM outbox o JOIN units u ON u.id = o.unit_id
                    WHERE o.id = \(message.rawValue)
                    """)
            else { throw ExchangeStoreError(.notFound, store: path, "has no \(message)") }
            return try PlanRows.outboxNotice(notice)
        }
    }
}
