import ExchangeBridge
import Foundation

/// A published document to verify: what its signature is about and the statement rebuilt from
/// what the store holds now. `seatplan verify` and the workbench's verification routes both build
/// it here, so "genuine and unchanged" means the same everywhere.
public struct DocumentVerification: Sendable {
    /// The signed subject (a plan version or a notice).
    public let subject: SignedSubject
    /// The statement rebuilt from the store's current content.
    public let current: Data

    /// Plan version `number` of `meeting`: the statement over the SHA-256 of its PLAN.json bytes
    /// as stored now (read afresh: a changed byte must show).
    ///
    /// - Throws: ``ExchangeStoreError/Kind/notFound`` naming the versions there are.
    public static func planVersion(
        _ number: Int, store: any ExchangeStorage, meeting: Meeting
    ) async throws -> DocumentVerification {
        let versions = try await store.planVersions(meeting: meeting.id)
        let id = PlanVersionID(rawValue: try versions.id(ofVersion: number, store: store.path))
        let stored = try await store.plan(id)
        let statement = try SignedStatement.planVersion(
            id: id, meeting: meeting.id, version: number, planSHA256: SHA256.hex(stored.json))
        return DocumentVerification(subject: .planVersion(id), current: statement)
    }

    /// A notice as stored now: its title, text, deadline, plan version and attachments.
    public static func notice(_ notice: NoticeInfo) throws -> DocumentVerification {
        DocumentVerification(subject: .notice(notice.id), current: try SignedStatement.notice(notice))
    }

    /// The verdict of `key` on the stored signature of this document.
    public func verdict(key: OfficePublicKey, store: any ExchangeStorage) async throws -> DocumentVerdict {
        key.verify(try await store.signature(of: subject), current: current)
    }
}
