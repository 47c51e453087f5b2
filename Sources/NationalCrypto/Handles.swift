import CCrypto

// One final class per kind of OpenSSL object: each instance is the sole owner of its pointer
// and frees it in deinit. None of them is shared between threads except `PKeyHandle`.

/// The sole owner of one `EVP_MD_CTX` (a digest, signing or verification context).
final class DigestContext {
    let pointer: OpaquePointer

    init() throws(NationalCryptoError) {
        guard let pointer = EVP_MD_CTX_new() else { throw OpenSSLErrorQueue.failure("EVP_MD_CTX_new") }
        self.pointer = pointer
    }

    deinit { EVP_MD_CTX_free(pointer) }
}

/// The sole owner of one `EVP_CIPHER_CTX`.
final class CipherContext {
    let pointer: OpaquePointer

    init() throws(NationalCryptoError) {
        guard let pointer = EVP_CIPHER_CTX_new() else { throw OpenSSLErrorQueue.failure("EVP_CIPHER_CTX_new") }
        self.pointer = pointer
    }

    deinit { EVP_CIPHER_CTX_free(pointer) }
}

/// The sole owner of one fetched `EVP_MAC` algorithm.
final class MACAlgorithm {
    let pointer: OpaquePointer

    init(name: String) throws(NationalCryptoError) {
        guard let pointer = EVP_MAC_fetch(nil, name, nil) else { throw OpenSSLErrorQueue.failure("EVP_MAC_fetch") }
        self.pointer = pointer
    }

    deinit { EVP_MAC_free(pointer) }
}

/// The sole owner of one `EVP_MAC_CTX`; it keeps its algorithm alive while it lives.
final class MACContext {
    let pointer: OpaquePointer
    private let algorithm: MACAlgorithm

    init(_ algorithm: MACAlgorithm) throws(NationalCryptoError) {
        guard let pointer = EVP_MAC_CTX_new(algorithm.pointer) else {
            throw OpenSSLErrorQueue.failure("EVP_MAC_CTX_new")
        }
        self.pointer = pointer
        self.algorithm = algorithm
    }

    deinit { EVP_MAC_CTX_free(pointer) }
}

/// The sole owner of one `EVP_PKEY_CTX` (key generation, encryption, decryption, checks).
final class PKeyContext {
    let pointer: OpaquePointer

    /// A context for operations with `key`.
    init(for key: PKeyHandle) throws(NationalCryptoError) {
        guard let pointer = EVP_PKEY_CTX_new(key.pointer, nil) else {
            throw OpenSSLErrorQueue.failure("EVP_PKEY_CTX_new")
        }
        self.pointer = pointer
    }

    /// A context for an algorithm by name, such as "SM2" for key generation.
    init(algorithm: String) throws(NationalCryptoError) {
        guard let pointer = EVP_PKEY_CTX_new_from_name(nil, algorithm, nil) else {
            throw OpenSSLErrorQueue.failure("EVP_PKEY_CTX_new_from_name")
        }
        self.pointer = pointer
    }

    deinit { EVP_PKEY_CTX_free(pointer) }
}

/// The sole owner of one `EVP_PKEY`.
///
/// Sendable under this rule: the key is never modified after `init`, and every operation
/// creates its own `EVP_PKEY_CTX`/`EVP_MD_CTX`, which openssl-threads(7) documents as safe
/// from several threads at once ("two threads can calculate a signature using two different
/// EVP_PKEY_CTX objects"); OpenSSL guards its internal caches with the key's own lock.
final class PKeyHandle: @unchecked Sendable {
    let pointer: OpaquePointer

    /// Takes ownership of `pointer`, which must not be freed elsewhere.
    init(taking pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit { EVP_PKEY_free(pointer) }
}

/// The sole owner of one `PKCS8_PRIV_KEY_INFO` (a decoded or to-be-encoded PKCS#8 structure).
final class PKCS8Info {
    let pointer: OpaquePointer

    init(taking pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit { PKCS8_PRIV_KEY_INFO_free(pointer) }
}

/// The sole owner of one `ECDSA_SIG` (the (r, s) pair of an SM2 signature).
final class SignatureValue {
    let pointer: OpaquePointer

    init() throws(NationalCryptoError) {
        guard let pointer = ECDSA_SIG_new() else { throw OpenSSLErrorQueue.failure("ECDSA_SIG_new") }
        self.pointer = pointer
    }

    init(taking pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit { ECDSA_SIG_free(pointer) }
}

/// The owner of one `BIGNUM` until ownership passes to another object (`ECDSA_SIG_set0`).
final class BigNumber {
    private(set) var pointer: OpaquePointer?

    /// The big-endian unsigned integer in `bytes`.
    init(bigEndian bytes: [UInt8]) throws(NationalCryptoError) {
        guard let pointer = BN_bin2bn(bytes, Int32(bytes.count), nil) else {
            throw OpenSSLErrorQueue.failure("BN_bin2bn")
        }
        self.pointer = pointer
    }

    /// Records that a C call now owns the number, so deinit must not free it.
    func relinquishOwnership() {
        pointer = nil
    }

    deinit { BN_free(pointer) }
}
