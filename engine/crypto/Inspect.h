#pragma once

#include <QByteArray>
#include <QString>

#include "core/Error.h"
#include "crypto/CertificateInfo.h"

namespace s2s::crypto {

// Everything the wizard shows or uploads about a certificate.
struct CertificateDetails {
    CertificateInfo info;       // thumbprint as Windows shows it, subject, validity, key type/size
    QString signatureAlgorithm; // "sha256WithRSAEncryption"
    QString base64Der;          // the keyCredential "key" Microsoft Graph expects
    bool selfSigned = false;
};

// Reads a certificate given as DER (.cer) or PEM ("-----BEGIN CERTIFICATE-----").
Result<CertificateDetails> inspectCertificate(const QByteArray &derOrPem);

} // namespace s2s::crypto
