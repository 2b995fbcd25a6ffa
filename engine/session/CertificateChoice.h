#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "core/CertificateLimits.h"

namespace s2s {

// What the admin chose for the STS certificate of step 3 (answers key "certificate"). Holds no
// secret: the PFX password lives in the secret store or in the admin's password file.
struct CertificateChoice {
    static QList<int> keySizes() { return CertificateLimits::keySizes(); }
    static constexpr int minValidityYears = CertificateLimits::minValidityYears;
    static constexpr int maxValidityYears = CertificateLimits::maxValidityYears;

    CertificateMode mode = CertificateMode::Keep;
    int keyBits = 2048;
    int validityYears = 2;
    QString pfx;            // where a generated PFX goes (CER beside it), or the PFX to import
    QString passwordFile;   // read; written by the wizard only in the lab (generated password)
    bool legacyPfx = false; // PBE-SHA1-3DES for Windows Server 2016 and older
    // The admin (on the page) or an answers file chose; false while the mode is a default or the
    // page's preselection, which the page may still change. Saved as "chosen" only when true, and
    // not an input change of its own (changedInputs).
    bool chosen = false;

    QJsonObject toJson() const;
    static CertificateChoice fromJson(const QJsonObject &json);
};

// The STS certificate step 3 works with: public facts only, for the page, the session and the
// report. `source` says where it came from: generated, imported, or the farm's current one.
struct StsCertificateRecord {
    static inline const QString generated = QStringLiteral("generated");
    static inline const QString imported = QStringLiteral("imported");
    static inline const QString current = QStringLiteral("current");

    QString source;
    QString thumbprint; // 40 uppercase hex digits, as Windows shows it
    QString subject;
    int keyBits = 0;
    QString keyAlgorithm;
    QString signatureAlgorithm;
    QDateTime notBefore;
    QDateTime notAfter;
    QString pfxPath; // generated or imported PFX
    QString cerPath; // generated CER

    bool isEmpty() const { return thumbprint.isEmpty(); }
    QJsonObject toJson() const;
    static StsCertificateRecord fromJson(const QJsonObject &json);
    // The --report "certificate" object: thumbprint, keySize, dates and, when generated, files.
    QJsonObject toReportJson() const;
};

} // namespace s2s
