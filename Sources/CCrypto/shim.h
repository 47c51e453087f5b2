#ifndef SEATPLAN_CCRYPTO_SHIM_H
#define SEATPLAN_CCRYPTO_SHIM_H

// OpenSSL 3's libcrypto (Debian 12: libssl-dev 3.0.x), for SM2, SM3 and SM4.
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

/// Initialises an HMAC context with `key` and the digest named `digest` (e.g. "SM3").
/// The OSSL_PARAM array is built here because Swift cannot keep the parameter's C strings
/// alive across the call; EVP_MAC_init copies what it needs. Returns 1 on success.
static inline int CCrypto_EVP_MAC_init_with_digest(
    EVP_MAC_CTX *ctx, const unsigned char *key, size_t key_length, const char *digest)
{
    OSSL_PARAM params[2];
    params[0] = OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *)digest, 0);
    params[1] = OSSL_PARAM_construct_end();
    return EVP_MAC_init(ctx, key, key_length, params);
}

#endif
