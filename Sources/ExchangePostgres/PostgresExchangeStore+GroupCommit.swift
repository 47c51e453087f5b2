import ExchangeBridge
import Foundation
import PostgresNIO

extension PostgresExchangeStore {
    /// Stores a received file and what reading it produced in one transaction (the file is
    /// read before it is stored): the unit's next submission, parsed, superseding the earlier.
    /// A row the store cannot keep (``ExchangeStoreError/Kind/invalidInput``) writes nothing.
    public func submitParsedRoster(
        _ roster: ParsedRoster, unitNamed unitName: String, meeting: MeetingID, fileName: String, raw: Data
    ) async throws(ExchangeStoreError) -> SubmissionReceipt {
        let upload = ParsedRosterUpload(roster, unitNamed: unitName, meeting: meeting, fileName: fileName, raw: raw)
        guard let result = await submitParsedRosters([upload]).first else {
            throw ExchangeStoreError(.invalidInput, store: path, "the roster of '\(unitName)' was not stored")
        }
        return try result.get()
    }

    /// Stores many read rosters in one transaction (a group commit), each as
    /// ``submitParsedRoster(_:unitNamed:meeting:fileName:raw:)`` would, inside a savepoint of its
    /// own: one upload's failure writes nothing of it and leaves the others standing. Each is
    /// audited under its own ``ParsedRosterUpload/audit`` scope. The results are in the order of
    /// `uploads`; none is stored unless the whole transaction commits.
    ///
    /// A serialization failure inside any savepoint is not one upload's failure: the whole
    /// transaction is tried again (as every write is).
    public func submitParsedRosters(
        _ uploads: [ParsedRosterUpload]
    ) async -> [Result<SubmissionReceipt, ExchangeStoreError>] {
        var results: [Result<SubmissionReceipt, ExchangeStoreError>?] = uploads.map { upload in
            do throws(ExchangeStoreError) {
                try inputCheck.requireStorableText(
                    ["file name": upload.fileName], in: "submission")
                try inputCheck.validate(upload.roster)
                return nil
            } catch {
                return .failure(error)
            }
        }
        let ready = results.indices.filter { results[$0] == nil }
        guard !ready.isEmpty else { return results.compactMap(\.self) }
        do throws(ExchangeStoreError) {
            // The transaction itself runs outside any reach; each upload enters its own.
            let written = try await outsideAnyReach {
                try await write { connection in
                    var written: [Result<SubmissionReceipt, ExchangeStoreError>] = []
                    var reach: String?
                    for index in ready {
                        written.append(try await storeInSavepoint(connection, uploads[index], reach: &reach))
                    }
                    return written
                }
            }
            for (index, result) in zip(ready, written) { results[index] = result }
        } catch {
            for index in ready { results[index] = .failure(error) }
        }
        return results.compactMap(\.self)
    }

    /// One upload of a group commit, in a savepoint of its own inside the caller's transaction.
    /// Throws only what must end the whole transaction (a serialization failure, a lost connection).
    ///
    /// - Parameter reach: the reach the transaction is in now (`nil`: the store's own role), kept
    ///   up to date: a released savepoint keeps the role it set, a rolled-back one restores it.
    private func storeInSavepoint(
        _ connection: PostgresConnection, _ upload: ParsedRosterUpload, reach: inout String?
    ) async throws -> Result<SubmissionReceipt, ExchangeStoreError> {
        let before = reach
        return try await AuditScope.$current.withValue(upload.audit ?? AuditScope.current) {
            try await connection.run("SAVEPOINT upload")
            do {
                // Each upload within its uploader's reach (row-level security), staff's without.
                if upload.reach != before { try await PostgresDatabase.enter(upload.reach, on: connection) }
                let received = try await insertReceived(
                    connection, unitNamed: upload.unitName, meeting: upload.meeting, fileName: upload.fileName,
                    raw: upload.raw)
                let receipt = try await recordRows(
                    connection, upload.roster, received: received, meeting: upload.meeting)
                try await connection.run("RELEASE SAVEPOINT upload")
                reach = upload.reach
                return .success(receipt)
            } catch {
                if PostgresDatabase.mustRetry(error) { throw error }
                try await connection.run("ROLLBACK TO SAVEPOINT upload")
                try await connection.run("RELEASE SAVEPOINT upload")
                return .failure(ExchangeStoreError(translatingPostgres: error, store: path))
            }
        }
    }

    /// Runs `body` outside any ``UnitReach`` (a group commit enters each upload's own).
    private func outsideAnyReach<T: Sendable>(
        _ body: () async throws -> T
    ) async throws(ExchangeStoreError) -> T {
        do {
            return try await UnitReach.$current.withValue(nil) { try await body() }
        } catch {
            throw ExchangeStoreError(translatingPostgres: error, store: path)
        }
    }
}
