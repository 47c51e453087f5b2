import ExchangeBridge
import Foundation
import NationalCrypto

/// Makes the office's key (`seatplan keys init`): an SM2 key pair (GB/T 32918) whose private key
/// is kept only sealed under the passphrase (SM4 with a key derived by PBKDF2 over HMAC-SM3),
/// and a data key for personal fields, kept only encrypted to the public key.
public enum OfficeKeyMaker {
    /// The shortest passphrase accepted.
    public static let minimumPassphraseLength = 12

    /// A new office key record, sealed under `passphrase`.
    ///
    /// - Parameter iterations: PBKDF2 rounds (tests pass fewer; the default takes about a second).
    public static func make(
        passphrase: String, createdBy: String, at date: Date,
        iterations: Int = ProtectedPrivateKey.defaultIterations
    ) throws(OfficeKeyError) -> OfficeKeyRecord {
        guard passphrase.count >= minimumPassphraseLength else {
            throw .weakPassphrase(minimumLength: minimumPassphraseLength)
        }
        do {
            let privateKey = try SM2PrivateKey()
            let dataKey = try DataKey()
            let envelope = try ProtectedPrivateKey.seal(privateKey, passphrase: passphrase, iterations: iterations)
            let publicDER = privateKey.publicKey.derRepresentation
            return OfficeKeyRecord(
                fingerprint: try fingerprint(of: publicDER), publicKey: publicDER,
                protectedPrivateKey: try JSONEncoder().encode(envelope),
                wrappedDataKey: try privateKey.publicKey.encrypt(dataKey.rawRepresentation), createdAt: date,
                createdBy: createdBy)
        } catch let error as NationalCryptoError {
            throw .crypto(error)
        } catch {
            throw .damagedKey("the key envelope could not be written: \(error)")
        }
    }

    /// SM3 of a public key's DER, lowercase hex.
    static func fingerprint(of publicDER: Data) throws(NationalCryptoError) -> String {
        try SM3.hash(publicDER).map { String(format: "%02x", $0) }.joined()
    }
}
