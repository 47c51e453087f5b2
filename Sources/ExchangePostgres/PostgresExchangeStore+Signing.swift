import ExchangeBridge
import Foundation
import PostgresNIO

extension PostgresExchangeStore {
    /// The signature of a plan version or notice, or `nil` when it was published unsigned.
    public func signature(of subject: SignedSubject) async throws(ExchangeStoreError) -> DocumentSignature? {
        try await read { connection in
            try await connection.firstRow(
                """
                SELECT key_fingerprint, statement, signature, signed_at FROM document_signatures
                WHERE subject_kind = \(subject.kind) AND subject_id = \(subject.id)
                """
            ).map { row in
                DocumentSignature(
                    subject: subject, keyFingerprint: try row.value("key_fingerprint"),
                    statement: try row.value("statement"), signature: try row.value("signature"),
                    signedAt: try row.value("signed_at"))
            }
        }
    }

    /// How this value signs a publication, decided inside the caller's transaction from the
    /// store's office key (see ``PublicationSigning``).
    func publicationSigning(_ connection: PostgresConnection) async throws -> PublicationSigning {
        try PublicationSigning(officeKey: try await officeKeyFingerprint(connection), signer: signer, store: path)
    }

    /// Signs `subject` inside the caller's transaction unless it is signed already (or the
    /// store publishes unsigned); the statement is built only when a signature is made.
    func sign(
        _ subject: SignedSubject, _ signing: PublicationSigning, _ connection: PostgresConnection,
        statement: () throws -> Data
    ) async throws {
        guard signing.signs else { return }
        let signed =
            try await connection.scalar(
                """
                SELECT EXISTS (
                    SELECT 1 FROM document_signatures
                    WHERE subject_kind = \(subject.kind) AND subject_id = \(subject.id))
                """, as: Bool.self) ?? false
        guard !signed else { return }
        guard let signature = try signing.signature(of: subject, at: now(), statement: statement) else { return }
        try await connection.run(
            """
            INSERT INTO document_signatures (subject_kind, subject_id, key_fingerprint, statement, signature, signed_at)
            VALUES (\(subject.kind), \(subject.id), \(signature.keyFingerprint), \(signature.statement),
                \(signature.signature), \(signature.signedAt))
            ON CONFLICT (subject_kind, subject_id) DO NOTHING
            """)
    }
}
