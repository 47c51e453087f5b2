import Foundation

/// Whether and how a store signs what it publishes (plan versions, notices): the same rule and
/// messages on every backend. The store never does cryptography itself; it asks its
/// ``DocumentSigner``.
///
/// - A store without an office key publishes unsigned, as before `seatplan keys init`.
/// - A store with an office key publishes only signed: without a signer, a push or notice is
///   refused; a signer of another key is refused.
package struct PublicationSigning: Sendable {
    /// The signer that signs this publication, `nil` when the store publishes unsigned.
    package let signer: (any DocumentSigner)?
    /// The store named in errors.
    package let store: String

    /// The signing of a publication in a store whose office key has fingerprint `officeKey`
    /// (`nil`: no office key), opened with `signer`.
    ///
    /// - Throws: ``ExchangeStoreError/Kind/invalidInput`` when the store has an office key
    ///   but no signer is at hand, or the signer's key is not the store's office key.
    package init(officeKey: String?, signer: (any DocumentSigner)?, store: String) throws(ExchangeStoreError) {
        self.store = store
        switch (officeKey, signer) {
        case (nil, nil):
            self.signer = nil
        case (let key?, nil):
            throw ExchangeStoreError(
                .invalidInput, store: store,
                "this store signs what it publishes (office key \(key.prefix(16))…): unlock the office key "
                    + "(--key-passphrase-file FILE or SEATPLAN_KEY_PASSPHRASE)")
        case (nil, let signer?):
            throw ExchangeStoreError(
                .invalidInput, store: store,
                "has no office key, so it cannot publish signed by key \(signer.keyFingerprint); "
                    + "run `seatplan keys init` first")
        case (let key?, let signer?):
            guard signer.keyFingerprint == key else {
                throw ExchangeStoreError(
                    .invalidInput, store: store,
                    "the signing key \(signer.keyFingerprint) is not this store's office key \(key)")
            }
            self.signer = signer
        }
    }

    /// Whether this publication is signed.
    package var signs: Bool { signer != nil }

    /// The signature of `subject` over `statement` (built by the caller with ``SignedStatement``),
    /// made `at`; `nil` when the store publishes unsigned.
    ///
    /// - Throws: ``ExchangeStoreError/Kind/invalidInput`` naming the subject when the statement
    ///   cannot be built or the signer fails.
    package func signature(
        of subject: SignedSubject, at date: Date, statement: () throws -> Data
    ) throws(ExchangeStoreError) -> DocumentSignature? {
        guard let signer else { return nil }
        let bytes: Data
        do {
            bytes = try statement()
        } catch {
            throw ExchangeStoreError(
                .invalidInput, store: store, "cannot build the signed statement of \(subject): \(error)")
        }
        do {
            return DocumentSignature(
                subject: subject, keyFingerprint: signer.keyFingerprint, statement: bytes,
                signature: try signer.sign(bytes), signedAt: date)
        } catch {
            throw ExchangeStoreError(.invalidInput, store: store, "cannot sign \(subject): the signer failed: \(error)")
        }
    }

    /// The statement of a stored plan version.
    package static func statement(of plan: PlanVersionInfo) throws -> Data {
        try SignedStatement.planVersion(
            id: plan.id, meeting: plan.meetingID, version: plan.version, planSHA256: plan.contentHash)
    }
}

/// The checks of an office key before any backend stores it.
package enum OfficeKeyCheck {
    /// Refuses a key without a fingerprint or key material, or with text that cannot be stored.
    package static func validate(_ key: OfficeKeyRecord, store: String) throws(ExchangeStoreError) {
        let fingerprint = key.fingerprint
        guard !fingerprint.isEmpty, fingerprint.count <= 128,
            fingerprint.allSatisfy({ $0.isHexDigit && !$0.isUppercase })
        else {
            throw ExchangeStoreError(
                .invalidInput, store: store, "an office key's fingerprint is 1 to 128 lowercase hex digits")
        }
        guard !key.publicKey.isEmpty, !key.protectedPrivateKey.isEmpty, !key.wrappedDataKey.isEmpty else {
            throw ExchangeStoreError(
                .invalidInput, store: store,
                "an office key needs its public key, its protected private key and its wrapped data key")
        }
        try StoreInputCheck(store: store).requireStorableText(["created by": key.createdBy], in: "office key")
    }

    /// The refusal of a second office key.
    package static func alreadyThere(_ fingerprint: String, store: String) -> ExchangeStoreError {
        ExchangeStoreError(.conflict, store: store, "already has an office key (fingerprint \(fingerprint))")
    }
}
