#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace s2s {

// What the STS certificate of step 3 may be: the answers parser (cli/) checks the answers file
// against these, session/CertificateChoice holds the choice within them.
struct CertificateLimits {
    // The answers file's words for "certificate.mode".
    static inline const QString generateMode = QStringLiteral("generate");
    static inline const QString importMode = QStringLiteral("import");
    static inline const QString keepMode = QStringLiteral("keep");
    static QStringList modeNames() { return {generateMode, importMode, keepMode}; }
    static QList<int> keySizes() { return {2048, 3072, 4096}; }
    static constexpr int minValidityYears = 1;
    static constexpr int maxValidityYears = 10;
};

} // namespace s2s
