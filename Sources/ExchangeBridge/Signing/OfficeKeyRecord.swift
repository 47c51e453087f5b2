import Foundation

/// The office's key as the store keeps it (`seatplan keys init`): the public key in the clear,
/// the private key only sealed under the office's passphrase, and the data key that encrypts
/// personal fields only wrapped by the public key. Nothing here is readable without the
/// passphrase except the public key.
public struct OfficeKeyRecord: Sendable, Equatable {
    /// SM3 of the public key's DER, lowercase hex: names the key in signatures.
    public var fingerprint: String
    /// The public key (SubjectPublicKeyInfo DER).
    public var publicKey: Data
    /// The private key sealed under the passphrase (a JSON envelope: KDF, salt, sealed bytes).
    public var protectedPrivateKey: Data
    /// The personal-field data key, encrypted to the public key.
    public var wrappedDataKey: Data
    /// When it was made.
    public var createdAt: Date
    /// Who made it.
    public var createdBy: String

    /// A record with every field given.
    public init(
        fingerprint: String, publicKey: Data, protectedPrivateKey: Data, wrappedDataKey: Data, createdAt: Date,
        createdBy: String
    ) {
        self.fingerprint = fingerprint
        self.publicKey = publicKey
        self.protectedPrivateKey = protectedPrivateKey
        self.wrappedDataKey = wrappedDataKey
        self.createdAt = createdAt
        self.createdBy = createdBy
    }
}
