#include "CertificateLimits.h"

using namespace Qt::StringLiterals;

namespace s2s {

QString certificateModeName(CertificateMode mode)
{
    switch (mode) {
    case CertificateMode::Generate: return u"generate"_s;
    case CertificateMode::Import: return u"import"_s;
    case CertificateMode::Keep: return u"keep"_s;
    }
    return {};
}

std::optional<CertificateMode> certificateModeFromName(const QString &name)
{
    for (CertificateMode mode : {CertificateMode::Generate, CertificateMode::Import, CertificateMode::Keep})
        if (certificateModeName(mode) == name)
            return mode;
    return std::nullopt;
}

} // namespace s2s
