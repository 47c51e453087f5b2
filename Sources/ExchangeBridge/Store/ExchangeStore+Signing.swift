import Foundation
import GRDB

extension ExchangeStore {
    /// The signature of a plan version or notice, or `nil` when it was published unsigned.
    public func signature(of subject: SignedSubject) throws(ExchangeStoreError) -> DocumentSignature? {
        try read { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM document_signatures WHERE subject_kind = ? AND subject_id = ?",
                arguments: [subject.kind, subject.id]
            ).map { row in
                DocumentSignature(
                    subject: subject, keyFingerprint: row["key_fingerprint"], statement: row["statement"],
                    signature: row["signature"], signedAt: Timestamp.date(row["signed_at"]) ?? .distantPast)
            }
        }
    }

    /// How this value signs a publication, decided inside the caller's transaction from the
    /// store's office key (see ``PublicationSigning``).
    func publicationSigning(_ db: Database) throws -> PublicationSigning {
        try PublicationSigning(officeKey: try officeKeyFingerprint(db), signer: signer, store: path)
    }

    /// Signs `subject` inside the caller's transaction unless it is signed already (or the
    /// store publishes unsigned); the statement is built only when a signature is made.
    func sign(
        _ subject: SignedSubject, _ signing: PublicationSigning, _ db: Database, statement: () throws -> Data
    ) throws {
        guard signing.signs else { return }
        let signed =
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM document_signatures WHERE subject_kind = ? AND subject_id = ?)",
                arguments: [subject.kind, subject.id]) ?? false
        guard !signed, let signature = try signing.signature(of: subject, at: now(), statement: statement) else {
            return
        }
        try db.execute(
            sql: """
                INSERT INTO document_signatures
                    (subject_kind, subject_id, key_fingerprint, statement, signature, signed_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (subject_kind, subject_id) DO NOTHING
                """,
            arguments: [
                subject.kind, subject.id, signature.keyFingerprint, signature.statement, signature.signature,
                Timestamp.text(signature.signedAt),
            ])
    }
}
