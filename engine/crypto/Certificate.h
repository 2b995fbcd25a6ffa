#pragma once

#include <QByteArray>
#include <QString>

#include "core/Error.h"
#include "farm/FarmTypes.h"

namespace s2s::crypto {

struct GeneratedCertificate {
    QByteArray der;           // public certificate (CER)
    QByteArray privateKeyPem; // PKCS#8, unencrypted: callers keep it off disk unless asked
};

// A self-signed RSA / SHA-256 X.509 v3 certificate with digitalSignature key usage.
Result<GeneratedCertificate> generateSelfSigned(const QString &commonName, int keyBits,
                                                int validityDays);

// Reads a DER certificate: thumbprint (SHA-1, uppercase hex), subject, validity, key size.
Result<CertificateInfo> inspectDer(const QByteArray &der);

// Hex SHA-1 of arbitrary bytes, uppercase, as Windows shows certificate thumbprints.
QString sha1Thumbprint(const QByteArray &der);

} // namespace s2s::crypto
