#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace s2s {

// Where the STS certificate of step 3 comes from. Files (answers, session) spell it as a word
// ("generate", "import", "keep"): the words live in the functions below and nowhere else. In core
// because the answers parser (cli/) and the session's CertificateChoice both need them.
enum class CertificateMode {
    Generate,
    Import,
    Keep
};
QString certificateModeName(CertificateMode mode);
// Empty for a word that names no mode.
std::optional<CertificateMode> certificateModeFromName(const QString &name);

// What the STS certificate of step 3 may be: the answers parser checks the answers file against
// these, session/CertificateChoice holds the choice within them.
struct CertificateLimits {
    static QList<int> keySizes() { return {2048, 3072, 4096}; }
    static constexpr int minValidityYears = 1;
    static constexpr int maxValidityYears = 10;
};

} // namespace s2s
