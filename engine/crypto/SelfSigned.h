#pragma once

// Internal to engine/crypto: the one place a certificate is built and signed.
#include <QDateTime>

#include <initializer_list>
#include <utility>

#include "Certificate.h"
#include "OpenSsl.h"

namespace s2s::crypto::ossl {

// Generates an RSA key of `keyBits` (not checked here: callers decide what they allow), the first
// of `attempts` run at once, each on a thread of its own (the calling thread is one of them).
Result<PKeyPtr> generateRsaKey(int keyBits, int attempts = 1);
// Generates an elliptic curve key on P-256 (secp256r1): a TLS server key made in a millisecond,
// where an RSA key of 2048 bits takes tens of them.
Result<PKeyPtr> generateP256Key();

// An X.509 v3 extension in OpenSSL config syntax: {NID_ext_key_usage, "serverAuth"}.
using ExtensionText = std::pair<int, const char *>;

// A self-signed X.509 v3 certificate for `key`, signed with SHA-256, with the given key usage
// (OpenSSL config syntax, e.g. "critical,digitalSignature"), a subject key identifier and any
// `extraExtensions`.
Result<GeneratedCertificate> selfSign(EVP_PKEY *key, const X509_NAME *subject, const QDateTime &notBefore,
                                      const QDateTime &notAfter, const char *keyUsage,
                                      std::initializer_list<ExtensionText> extraExtensions = {});

} // namespace s2s::crypto::ossl
