#pragma once

#include <QFuture>
#include <QString>

#include "Certificate.h"
#include "core/Error.h"

namespace s2s::crypto {

// What the admin chooses for a new STS signing certificate.
struct StsCertificateOptions {
    QString subject;       // as Windows writes it, e.g. "CN=SharePoint STS contoso-farm"
    int keyBits = 2048;    // RSA: 2048, 3072 or 4096
    int validityYears = 2; // 1 to 10
};

// "CN=SharePoint STS <farm or host name>", escaped and cut to the 64 characters a CN may hold.
QString defaultStsSubject(const QString &farmOrHostName);

// Refuses a key size, validity or subject that generateStsCertificate would refuse.
Status checkStsCertificateOptions(const StsCertificateOptions &options);

// A new RSA key and self-signed X.509 v3 certificate: SHA-256, digitalSignature key usage, subject
// key identifier, valid from an hour ago for validityYears. Slow for 4096 bits: see the async form.
Result<GeneratedCertificate> generateStsCertificate(const StsCertificateOptions &options);

// generateStsCertificate on Qt's global thread pool, so that the UI thread never waits for keygen.
QFuture<Result<GeneratedCertificate>> generateStsCertificateAsync(const StsCertificateOptions &options);

} // namespace s2s::crypto
