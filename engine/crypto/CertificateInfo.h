#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace s2s {

// An X.509 certificate as the farm and the wizard see it (public part only).
struct CertificateInfo {
    QString thumbprint; // SHA-1 of the DER, uppercase hex as Windows shows it
    QString subject;
    QDateTime notBefore;
    QDateTime notAfter;
    int keyBits = 0;
    QString keyAlgorithm; // "RSA", ...
    QByteArray der;
};

} // namespace s2s
