#pragma once

// Internal to engine/crypto: the one place a certificate is built and signed.
#include <QDateTime>

#include "Certificate.h"
#include "OpenSsl.h"

namespace s2s::crypto::ossl {

// Generates an RSA key of `keyBits` (not checked here: callers decide what they allow).
Result<PKeyPtr> generateRsaKey(int keyBits);

// A self-signed X.509 v3 certificate for `key`, signed with SHA-256, with the given key usage
// (OpenSSL config syntax, e.g. "critical,digitalSignature") and a subject key identifier.
Result<GeneratedCertificate> selfSign(EVP_PKEY *key, const X509_NAME *subject,
                                      const QDateTime &notBefore, const QDateTime &notAfter,
                                      const char *keyUsage);

} // namespace s2s::crypto::ossl
