#pragma once

#include <QByteArray>
#include <QString>

#include "core/Error.h"
#include "crypto/CertificateInfo.h"

namespace s2s::crypto {

struct GeneratedCertificate {
    QByteArray der;           // public certificate (CER)
    QByteArray privateKeyPem; // PKCS#8, unencrypted: a secret, never logged nor written in clear
};

// A self-signed RSA / SHA-256 X.509 v3 certificate with digitalSignature and keyEncipherment key
// usage, for the lab seed. The STS certificate comes from generateStsCertificate
// (StsCertificate.h).
// One key generation per core, up to 4: where a person or a run waits for nothing but the key.
int keyAttemptsOnAllCores();

// `keyAttempts` key generations race on threads of their own (ossl::generateRsaKey).
Result<GeneratedCertificate> generateSelfSigned(const QString &commonName, int keyBits, int validityDays,
                                                int keyAttempts = 1);

// Reads a DER certificate: thumbprint (SHA-1, uppercase hex), subject, validity, key size.
Result<CertificateInfo> inspectDer(const QByteArray &der);

// Hex SHA-1 of arbitrary bytes, uppercase, as Windows shows certificate thumbprints.
QString sha1Thumbprint(const QByteArray &der);

} // namespace s2s::crypto
